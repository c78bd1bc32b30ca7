/**
 * Japanese of the study's figures (src/app/study): the noisy-labels lesson's dose-response and the class
 * view's line, by the ids of en/study.ts (the compiler checks that none is missing).
 */
import type { STUDY as EN_STUDY } from '../en/study';
import type { Translation } from '../types';

export const STUDY: Translation<typeof EN_STUDY> = {
  blueBand: '青い帯（破線の縁）：この設定での調査の 95% 区間。',
  studyThese: 'この設定での調査：{range}。',
  studyMean: '調査：平均',
  study95Interval: '調査：95% 区間',
  yourRun: 'あなたの実行',
  nFTRFTGreedy: '貪欲正解率の NFT − RFT。実線：調査の平均、破線：その 95% 区間、ひし形：あなたの実行。',
  nFTRFTSampled:
    'サンプリング正解率の NFT − RFT。実線：調査の平均、破線：その 95% 区間、ひし形：あなたの実行。',
  accuracy: '正解率',
  greedy: '貪欲',
  sampled: 'サンプリング',
  points: 'ポイント',
  greedyInterval: 'NFT − RFT、貪欲：95% 区間（ポイント）',
  sampledInterval: 'NFT − RFT、サンプリング：95% 区間（ポイント）',
  nftAheadGreedy: 'NFT がリードしたシード（貪欲）',
  nftAheadSampled: 'NFT がリードしたシード（サンプリング）',
  kOfN: '{n} シード中 {k}',
  yourRunWhere:
    'あなたの実行（{where}、イテレーション {i}）：NFT − RFT = 貪欲で {greedy} ポイント、サンプリングで {sampled}。',
  yourRunWhereNo:
    'あなたの実行（{where}）：学習後の NFT と RFT の両方の評価はまだありません（イテレーション 0 ではどちらもベースモデルです）。',
  marks: '判定',
  studyHas:
    'この設定の調査結果はありません。調査は workshop プリセット（50 イテレーション）で、ラベルノイズ 0〜40% と offByOne 検証器について行いました。',
  studysRange: 'このノイズでの調査の範囲（{metric}正解率）：{range}。',
  doseTitle: 'ラベルノイズに対する NFT − RFT：調査とあなたの実行',
  studyHasNot: '調査はまだ実行されていません。実行するコマンド：',
  meanPoints: '{mean} ポイント（シードが 2 つ未満のため区間なし）',
  lowHighPoints: '{low} 〜 {high} ポイント',
  lowToHigh: '{low}〜{high}',
  range95Interval: '{range}（{n} シードの平均の 95% 区間。NFT が {n} 中 {k} シードでリード、RFT は {b}）',
  pointPending:
    '調査はこの点をまだ終えていません。計画した {planned} シード中 {n} シードだけが実行済みのため、ここではまだ数値を示しません。',
  rowPending: '未完了（{planned} シード中 {n} シード）：数値はまだありません',
  labelNoise: 'ラベルノイズ {pct}%',
  verifier: '検証器 {verifier}',
};
