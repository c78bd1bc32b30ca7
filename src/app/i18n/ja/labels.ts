/** Japanese for the labels area (keys: the English text exactly, placeholders such as {n} included). */
export const LABELS: Record<string, string> = {
  // LabelPanel.tsx
  'label answers': '回答へのラベル付け',
  'Label answers yourself': '自分で回答にラベルを付ける',
  "Sample answers, then confirm or flip the verifier's mark of each: click an answer, or use the keys.":
    '回答をサンプリングし、各回答の検証器の判定を確認するか反転します。回答をクリックするか、キーを使います。',
  "Sample answers from the base model (the weights every arm starts from) or from an arm as it is now, then confirm or flip the verifier's mark of each. Keys, with focus in this box: c or 1 = right, x or 0 = wrong, Space = flip, Enter = agree with the verifier, j / ↓ / → = next, k / ↑ / ← = previous, u or Ctrl+Z = undo, t = train on my labels. Marking moves to the next answer. Each answer shows its final result and the mark it trains on: ✓ right, ✗ wrong; dashed, the verifier's; solid, yours. Hover or focus it for its worked steps.":
    'ベースモデル（すべての手法が学習を始める重み）または現在の手法のモデルから回答をサンプリングし、各回答の検証器の判定を確認するか反転します。この枠にフォーカスがあるときのキー：c または 1 = 正解、x または 0 = 不正解、Space = 反転、Enter = 検証器に同意、j / ↓ / → = 次、k / ↑ / ← = 前、u または Ctrl+Z = 取り消し、t = 自分のラベルで学習。判定すると次の回答に移ります。各回答には最終結果と学習に使う判定が表示されます：✓ 正解、✗ 不正解。点線の枠は検証器の判定、実線の枠はあなたの判定です。ポインターを重ねるかフォーカスすると途中のステップが表示されます。',
  'answers to {q}': '{q} への回答',
  'answer {n}, final result {f}: right by the verifier, not marked by you; press to flip':
    '回答 {n}、最終結果 {f}：検証器は正解、あなたは未判定。押すと反転します',
  'answer {n}, final result {f}: wrong by the verifier, not marked by you; press to flip':
    '回答 {n}、最終結果 {f}：検証器は不正解、あなたは未判定。押すと反転します',
  'answer {n}, final result {f}: you marked it right; press to flip':
    '回答 {n}、最終結果 {f}：あなたの判定は正解。押すと反転します',
  'answer {n}, final result {f}: you marked it wrong; press to flip':
    '回答 {n}、最終結果 {f}：あなたの判定は不正解。押すと反転します',
  // labelKeys.ts, actions/KeysHelp.tsx
  'flip the mark of the answer (right to wrong, wrong to right)': '回答の判定を反転（正解 ⇄ 不正解）',
  'train on my labels (a new run)': '自分のラベルで学習（新しい実行）',
  'Outside the labelling panel (on a focused button, Space and Enter press that button)':
    'ラベル付けの枠の外（フォーカスのあるボタンでは、Space と Enter はそのボタンを押します）',
  'questions per batch': 'バッチあたりの問題数',
  'answers from': '回答するモデル',
  'the base model': 'ベースモデル',
  '{arm} now (iteration {n})': '現在の {arm}（イテレーション {n}）',
  '{k} answers each (K), temperature {temp}, seed {seed}': '各 {k} 回答（K）、温度 {temp}、シード {seed}',
  'Sampling…': 'サンプリング中…',
  'Sample a new batch': '新しいバッチをサンプリング',
  'Sample a batch': 'バッチをサンプリング',
  'could not sample answers: {error}': '回答をサンプリングできませんでした：{error}',
  'Batch {b}: {n} answers from the {model} model (seed {seed}, sampled {at}). You marked {k} of {n}.':
    'バッチ {b}：{model} モデルからの {n} 個の回答（シード {seed}、サンプリング日時 {at}）。{n} 個中 {k} 個を判定済みです。',
  gold: '模範解答',
  'share of the answers marked right': '正解と判定された回答の割合',
  "Train on my labels: a new run of {methods} as now, plus {labelled} trained on exactly these {n} answers with your marks (the verifier's where you gave none), from the same base weights.":
    '「自分のラベルで学習」：現在と同じ {methods} の新しい実行に加えて、{labelled} を同じベースの重みから、ちょうどこの {n} 個の回答とあなたの判定（判定していない回答は検証器の判定）で学習します。',
  "Train on my labels: a new run of {methods} as now, plus {labelled} trained on exactly the {n} answers of your {b} batches with your marks (the verifier's where you gave none), from the same base weights.":
    '「自分のラベルで学習」：現在と同じ {methods} の新しい実行に加えて、{labelled} を同じベースの重みから、あなたの {b} 個のバッチのちょうど {n} 個の回答とあなたの判定（判定していない回答は検証器の判定）で学習します。',
  '{mixed} of {q} questions have both right and wrong marks and train; the others (all right or all wrong) are dropped, as the dynamic-sampling filter drops them.':
    '{q} 問中 {mixed} 問は正解と不正解の両方の判定を含み、学習に使われます。それ以外（すべて正解またはすべて不正解）は、動的サンプリングのフィルターと同じく除外されます。',
  'Train on my labels': '自分のラベルで学習',
  // LabelCard.tsx
  'answer {n} to {q}:': '{q} への回答 {n}：',
  'steps {s}, ': 'ステップ {s}、',
  'final result {f}': '最終結果 {f}',
  '(none)': '（なし）',
  ' (cut off: no end of answer)': '（途中で切れています：回答の終わりがありません）',
  'gold steps {s}': '模範解答のステップ {s}',
  'verifier:': '検証器：',
  'you:': 'あなた：',
  ' (flipped)': '（反転）',
  'mark answer {n} right': '回答 {n} を正解と判定',
  'mark answer {n} wrong': '回答 {n} を不正解と判定',
  '✓ right (c)': '✓ 正解 (c)',
  '✗ wrong (x)': '✗ 不正解 (x)',
  'agree with verifier (Enter)': '検証器に同意 (Enter)',
  // cardText.ts
  right: '正解',
  wrong: '不正解',
  'wrong: a wrong step': '不正解：誤ったステップ',
  'wrong: step {n} is wrong': '不正解：ステップ {n} が誤り',
  'wrong: wrong final result': '不正解：最終結果の誤り',
  'wrong: truncated (no end of answer)': '不正解：打ち切り（回答の終わりがない）',
  'wrong: unparsable': '不正解：読み取り不能',
  'not marked yet': '未判定',
  '✓ right': '✓ 正解',
  '✗ wrong': '✗ 不正解',
  'r_hat {r} ({k} of {n} right)': 'r_hat {r}（{n} 個中 {k} 個が正解）',
  'You have not marked any answer yet.': 'まだどの回答も判定していません。',
  'You agree with the verifier on {k} of {n} answer you marked':
    'あなたが判定した {n} 個の回答のうち {k} 個で検証器と一致しています',
  'You agree with the verifier on {k} of {n} answers you marked':
    'あなたが判定した {n} 個の回答のうち {k} 個で検証器と一致しています',
  // labelledNote.ts
  "{names} train on your labelled batch, with your marks (the verifier's where you gave none). Answers you marked wrong go to NFT's negative term and are dropped by RFT. The same labelled answers are reused every iteration, so after the first update they are no longer fresh samples from the current model.":
    '{names} は、あなたがラベルを付けたバッチで、あなたの判定（判定していない回答は検証器の判定）を使って学習します。不正解と判定した回答は NFT では負例の項に入り、RFT では除外されます。同じラベル付きの回答を毎イテレーション再利用するので、最初の更新の後は現在のモデルからの新しいサンプルではなくなります。',
  "{names} train on your labelled batch, with your marks (the verifier's where you gave none). Answers you marked wrong go to NFT's negative term and are dropped by RFT. The same labelled answers are reused every iteration, so after the first update they are no longer fresh samples from the current model. Of its {drawn} questions, {right} had every answer marked right and {wrong} every answer marked wrong: dropped, as the dynamic-sampling filter drops them ({kept} train).":
    '{names} は、あなたがラベルを付けたバッチで、あなたの判定（判定していない回答は検証器の判定）を使って学習します。不正解と判定した回答は NFT では負例の項に入り、RFT では除外されます。同じラベル付きの回答を毎イテレーション再利用するので、最初の更新の後は現在のモデルからの新しいサンプルではなくなります。バッチの {drawn} 問のうち、{right} 問はすべての回答が正解、{wrong} 問はすべての回答が不正解と判定されたため、動的サンプリングのフィルターと同じく除外されました（学習に使われるのは {kept} 問）。',
  // VerlExport.tsx
  'export for verl': 'verl 用の書き出し',
  'Continue at scale with verl': 'verl で大規模に続ける',
  "The labelled answers ({n} in {b} batch), one row each, in the Parquet layout verl reads for math datasets (prompt, ground truth, the answer and its mark: yours where you gave one, else the verifier's; both are kept), the same rows as JSON Lines, and the settings as verl configuration keys with ready command lines. The README says how to use them.":
    'ラベル付きの回答（{b} バッチ、{n} 個）を 1 回答 1 行で、verl が数学データセットに使う Parquet 形式（プロンプト、模範解答、回答とその判定。判定はあなたが付けたものがあればそれ、なければ検証器のもの。両方とも保存されます）で書き出します。同じ行の JSON Lines と、設定を verl の設定キーにしたもの（すぐ使えるコマンドライン付き）も書き出します。使い方は README にあります。',
  "The labelled answers ({n} in {b} batches), one row each, in the Parquet layout verl reads for math datasets (prompt, ground truth, the answer and its mark: yours where you gave one, else the verifier's; both are kept), the same rows as JSON Lines, and the settings as verl configuration keys with ready command lines. The README says how to use them.":
    'ラベル付きの回答（{b} バッチ、{n} 個）を 1 回答 1 行で、verl が数学データセットに使う Parquet 形式（プロンプト、模範解答、回答とその判定。判定はあなたが付けたものがあればそれ、なければ検証器のもの。両方とも保存されます）で書き出します。同じ行の JSON Lines と、設定を verl の設定キーにしたもの（すぐ使えるコマンドライン付き）も書き出します。使い方は README にあります。',
  'No labelled answers yet: sample a batch in the labelling panel first.':
    'ラベル付きの回答がまだありません。先にラベル付けの欄でバッチをサンプリングしてください。',
  'Download {file}': '{file} をダウンロード',
  'The export failed: {error}': '書き出しに失敗しました：{error}',
};
