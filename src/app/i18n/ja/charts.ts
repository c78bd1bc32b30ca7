/** Japanese for the charts area (keys: the English text exactly, placeholders such as {n} included). */
export const CHARTS: Record<string, string> = {
  // Chart grid and its options (charts/)
  'Preparing the arms…': '手法を準備しています…',
  Charts: 'グラフ',
  'how far off policy each update ran (mean |log R| over the answer tokens)':
    '各更新が方策からどれだけ離れていたか（回答トークンでの |log R| の平均）',
  'last step': '最後のステップ',
  'mean over the steps': 'ステップの平均',
  'How far the policy had moved from the one that sampled when each update step ran: 0 with one step per rollout (mu 1). On policy NFT and RFT agree up to noise; they can only part above 0.':
    '各更新ステップの時点で、方策が回答をサンプルした方策からどれだけ動いていたか。ロールアウトごとに 1 ステップ（mu 1）なら 0 です。方策どおりなら NFT と RFT はノイズを除いて一致し、分かれうるのは 0 より大きいときだけです。',
  "NFT's and RFT's losses are 0 on policy (R = 1 at the first step of every iteration) and move away from 0 only as later steps move the policy: their gradients, not their values, do the learning.":
    'NFT と RFT の損失は方策どおり（各イテレーションの最初のステップでは R = 1）のとき 0 で、後のステップが方策を動かしたときにだけ 0 から離れます。学習を進めるのは損失の値ではなく勾配です。',
  'aggregation: {how}': '集約：{how}',
  'Download {title} chart as PNG': '{title}のグラフを PNG で保存',
  'smoothing (EMA)': '平滑化（EMA）',
  'x axis': '横軸',
  '{arm}: iteration {n}; held-out greedy {greedy}, sampled {sampled} (at iteration {at}); loss {loss}, entropy {entropy}, right answers {right}':
    '{arm}：イテレーション {n}。評価用（ホールドアウト）の正解率 貪欲 {greedy}、サンプリング {sampled}（イテレーション {at} 時点）。損失 {loss}、エントロピー {entropy}、正解の回答 {right}',
  ', marks flipped {n}': '、反転した判定 {n}',
  ', off policy |log R| {d} at the last step': '、最後のステップで方策から |log R| {d} 離れています',
  'sum / {c} (constant)': '合計 / {c}（定数）',
  'token mean': 'トークン平均',
  'mean per answer, then over answers': '回答ごとに平均し、さらに回答間で平均',
  '{title}, {arm}: 1 point': '{title}、{arm}：1 点',
  '{title}, {arm}: {n} points': '{title}、{arm}：{n} 点',
  '{head}; latest at x = {x}: {values}': '{head}。最新（x = {x}）：{values}',
  // Comparing arms (charts/ChartOptions.tsx, MetricCard.tsx, ChartLegend.tsx)
  'every arm on one chart': 'すべての手法を 1 つのグラフに',
  'one panel per arm': '手法ごとに別のグラフ',
  charts: 'グラフ',
  'shares on 0 to 1': '割合は 0〜1 で表示',
  'NFT minus RFT': 'NFT − RFT',
  'drag across a chart to zoom': 'グラフ上をドラッグすると拡大します',
  'Reset zoom': '拡大を戻す',
  'Reset zoom (x {lo} to {hi})': '拡大を戻す（x {lo}〜{hi}）',
  'show {arm}': '{arm} を表示',
  'hide {arm}': '{arm} を隠す',
  'line of {title}': '{title}の系列',
  '{title}, every arm': '{title}、すべての手法',
  '{a} minus {b}': '{a} − {b}',
  'above 0: {a} ahead': '0 より上なら {a} が上回っています',
  '{name}, {title}: latest {v}': '{name}、{title}：最新 {v}',
  // Charts (formats/metrics/metricTable.ts CHARTS and its chart lines: titles and line labels)
  'held-out accuracy': '評価用（ホールドアウト）正解率',
  greedy: '貪欲',
  sampled: 'サンプリング',
  loss: '損失',
  'mean token entropy (nats)': 'トークンの平均エントロピー（nats）',
  entropy: 'エントロピー',
  'share of right / wrong answers per rollout': 'ロールアウトごとの正解 / 不正解の回答の割合',
  right: '正解',
  wrong: '不正解',
  'share of each kind of error per rollout (by the verifier, whatever the marks)':
    'ロールアウトごとの誤りの種類別の割合（判定によらず検証器による）',
  'wrong final result': '最終結果の誤り',
  'wrong step': 'ステップの誤り',
  truncated: '打ち切り',
  unparsable: '読み取り不能',
  // Line styles (charts/series.ts lineStyle) and x axes (X_AXES)
  solid: '実線',
  dashed: '破線',
  dotted: '点線',
  'dash-dot': '一点鎖線',
  'long dash': '長破線',
  iteration: 'イテレーション',
  'answers seen': '見た回答数',
  'compute seconds': '計算時間（秒）',
  // Label noise and biased verifier note (charts/labelNoteText.ts)
  'label noise {p}': 'ラベルノイズ {p}',
  'the verifier also accepts a final result off by one': '検証器は最終結果が 1 ずれていても正解とする',
  '; ': '、',
  ', ': '、',
  'no answers marked yet': 'まだ判定された回答はありません',
  "{p} of answers' marks were flipped": '回答の {p} の判定が反転しました',
  'Marks are noisy ({how}): {so}.': '判定にノイズがあります（{how}）：{so}。',
  'Marks are biased ({how}): {so}.': '判定に偏りがあります（{how}）：{so}。',
  'NFT trains on wrong-marked answers as negatives, RFT drops them; a wrong answer marked right is a positive for both. Evaluation stays exact.':
    'NFT は不正解と判定された回答を負例として学習し、RFT はそれらを捨てます。正解と判定された誤った回答は、どちらにとっても正例です。評価は正確なままです。',
  // PNG export (export/pngLayout.ts)
  'bold: EMA {s}, faint: raw': '太線：EMA {s}、薄線：生の値',
  // Entropy vs accuracy (gradients/EntropyAccuracy.tsx, gradientSummary.ts)
  'Entropy vs accuracy': 'エントロピーと正解率',
  "One point per evaluation: held-out greedy accuracy across, mean token entropy of the sampled held-out answers up; a filled dot is an arm's latest. At equal accuracy, the higher line kept more of its diversity.":
    '評価ごとに 1 点：横軸は評価用（ホールドアウト）の貪欲正解率、縦軸は評価用問題へのサンプリング回答のトークン平均エントロピーです。塗りつぶした点が各手法の最新値です。同じ正解率なら、上にある線ほど多様性を保っています。',
  'entropy against accuracy, per arm': '手法ごとの、正解率に対するエントロピー',
  'held-out greedy accuracy': '評価用（ホールドアウト）貪欲正解率',
  'entropy (nats)': 'エントロピー（nats）',
  '{arm}: no evaluation yet.': '{arm}：まだ評価がありません。',
  '{arm}: accuracy {acc} at entropy {h} (iteration {n}).':
    '{arm}：正解率 {acc}、エントロピー {h}（イテレーション {n}）。',
  '{arm}: from accuracy {acc} at entropy {h} (iteration {n}) to {acc2} at entropy {h2} (iteration {n2}), {count} evaluations.':
    '{arm}：正解率 {acc}・エントロピー {h}（イテレーション {n}）から、正解率 {acc2}・エントロピー {h2}（イテレーション {n2}）へ。評価 {count} 回。',
  'Entropy against held-out greedy accuracy.': '評価用（ホールドアウト）貪欲正解率に対するエントロピー。',
  // Gradients (gradients/GradientView.tsx, gradientSummary.ts)
  'cosine between the mean updates (1: same direction, 0: unrelated, -1: opposite)':
    '平均更新どうしのコサイン（1：同じ向き、0：無関係、-1：逆向き）',
  "size and noise of each method's update": '各手法の更新の大きさとノイズ',
  method: '手法',
  '|mean update|': '|平均更新|',
  "|one rollout's update|": '|1 ロールアウトの更新|',
  'signal-to-noise': 'SN 比',
  'cosine {pair}': 'コサイン {pair}',
  '{a} vs {b}': '{a} 対 {b}',
  '{method} signal-to-noise': '{method} の SN 比',
  'cosine {pair} over evaluations': '評価ごとのコサイン {pair}',
  cosine: 'コサイン',
  'signal-to-noise per method over evaluations': '評価ごとの手法別 SN 比',
  "At each evaluation, {n} rollouts are sampled from {arm}'s current weights (at iteration 0, the base every arm starts from), and every method's gradient is taken on the same answers. Signal-to-noise: the size of the mean update over the spread of one rollout's update around it.":
    '評価のたびに、{arm} の現在の重み（イテレーション 0 では全手法の出発点であるベース）から {n} 個のロールアウトをサンプリングし、同じ回答で各手法の勾配を求めます。SN 比：平均更新の大きさを、その周りでの 1 ロールアウトの更新のばらつきで割ったもの。',
  "Gradients: how the methods' updates relate": '勾配：手法どうしの更新の関係',
  "Off. At every evaluation the page can sample a few rollouts and compare each method's update on the same answers (it takes about as long as training an arm).":
    'オフです。評価のたびに少数のロールアウトをサンプリングし、同じ回答で各手法の更新を比べられます（1 つの手法の学習とほぼ同じ時間がかかります）。',
  'Turn on ({n} rollouts; starts a new run)': 'オンにする（ロールアウト {n} 個。新しい実行を始めます）',
  'The first study comes with the first evaluation.': '最初の分析は最初の評価とともに出ます。',
  evaluation: '評価',
  latest: '最新',
  'iteration {n}': 'イテレーション {n}',
  'Iteration {n}:': 'イテレーション {n}：',
  'Iteration {n}, {used} of {requested} rollouts (those with a question of mixed answers), {s} s.':
    'イテレーション {n}、ロールアウト {requested} 個のうち {used} 個（正解と不正解の回答が混ざった問題のもの）、{s} 秒。',
  'No gradient study at iteration {n}: {why}.': 'イテレーション {n} の勾配分析はありません：{why}。',
  'unknown reason': '理由不明',
  'Only one method trains on rollouts: there is nothing to compare.':
    'ロールアウトで学習する手法が 1 つだけなので、比べるものがありません。',
  'signal-to-noise {a} against {b}': 'SN 比 {a} 対 {b}',
  'With only {n} rollouts, noise alone lowers this cosine.':
    'ロールアウトが {n} 個しかないため、ノイズだけでもこのコサインは下がります。',
  "Same direction: {a}'s update points where {b}'s does (cosine {c}), but is noisier ({snrs}).":
    '同じ向き：{a} の更新は {b} の更新と同じ方向を向いています（コサイン {c}）が、ノイズが多めです（{snrs}）。',
  "Same direction: {a}'s update points where {b}'s does (cosine {c}), and is less noisy ({snrs}).":
    '同じ向き：{a} の更新は {b} の更新と同じ方向を向いており（コサイン {c}）、ノイズは少なめです（{snrs}）。',
  "Same direction: {a}'s update points where {b}'s does (cosine {c}).":
    '同じ向き：{a} の更新は {b} の更新と同じ方向を向いています（コサイン {c}）。',
  'On average the wrong answers push where the right ones do: they add mostly noise, as the theory says on policy.':
    '平均すると、不正解の回答は正解の回答と同じ方向に押します。理論がオンポリシーについて言うとおり、加わるのは主にノイズです。',
  "They part here: {a}'s and {b}'s updates point different ways (cosine {c}).":
    'ここで分かれます：{a} と {b} の更新は異なる方向を向いています（コサイン {c}）。',
  "Roughly the same direction: {a}'s and {b}'s updates agree only in part (cosine {c}).":
    'おおむね同じ向き：{a} と {b} の更新は一部しか一致していません（コサイン {c}）。',
  '{m} is noisier ({snrs}).': '{m} のほうがノイズが多めです（{snrs}）。',
  'Both are about as noisy ({snrs}).': 'ノイズはどちらも同程度です（{snrs}）。',
  'The noise needs two or more rollouts to be measured.':
    'ノイズの測定には 2 個以上のロールアウトが必要です。',
  // Performance (perf/PerfPanel.tsx)
  Performance: 'パフォーマンス',
  'long tasks (over 50 ms) of the page while training': '学習中のページの長いタスク（50 ms 超）',
  ', longest {ms} ms': '、最長 {ms} ms',
  'page load to the first point of every arm': 'ページ読み込みから全手法の最初の点まで',
  'iterations per second while training ({backend})': '学習中の毎秒イテレーション数（{backend}）',
  '{rate} ({n} in {time})': '{rate}（{time} で {n}）',
  'chart updates per second while training': '学習中の毎秒グラフ更新回数',
  // Presenter view (present/)
  Present: 'プレゼン',
  'Previous metric': '前の指標',
  'Next metric': '次の指標',
  Close: '閉じる',
  'Link for attendees': '参加者用リンク',
  "Over plain http, attendees' browsers give this page no WebGPU: it runs there on WebGL or WebAssembly, more slowly. Serve it over https for WebGPU.":
    '通常の http では、参加者のブラウザーはこのページに WebGPU を使わせません。そこでは WebGL か WebAssembly で、より遅く動きます。WebGPU を使うには https で配信してください。',
  "QR code of this page's link": 'このページのリンクの QR コード',
  'Attendees scan the code or type the link: the same settings (and lesson) open on their device and train there from the same start.':
    '参加者はコードを読み取るかリンクを入力します。同じ設定（とレッスン）が参加者の端末で開き、同じ出発点からそこで学習します。',
  'This address opens only on this computer. For attendees, serve the built app (npm run build, then the dist folder) at an address their devices can reach.':
    'このアドレスはこのコンピューターでしか開けません。参加者向けには、ビルドしたアプリ（npm run build で作る dist フォルダー）を参加者の端末から届くアドレスで配信してください。',
  'big number: {line}, latest · ← → another metric · Esc leaves':
    '大きな数字：{line}の最新値 · ← → 別の指標 · Esc で終了',
  circle: '円',
  square: '四角',
  triangle: '三角',
  diamond: 'ひし形',
  cross: 'バツ',
  star: '星',
  // Latest rollout (rollout/)
  'end of answer': '回答の終わり',
  'marked right': '正解と判定',
  'marked wrong': '不正解と判定',
  gold: '模範解答',
  'Iteration {n}: {drawn} questions drawn in 1 round, {kept} kept; dropped by the filter: {right} all right, {wrong} all wrong.':
    'イテレーション {n}：1 ラウンドで {drawn} 問を抽出し、{kept} 問を採用。フィルターで除外：回答がすべて正解 {right} 問、すべて不正解 {wrong} 問。',
  'Iteration {n}: {drawn} questions drawn in {rounds} rounds, {kept} kept; dropped by the filter: {right} all right, {wrong} all wrong.':
    'イテレーション {n}：{rounds} ラウンドで {drawn} 問を抽出し、{kept} 問を採用。フィルターで除外：回答がすべて正解 {right} 問、すべて不正解 {wrong} 問。',
  'Token shade = the probability the model gave the token:':
    'トークンの濃さ = モデルがそのトークンに与えた確率：',
  low: '低',
  half: '半々',
  sure: '確実',
  '(hover for the number; {eos} ends the answer).': '（数値はホバーで表示。{eos} は回答の終わり）。',
  'Show the first {n} questions': '最初の {n} 問を表示',
  'Show all {n} questions': '全 {n} 問を表示',
  'Latest rollout': '最新のロールアウト',
  "The answers behind an arm's latest update. Each question was answered K times; r̂ is the share of answers marked right. The filter drops questions whose answers are all right or all wrong: with nothing to tell right from wrong they teach nothing, so more questions are drawn until enough are kept. Shown: every question of the first round, dropped ones greyed and labelled, then the questions kept from later rounds.":
    '手法の最新の更新のもとになった回答です。各問題には K 回回答しています。r̂ は正解と判定された回答の割合です。フィルターは、回答がすべて正解またはすべて不正解の問題を除外します。正解と不正解を見分ける材料がなく何も学べないためで、十分な数が採用されるまで問題を追加で抽出します。表示：最初のラウンドの全問題（除外されたものは灰色で表示し注記）、続いて後のラウンドで採用された問題。',
  Arm: '手法',
  'SFT trains on gold answers: it samples no rollout.':
    'SFT は模範解答で学習するため、ロールアウトをサンプリングしません。',
  'No rollout yet: press Step or Play.': 'まだロールアウトはありません。1 ステップか再生を押してください。',
  '{r} ({n} of {k} right)': '{r}（{k} 個中 {n} 個が正解）',
  'kept: trains': '採用：学習に使用',
  'kept: trains (later round)': '採用：学習に使用（後のラウンド）',
  'dropped: all right': '除外：回答がすべて正解',
  'dropped: all wrong': '除外：回答がすべて不正解',
  'not used': '未使用',
  'wrong: step {n}': '不正解：ステップ {n}',
  'wrong: truncated': '不正解：打ち切り',
  'wrong: unparsable': '不正解：読み取り不能',
  'wrong: a middle step': '不正解：途中のステップ',
  'wrong: final answer': '不正解：最終回答',
  'marked right; verifier: {verdict}': '正解と判定、検証器：{verdict}',
  'marked wrong; verifier: {verdict}': '不正解と判定、検証器：{verdict}',
};
