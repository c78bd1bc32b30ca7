/** Flattening experiment histories to CSV rows, and the summary table over seeds. */
import { DRIFT_COLUMNS, driftCells } from '../engine/train/drift';
import { ERROR_COLUMNS, ERROR_KINDS } from '../engine/train/errorKinds';
import type { ArmHistory } from '../engine/train/experiment';
import { pct, table } from './args';

export interface SeedRun {
  seed: number;
  seconds: number;
  arms: ArmHistory[];
}

const COLUMNS = [
  'seed',
  'arm',
  'method',
  'iteration',
  'steps',
  'loss',
  'grad_norm',
  'rollout_entropy',
  'right',
  'wrong',
  'kept_questions',
  'drawn',
  'dropped_all_right',
  'dropped_all_wrong',
  'sample_ms',
  'update_ms',
  'eval_greedy',
  'eval_sampled',
  'eval_pass_at_k',
  'eval_entropy',
  'answers_seen',
  'compute_s',
  // The first sampling round's answers per verifier error kind, and the marks a labeler flipped
  // (src/engine/train/errorKinds.ts); empty for SFT, which samples nothing, and for the base row.
  ...ERROR_COLUMNS,
  // How far off policy each update ran (engine/train/arm.ts).
  ...DRIFT_COLUMNS,
];

/** One row per (seed, arm, iteration); eval columns filled where an evaluation followed the iteration. */
export function toCsv(runs: SeedRun[]): string {
  const lines: string[] = [COLUMNS.join(',')];
  for (const run of runs) {
    for (const arm of run.arms) {
      const evalAt = new Map(arm.evals.map((e) => [e.iteration, e]));
      const base = evalAt.get(0);
      if (base) {
        const cells = [
          run.seed,
          arm.name,
          arm.method,
          0,
          ...new Array(12).fill(''),
          base.eval.greedy.accuracy,
          base.eval.sampled.accuracy,
          base.eval.passAtK,
          base.eval.entropy,
          0,
          0,
          ...ERROR_KINDS.map(() => ''),
          '',
          ...DRIFT_COLUMNS.map(() => ''),
        ];
        lines.push(cells.join(','));
      }
      for (const m of arm.iterations) {
        const e = evalAt.get(m.iteration + 1);
        lines.push(
          [
            run.seed,
            arm.name,
            arm.method,
            m.iteration + 1,
            m.steps,
            m.loss,
            m.gradNorm,
            m.entropy,
            m.right,
            m.wrong,
            m.keptQuestions,
            m.drawn,
            m.droppedAllRight,
            m.droppedAllWrong,
            m.sampleMs.toFixed(1),
            m.updateMs.toFixed(1),
            e?.eval.greedy.accuracy ?? '',
            e?.eval.sampled.accuracy ?? '',
            e?.eval.passAtK ?? '',
            e?.eval.entropy ?? '',
            e?.answersSeen ?? '',
            e?.computeSeconds ?? '',
            ...ERROR_KINDS.map((k) => m.errors?.[k] ?? ''),
            m.errors ? (m.flipped ?? '') : '',
            ...driftCells(m).map((v) => v ?? ''),
          ].join(','),
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export function meanStd(xs: number[]): { mean: number; std: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const v = xs.length > 1 ? xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1) : 0;
  return { mean, std: Math.sqrt(v) };
}

export interface ArmSummary {
  arm: string;
  greedy: { mean: number; std: number };
  sampled: { mean: number; std: number };
  passAtK: { mean: number; std: number };
  entropyChange: { mean: number; std: number };
  /** Per seed, the mean over iterations of the last update step's |log R| (NaN: not measured). */
  drift: { mean: number; std: number };
  base: number;
}

export function summarize(runs: SeedRun[]): ArmSummary[] {
  const names = runs[0]?.arms.map((a) => a.name) ?? [];
  return names.map((name) => {
    const arms = runs.map((r) => r.arms.find((a) => a.name === name)).filter((a) => a !== undefined);
    const last = arms.map((a) => a.evals[a.evals.length - 1].eval);
    const first = arms.map((a) => a.evals[0].eval);
    return {
      arm: name,
      greedy: meanStd(last.map((e) => e.greedy.accuracy)),
      sampled: meanStd(last.map((e) => e.sampled.accuracy)),
      passAtK: meanStd(last.map((e) => e.passAtK)),
      entropyChange: meanStd(last.map((e, i) => e.entropy - first[i].entropy)),
      drift: meanStd(arms.map((a) => meanStd(a.iterations.map((m) => m.absLogRatioLast ?? Number.NaN)).mean)),
      base: meanStd(first.map((e) => e.greedy.accuracy)).mean,
    };
  });
}

export function summaryTable(runs: SeedRun[]): string {
  const pm = (x: { mean: number; std: number }, f: (v: number) => string) => `${f(x.mean)} ± ${f(x.std)}`;
  const p = (v: number) => pct(v).replace('%', '');
  const e = (v: number) => v.toFixed(3);
  const rows = summarize(runs).map((s) => [
    s.arm,
    p(s.base),
    pm(s.greedy, p),
    pm(s.sampled, p),
    pm(s.passAtK, p),
    pm(s.entropyChange, e),
    pm(s.drift, e),
  ]);
  return table(
    [
      'method',
      'base greedy %',
      'final greedy %',
      'final sampled %',
      'pass@k %',
      'entropy change',
      'last-step |log R|',
    ],
    rows,
  );
}
