/**
 * Japanese of the labelling area (src/app/labelling), by the ids of en/labels.ts (the compiler checks that
 * none is missing).
 */
import type { LABELS as EN_LABELS } from '../en/labels';
import type { Translation } from '../types';

export const LABELS: Translation<typeof EN_LABELS> = {
  labelAnswers: '回答へのラベル付け',
  labelAnswersYourself: '自分で回答にラベルを付ける',
  sampleAnswers:
    '回答をサンプリングし、各回答の検証器の判定を確認するか反転します。回答をクリックするか、キーを使います。',
  sampleAnswersFrom:
    'ベースモデル（すべての手法が学習を始める重み）または現在の手法のモデルから回答をサンプリングし、各回答の検証器の判定を確認するか反転します。この枠にフォーカスがあるときのキー：c または 1 = 正解、x または 0 = 不正解、Space = 反転、Enter = 検証器に同意、j / ↓ / → = 次、k / ↑ / ← = 前、u または Ctrl+Z = 取り消し、t = 自分のラベルで学習。判定すると次の回答に移ります。各回答には最終結果と学習に使う判定が表示されます：✓ 正解、✗ 不正解。点線の枠は検証器の判定、実線の枠はあなたの判定です。ポインターを重ねるかフォーカスすると途中のステップが表示されます。',
  answersQ: '{q} への回答',
  answerNFinal: '回答 {n}、最終結果 {f}：検証器は正解、あなたは未判定。押すと反転します',
  answerNFinalResult: '回答 {n}、最終結果 {f}：検証器は不正解、あなたは未判定。押すと反転します',
  answerNFinalResultF: '回答 {n}、最終結果 {f}：あなたの判定は正解。押すと反転します',
  answerNFinalResultFYou: '回答 {n}、最終結果 {f}：あなたの判定は不正解。押すと反転します',
  flipMark: '回答の判定を反転（正解 ⇄ 不正解）',
  trainMyLabels: '自分のラベルで学習（新しい実行）',
  outsideLabelling: 'ラベル付けの枠の外（フォーカスのあるボタンでは、Space と Enter はそのボタンを押します）',
  questions: 'バッチあたりの問題数',
  answersFrom: '回答するモデル',
  baseModel: 'ベースモデル',
  armNowIteration: '現在の {arm}（イテレーション {n}）',
  kAnswers: '各 {k} 回答（K）、温度 {temp}、シード {seed}',
  sampling: 'サンプリング中…',
  sampleNew: '新しいバッチをサンプリング',
  sampleBatch: 'バッチをサンプリング',
  couldNot: '回答をサンプリングできませんでした：{error}',
  batchBNAnswers:
    'バッチ {b}：{model} モデルからの {n} 個の回答（シード {seed}、サンプリング日時 {at}）。{n} 個中 {k} 個を判定済みです。',
  shareAnswers: '正解と判定された回答の割合',
  trainMyLabelsNew:
    '「自分のラベルで学習」：現在と同じ {methods} の新しい実行に加えて、{labelled} を同じベースの重みから、ちょうどこの {n} 個の回答とあなたの判定（判定していない回答は検証器の判定）で学習します。',
  trainMyLabelsNewRun:
    '「自分のラベルで学習」：現在と同じ {methods} の新しい実行に加えて、{labelled} を同じベースの重みから、あなたの {b} 個のバッチのちょうど {n} 個の回答とあなたの判定（判定していない回答は検証器の判定）で学習します。',
  mixedQQuestions:
    '{q} 問中 {mixed} 問は正解と不正解の両方の判定を含み、学習に使われます。それ以外（すべて正解またはすべて不正解）は、動的サンプリングのフィルターと同じく除外されます。',
  trainMyLabelsButton: '自分のラベルで学習',
  answerNQ: '{q} への回答 {n}：',
  stepsS: 'ステップ {s}、',
  finalResult: '最終結果 {f}',
  none: '（なし）',
  cutOffNo: '（途中で切れています：回答の終わりがありません）',
  goldSteps: '模範解答のステップ {s}',
  verifier: '検証器：',
  you: 'あなた：',
  flipped: '（反転）',
  wrongWrong: '不正解：誤ったステップ',
  wrongStep: '不正解：ステップ {n} が誤り',
  wrongWrongFinal: '不正解：最終結果の誤り',
  wrongTruncated: '不正解：打ち切り（回答の終わりがない）',
  notMarked: '未判定',
  rHatRKNRight: 'r_hat {r}（{n} 個中 {k} 個が正解）',
  youHaveNot: 'まだどの回答も判定していません。',
  youAgree: 'あなたが判定した {n} 個の回答のうち {k} 個で検証器と一致しています',
  youAgreeVerifier: 'あなたが判定した {n} 個の回答のうち {k} 個で検証器と一致しています',
  namesTrain:
    '{names} は、あなたがラベルを付けたバッチで、あなたの判定（判定していない回答は検証器の判定）を使って学習します。不正解と判定した回答は NFT では負例の項に入り、RFT では除外されます。同じラベル付きの回答を毎イテレーション再利用するので、最初の更新の後は現在のモデルからの新しいサンプルではなくなります。',
  namesTrainYour:
    '{names} は、あなたがラベルを付けたバッチで、あなたの判定（判定していない回答は検証器の判定）を使って学習します。不正解と判定した回答は NFT では負例の項に入り、RFT では除外されます。同じラベル付きの回答を毎イテレーション再利用するので、最初の更新の後は現在のモデルからの新しいサンプルではなくなります。バッチの {drawn} 問のうち、{right} 問はすべての回答が正解、{wrong} 問はすべての回答が不正解と判定されたため、動的サンプリングのフィルターと同じく除外されました（学習に使われるのは {kept} 問）。',
  exportVerl: 'verl 用の書き出し',
  continue: 'verl で大規模に続ける',
  labelled:
    'ラベル付きの回答（{b} バッチ、{n} 個）を 1 回答 1 行で、verl が数学データセットに使う Parquet 形式（プロンプト、模範解答、回答とその判定。判定はあなたが付けたものがあればそれ、なければ検証器のもの。両方とも保存されます）で書き出します。同じ行の JSON Lines と、設定を verl の設定キーにしたもの（すぐ使えるコマンドライン付き）も書き出します。使い方は README にあります。',
  labelledAnswers:
    'ラベル付きの回答（{b} バッチ、{n} 個）を 1 回答 1 行で、verl が数学データセットに使う Parquet 形式（プロンプト、模範解答、回答とその判定。判定はあなたが付けたものがあればそれ、なければ検証器のもの。両方とも保存されます）で書き出します。同じ行の JSON Lines と、設定を verl の設定キーにしたもの（すぐ使えるコマンドライン付き）も書き出します。使い方は README にあります。',
  noLabelled: 'ラベル付きの回答がまだありません。先にラベル付けの欄でバッチをサンプリングしてください。',
  download: '{file} をダウンロード',
  exportFailed: '書き出しに失敗しました：{error}',
};
