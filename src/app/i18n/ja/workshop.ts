/** Japanese for the workshop's first minute (issue 17): the status line, the first explanation, folded notes. */
export const WORKSHOP: Record<string, string> = {
  // components/Controls.tsx
  '{phase}, iteration {n} of {total}': '状態 {phase}、イテレーション {n} / {total}',
  // components/Intro.tsx
  'A tiny transformer learns arithmetic in your browser: one copy per method, the same start, the same questions.':
    '小さな Transformer がこのブラウザの中で算数を学びます。手法ごとに 1 つずつ、同じ出発点から、同じ問題で。',
  'Each iteration it answers questions several times and a verifier marks each answer right or wrong. RFT trains only on the right answers; NFT also learns from the wrong ones, pushing the model away from them. The curves show, per method, accuracy on questions it never trains on, the loss and how varied its answers stay (entropy).':
    '各イテレーションでモデルは問題に何度か答え、検証器が各回答を正解か不正解と判定します。RFT は正解の回答だけで学習し、NFT は不正解の回答からも学び、モデルをそれらから遠ざけます。グラフは手法ごとに、学習に使わない問題での正解率、損失、回答の多様さ（エントロピー）を示します。',
  'Start here: {lesson}': 'まずはここから：{lesson}',
  // components/PresetNote.tsx
  'This run: {n} iterations of {m} questions x {k} answers.':
    'この実行：{m} 問 × {k} 回答で {n} イテレーション。',
  more: '続きを読む',
};
