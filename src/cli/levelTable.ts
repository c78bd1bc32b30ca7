/** Shared printing of per-level accuracy tables. */
import type { EvalResult } from '../engine/train/evaluate';
import { pct, table } from './args';

export function printLevelTable(greedy: EvalResult, sampled?: EvalResult): void {
  const rows = Object.entries(greedy.perLevel).map(([level, s]) => {
    const row: (string | number)[] = [level, s.total, pct(s.accuracy)];
    if (sampled) row.push(pct(sampled.perLevel[level]?.accuracy ?? 0));
    return row;
  });
  const total: (string | number)[] = ['all', greedy.n, pct(greedy.accuracy)];
  if (sampled) total.push(pct(sampled.accuracy));
  rows.push(total);
  const header = ['level', 'questions', 'greedy'];
  if (sampled) header.push('sampled (T=1)');
  console.log(table(header, rows));
}
