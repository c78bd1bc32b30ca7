/** Japanese for the explain area (keys: the English text exactly, placeholders such as {n} included). */
export const EXPLAIN: Record<string, string> = {
  // Explainers.tsx: the frame, tabs and pickers
  Explainers: '解説',
  'Why using wrong answers helps, on the numbers of this run. Pick an arm and one of the questions its latest update trained on.':
    '不正解の回答を使うとなぜ役立つのかを、この実行の数値で示します。手法を 1 つと、その直近の更新で学習した問題を 1 つ選んでください。',
  Show: '表示',
  All: 'すべて',
  'Policy split': '方策の分解',
  'Weight against R': 'R に対する重み',
  'Prompt weight': 'プロンプトの重み',
  'Per token': 'トークンごと',
  'Same gradient': '同じ勾配',
  Arm: '手法',
  Question: '問題',
  'latest rollout: iteration {n}': '直近のロールアウト：イテレーション {n}',
  'The engine could not give the per-token numbers: {problem}':
    'エンジンがトークンごとの数値を返せませんでした：{problem}',
  'the engine is not ready': 'エンジンの準備ができていません',
  'The latest rollout kept no question with mixed answers.':
    '直近のロールアウトには、正解と不正解の回答が混在する問題が残っていません。',
  'No rollout yet: press Step or Play.': 'まだロールアウトはありません。1 ステップか再生を押してください。',
  // Shared words
  '(empty)': '（空）',
  '✓ right': '✓ 正解',
  '✗ wrong': '✗ 不正解',
  '↑ raises': '↑ 上げる',
  '↓ lowers': '↓ 下げる',
  '· leaves': '· 変えない',
  // PolicySplit.tsx
  'The policy split': '方策の分解',
  "Question {q}: r̂ = {r} of its {n} answers are right. The model's answer distribution π_old splits into a right part r̂·π+ (π_old on right answers) and a wrong part (1 − r̂)·π− (π_old on wrong ones). NFT builds the implicit negative policy π_neg = (π_old − r̂·π_θ) / (1 − r̂) from the same network and fits it to the wrong answers: raising π_neg on a wrong answer means lowering π_θ there, so π_θ moves toward π+.":
    '問題 {q}：{n} 個の回答のうち割合 r̂ = {r} が正解です。モデルの回答分布 π_old は、正解部分 r̂·π+（正解の回答上の π_old）と不正解部分 (1 − r̂)·π−（不正解の回答上の π_old）に分かれます。NFT は同じネットワークから暗黙の負例方策 π_neg = (π_old − r̂·π_θ) / (1 − r̂) を作り、これを不正解の回答に当てはめます。不正解の回答で π_neg を上げることは、そこで π_θ を下げることを意味するので、π_θ は π+ に近づきます。',
  'Probability of each whole answer (product of its token probabilities). The sampled answers cover {p} of π_old; the rest lies on answers not sampled.':
    '各回答全体の確率（トークン確率の積）。サンプリングされた回答は π_old のうち {p} を占め、残りはサンプリングされなかった回答にあります。',
  answer: '回答',
  mark: '判定',
  'r̂·π+ (right part)': 'r̂·π+（正解部分）',
  '(1 − r̂)·π− (wrong part)': '(1 − r̂)·π−（不正解部分）',
  'π_θ now': '現在の π_θ',
  'π_neg now': '現在の π_neg',
  'next update on π_θ': '次の更新による π_θ の変化',
  'π_neg stays ≥ 0 on every sampled answer (π_θ < π_old / r̂).':
    'サンプリングされたすべての回答で π_neg ≥ 0 です（π_θ < π_old / r̂）。',
  '{k} answer has π_θ > π_old / r̂, so π_neg < 0 there: NFT floors that ratio at eps instead of taking the log of a negative number.':
    '{k} 個の回答で π_θ > π_old / r̂ となり、そこでは π_neg < 0 です。NFT は負の数の対数を取る代わりに、その比を eps で下限処理します。',
  '{k} answers have π_θ > π_old / r̂, so π_neg < 0 there: NFT floors that ratio at eps instead of taking the log of a negative number.':
    '{k} 個の回答で π_θ > π_old / r̂ となり、そこでは π_neg < 0 です。NFT は負の数の対数を取る代わりに、その比を eps で下限処理します。',
  'Under the weights after {n} iteration of {arm}, {clause} The update raises π_θ on right answers and lowers it on wrong ones, by the sums of their token weights (token view).':
    '{arm} の {n} イテレーション後の重みでは、{clause}更新は正解の回答で π_θ を上げ、不正解の回答で下げます。その大きさは各回答のトークン重みの和です（トークンごとの表示を参照）。',
  'Under the weights after {n} iterations of {arm}, {clause} The update raises π_θ on right answers and lowers it on wrong ones, by the sums of their token weights (token view).':
    '{arm} の {n} イテレーション後の重みでは、{clause}更新は正解の回答で π_θ を上げ、不正解の回答で下げます。その大きさは各回答のトークン重みの和です（トークンごとの表示を参照）。',
  'π_θ and π_neg need the arm’s current weights: waiting for the engine.':
    'π_θ と π_neg には手法の現在の重みが必要です。エンジンを待っています。',
  // PromptWeight.tsx
  'w = 1 − r̂ (solid)': 'w = 1 − r̂（実線）',
  'w = 1 (dashed)': 'w = 1（破線）',
  'w = √((1 − r̂) / r̂) (dotted)': 'w = √((1 − r̂) / r̂)（点線）',
  '{label}, in use': '{label}、使用中',
  'Prompt weight w(r̂)': 'プロンプトの重み w(r̂)',
  "Every token of a question is weighted by w(r̂). 1 − r̂ (NFT's default) gives hard questions, with few right answers, the most weight; √((1 − r̂)/r̂) is the weight that makes NFT's gradient GRPO's on-policy; 1 weights every question alike. This run uses {weighting}. In the latest rollout (iteration {it}), {mixed} of {total} questions shown had mixed answers and trained.":
    '問題の各トークンは w(r̂) で重み付けされます。1 − r̂（NFT の既定）は、正解の回答が少ない難しい問題に最も大きな重みを与えます。√((1 − r̂)/r̂) は、オンポリシーで NFT の勾配を GRPO の勾配に一致させる重みです。1 はすべての問題を同じ重みにします。この実行では {weighting} を使っています。直近のロールアウト（イテレーション {it}）では、表示された {total} 問のうち {mixed} 問で正解と不正解の回答が混在し、学習に使われました。',
  'prompt weight against r hat': 'r̂ に対するプロンプトの重み',
  'w against r̂': 'r̂ に対する w',
  'questions of the latest rollout per r hat': '直近のロールアウトの r̂ ごとの問題数',
  'questions per r̂ (latest rollout)': 'r̂ ごとの問題数（直近のロールアウト）',
  questions: '問題数',
  'Questions of the latest rollout per r̂, and the weight each weighting gives them':
    '直近のロールアウトの r̂ ごとの問題数と、各重み付けが与える重み',
  'w ({wt}) ★ in use': 'w ({wt}) ★ 使用中',
  dropped: '除外',
  // SameGradient.tsx
  'Same gradient, different theory': '同じ勾配、異なる理論',
  "Waiting for the engine's per-token numbers.": 'エンジンからトークンごとの数値が届くのを待っています。',
  'both 0': '両方 0',
  '{name} clipped to 0': '{name} はクリップで 0',
  'no constant factor for this weighting': 'この重み付けでは定数倍の関係はありません',
  "√(K/(K − 1)) = {f}: GRPO divides by the Bessel std, NFT's weight matches the population one":
    '√(K/(K − 1)) = {f}：GRPO は不偏（ベッセル補正）標準偏差で割り、NFT の重みは母標準偏差で割った場合に一致します',
  "1/(1 − r̂) = {f}: w = 1 is Dr. GRPO's weight over 1 − r̂":
    '1/(1 − r̂) = {f}：w = 1 は Dr. GRPO の重みを 1 − r̂ で割ったものです',
  '1: with w = 1 − r̂ the two are the same gradient': '1：w = 1 − r̂ では両者は同じ勾配です',
  "NFT comes from maximum likelihood on an implicit negative policy, {vs} from a policy-gradient with a group-normalised advantage. On a rollout's first update (R = 1) their per-token gradients are equal up to a factor: {factor}. The update then moves π_θ off π_old; under {arm}'s weights after {n} iteration, NFT's weight follows its ratio formula and {vs}'s its clip, and they part.":
    'NFT は暗黙の負例方策の最尤推定から、{vs} はグループ内で正規化したアドバンテージによる方策勾配から導かれます。ロールアウトの最初の更新（R = 1）では、トークンごとの勾配は定数倍を除いて等しくなります：{factor}。その後の更新で π_θ は π_old から離れます。{arm} の {n} イテレーション後の重みでは、NFT の重みは比の式に、{vs} の重みはクリップに従うため、両者は食い違います。',
  "NFT comes from maximum likelihood on an implicit negative policy, {vs} from a policy-gradient with a group-normalised advantage. On a rollout's first update (R = 1) their per-token gradients are equal up to a factor: {factor}. The update then moves π_θ off π_old; under {arm}'s weights after {n} iterations, NFT's weight follows its ratio formula and {vs}'s its clip, and they part.":
    'NFT は暗黙の負例方策の最尤推定から、{vs} はグループ内で正規化したアドバンテージによる方策勾配から導かれます。ロールアウトの最初の更新（R = 1）では、トークンごとの勾配は定数倍を除いて等しくなります：{factor}。その後の更新で π_θ は π_old から離れます。{arm} の {n} イテレーション後の重みでは、NFT の重みは比の式に、{vs} の重みはクリップに従うため、両者は食い違います。',
  'First update: NFT / {vs} = {range} over {n} tokens (factor {f}). Now: {now}':
    '最初の更新：NFT / {vs} = {range}（{n} トークン、定数倍 {f}）。現在：{now}',
  '{a} to {b}': '{a}〜{b}',
  'every token still within 1% of the factor (the weights have barely moved off π_old).':
    'すべてのトークンがまだ定数倍から 1% 以内です（重みは π_old からほとんど動いていません）。',
  '{k} of {n} tokens differ from the factor by more than 1%.':
    '{n} トークン中 {k} トークンが定数倍から 1% を超えてずれています。',
  'Per-token gradients, NFT beside Dr. GRPO': 'トークンごとの勾配（NFT と Dr. GRPO の比較）',
  'Per-token d loss / d log π (before aggregation): NFT (weighting {w}, eps {eps}) and {vs}':
    'トークンごとの d loss / d log π（集約前）：NFT（重み付け {w}、eps {eps}）と {vs}',
  'answer · token': '回答 · トークン',
  ratio: '比',
  'R now': '現在の R',
  'NFT now': '現在の NFT',
  '{vs} now': '現在の {vs}',
  'ratio now': '現在の比',
  // TokenView.tsx
  'Token by token': 'トークン単位で見る',
  "For each token of one answer: the probability the model gave it when the answer was sampled (π_old), the probability under {weights}, their ratio R, and the gradient weight {method} gives the token (d loss / d log π, before the batch's aggregation; negative pushes the token up). On the rollout's first update R = 1.":
    '1 つの回答の各トークンについて、回答がサンプリングされたときにモデルが与えた確率（π_old）、{weights}での確率、その比 R、そして {method} がそのトークンに与える勾配の重み（d loss / d log π、バッチでの集約前。負ならトークンを押し上げる）を示します。ロールアウトの最初の更新では R = 1 です。',
  "{arm}'s weights now (after {n} iterations)": '{arm} の現在の重み（{n} イテレーション後）',
  'the current weights': '現在の重み',
  'the method': '手法',
  Answer: '回答',
  'Answer {n} {text}, marked {mark}': '回答 {n} {text}、判定 {mark}',
  token: 'トークン',
  'weight now': '現在の重み',
  'weight at R = 1': 'R = 1 での重み',
  '{eos} end': '{eos} 終端',
  // WeightRatio.tsx
  'NFT (solid)': 'NFT（実線）',
  'PPO / GRPO clip 0.2 (dashed)': 'PPO / GRPO クリップ 0.2（破線）',
  'DAPO clip [0.8, 1.28] (dotted)': 'DAPO クリップ [0.8, 1.28]（点線）',
  'Gradient weight against R': 'R に対する勾配の重み',
  "How hard the loss pushes on one token's log-probability (d loss / d log π_θ, before the batch's aggregation; negative pushes it up) as the ratio R = π_θ / π_old moves away from 1 during the update. NFT pushes a right token up with the constant weight −w = {w}; it pushes a wrong token down with w·r̂R / max(1 − r̂R, eps·(1 − r̂)), which grows faster and faster as R rises until R = {clip}, where the implicit negative ratio is floored at eps; from there the floor fixes the denominator (a straight-through clip: the value is floored, the gradient is not cut), so it keeps growing, in proportion to R. PPO / GRPO and DAPO (with the advantage that matches NFT at R = 1: all curves cross there) stop pushing at the clip edge.":
    '更新中に比 R = π_θ / π_old が 1 から離れるとき、損失が 1 つのトークンの対数確率をどれだけ強く押すか（d loss / d log π_θ、バッチでの集約前。負なら押し上げる）を示します。NFT は正解のトークンを一定の重み −w = {w} で押し上げます。不正解のトークンは w·r̂R / max(1 − r̂R, eps·(1 − r̂)) で押し下げます。この値は R が大きくなるにつれて加速しながら増え、暗黙の負例の比が eps で下限処理される R = {clip} に達します。そこからは下限が分母を固定するため（値だけを下限処理し、勾配は切らないストレートスルーのクリップ）、R に比例して増え続けます。PPO / GRPO と DAPO（R = 1 で NFT と一致するアドバンテージを使用。すべての曲線はそこで交わります）は、クリップの端で押すのをやめます。',
  never: '∞',
  'r hat {v}': 'r̂ {v}',
  "Back to the run's eps ({eps}) and the question's r̂ ({r})": '実行の eps（{eps}）と問題の r̂（{r}）に戻す',
  'gradient weight of a right token against R': 'R に対する正解のトークンの勾配の重み',
  'gradient weight of a wrong token against R': 'R に対する不正解のトークンの勾配の重み',
  'right token (✓)': '正解のトークン（✓）',
  'wrong token (✗)': '不正解のトークン（✗）',
  floor: '下限',
  "The curves' values (weighting {weighting}, w = {w})": '曲線の値（重み付け {weighting}、w = {w}）',
};
