/** Japanese for the study's figures (src/app/study): the noisy-labels lesson's dose-response and the class view's line. */
export const STUDY: Record<string, string> = {
  "Blue band with a dashed edge: the study's 95% interval at these settings.":
    '青い帯（破線の縁）：この設定での調査の 95% 区間。',
  'The study at these settings: {range}.': 'この設定での調査：{range}。',
  'study: mean': '調査：平均',
  'study: 95% interval': '調査：95% 区間',
  'your run': 'あなたの実行',
  "NFT − RFT in greedy accuracy. Solid: the study's mean; dashed: its 95% interval; diamond: your run.":
    '貪欲正解率の NFT − RFT。実線：調査の平均、破線：その 95% 区間、ひし形：あなたの実行。',
  points: 'ポイント',
  'NFT − RFT, greedy: 95% interval (points)': 'NFT − RFT、貪欲：95% 区間（ポイント）',
  'NFT − RFT, sampled: 95% interval (points)': 'NFT − RFT、サンプリング：95% 区間（ポイント）',
  'NFT ahead on (greedy)': 'NFT がリードしたシード（貪欲）',
  'NFT ahead on (sampled)': 'NFT がリードしたシード（サンプリング）',
  '{k} of {n}': '{n} 中 {k}',
  'Your run ({where}, iteration {i}): NFT − RFT = {greedy} points greedy, {sampled} sampled.':
    'あなたの実行（{where}、イテレーション {i}）：NFT − RFT = 貪欲で {greedy} ポイント、サンプリングで {sampled}。',
  'Your run ({where}): no evaluation of both NFT and RFT yet.':
    'あなたの実行（{where}）：NFT と RFT の両方の評価はまだありません。',
  marks: '判定',
  'The study has no point at these settings: it ran the workshop preset (50 iterations) at label noise 0 to 40% and with the offByOne verifier.':
    'この設定の調査結果はありません。調査は workshop プリセット（50 イテレーション）で、ラベルノイズ 0〜40% と offByOne 検証器について行いました。',
  "The study's range at this noise: {range}.": 'このノイズでの調査の範囲：{range}。',
  'NFT − RFT against label noise: the study and your run':
    'ラベルノイズに対する NFT − RFT：調査とあなたの実行',
  'The study has not been run yet: the command is': '調査はまだ実行されていません。実行するコマンド：',
  '{mean} points (no interval under two seeds)': '{mean} ポイント（シードが 2 つ未満のため区間なし）',
  '{low} to {high} points': '{low} 〜 {high} ポイント',
  '{range} (95% interval of the mean over {n} seeds; NFT ahead on {k} of {n}, RFT on {b})':
    '{range}（{n} シードの平均の 95% 区間。NFT が {n} 中 {k} シードでリード、RFT は {b}）',
  '{n} of {planned} planned seeds: not a finding.':
    '計画した {planned} シード中 {n} シードのみ：結論ではありません。',
  'label noise {pct}%': 'ラベルノイズ {pct}%',
  'verifier {verifier}': '検証器 {verifier}',
};
