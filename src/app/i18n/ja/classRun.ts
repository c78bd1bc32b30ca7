/** Japanese for the class run (src/app/classRun): the presenter's class view and the attendee's notice. */
export const CLASS_RUN: Record<string, string> = {
  // Presenter
  'Start a class run': 'クラス実行を始める',
  'Class runs need the workshop server (npm run workshop).':
    'クラス実行にはワークショップ用サーバー（npm run workshop）が必要です。',
  'Class run': 'クラス実行',
  'Class run · room {code}': 'クラス実行 · ルーム {code}',
  'New room': '新しいルーム',
  'Export room (JSON)': 'ルームを書き出し（JSON）',
  Metric: '指標',
  'At iteration': 'イテレーション',
  "each attendee's latest": '各参加者の最新',
  'greedy accuracy': '貪欲正解率',
  'sampled accuracy': 'サンプリング正解率',
  'Reading the room…': 'ルームを読み込み中…',
  'No attendee has results for both NFT and RFT yet.': 'NFT と RFT の両方の結果がある参加者はまだいません。',
  'NFT − RFT in {what}: {mean} points over {n} seeds': '{what}の NFT − RFT：{n} シードで {mean} ポイント',
  '95% interval {low} to {high}': '95% 区間 {low} 〜 {high}',
  'no interval under two seeds': 'シードが 2 つ未満のため区間なし',
  'NFT ahead on {a} of {n}, RFT on {b}, ties {ties}':
    '{n} 中 NFT が上回ったのは {a}、RFT は {b}、同点 {ties}',
  "Each dot: one attendee's NFT − RFT, in points; solid line and band: their mean and its 95% interval; dashed: no difference.":
    '点：参加者ごとの NFT − RFT（ポイント）。実線と帯：その平均と 95% 区間。破線：差なし。',
  'attendees (one seed each)': '参加者（各自 1 シード）',
  'NFT − RFT (points)': 'NFT − RFT（ポイント）',
  Seed: 'シード',
  Name: '名前',
  Evaluations: '評価数',
  Iteration: 'イテレーション',
  Drop: '除外',
  "Drop seed {seed}'s results": 'シード {seed} の結果を除外',
  // Attendee
  'Class run, room {code}.': 'クラス実行、ルーム {code}。',
  'At every evaluation this page sends {origin} the iteration and, per arm, its greedy and sampled accuracy and its entropy, under an id made on this device (and the name below, if you give one). Nothing else leaves this device: no answers, no labels.':
    '評価のたびに、このページは {origin} へイテレーション番号と、各アームの貪欲・サンプリング正解率とエントロピーを、この端末で作った ID（と、入力した場合は下の名前）とともに送ります。それ以外は何もこの端末から出ません（解答もラベルも送りません）。',
  'Joining the room…': 'ルームに参加中…',
  'Your seed: {seed}. Sent: {sent} evaluations; waiting: {waiting}.':
    'あなたのシード：{seed}。送信済み：{sent} 評価、待機中：{waiting}。',
  'Not joined yet: {problem}': 'まだ参加できていません：{problem}',
  'Not sent yet ({problem}); trying again.': 'まだ送信できていません（{problem}）。再試行します。',
  "This page's settings differ from the room's: nothing is sent until they match.":
    'このページの設定がルームの設定と異なります。一致するまで何も送信しません。',
  'Display name (optional, shown to the presenter as text)': '表示名（任意、発表者にテキストとして表示）',
  'Send name': '名前を送信',
};
