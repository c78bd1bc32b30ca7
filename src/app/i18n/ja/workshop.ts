/**
 * Japanese of the workshop's first minute: the status line, the first explanation, folded notes, by the
 * ids of en/workshop.ts (the compiler checks that none is missing).
 */
import type { WORKSHOP as EN_WORKSHOP } from '../en/workshop';
import type { Translation } from '../types';

export const WORKSHOP: Translation<typeof EN_WORKSHOP> = {
  phaseIteration: '状態 {phase}、イテレーション {n} / {total}',
  tinyTransformer:
    '小さな Transformer がこのブラウザの中で算数を学びます。手法ごとに 1 つずつ、同じ出発点から、同じ問題で。',
  eachIteration:
    '各イテレーションでモデルは問題に何度か答え、検証器が各回答を正解か不正解と判定します。RFT は正解の回答だけで学習し、NFT は不正解の回答からも学び、モデルをそれらから遠ざけます。グラフは手法ごとに、学習に使わない問題での正解率、損失、回答の多様さ（エントロピー）を示します。',
  startHere: 'まずはここから：{lesson}',
  runNIterations: 'この実行：{m} 問 × {k} 回答で {n} イテレーション。',
  more: '続きを読む',
};
