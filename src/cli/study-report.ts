/**
 * `study-report DIR`: one table over every experiment folder in DIR (each with a metrics.json written
 * by `experiment`): per configuration and method, the final held-out accuracy (greedy and sampled) and
 * entropy change, mean ± std over seeds, and NFT minus RFT paired by seed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { table, UsageError } from './args';
import { meanStd, type SeedRun, summarize } from './experiment-report';

interface MetricsFile {
  settings: {
    rollout: { M: number; K: number };
    mu: number;
    lr: number;
    iterations: number;
    loss: Record<string, unknown>;
  };
  runs: SeedRun[];
}

const f1 = (x: { mean: number; std: number }, scale = 100, digits = 1) =>
  `${(x.mean * scale).toFixed(digits)} ± ${(x.std * scale).toFixed(digits)}`;

/** NFT minus RFT per seed (paired), final greedy accuracy. */
function pairedGap(runs: SeedRun[], a: string, b: string): { mean: number; std: number } | undefined {
  const gaps = runs.flatMap((r) => {
    const x = r.arms.find((h) => h.name === a)?.evals.at(-1)?.eval.greedy.accuracy;
    const y = r.arms.find((h) => h.name === b)?.evals.at(-1)?.eval.greedy.accuracy;
    return x === undefined || y === undefined ? [] : [x - y];
  });
  return gaps.length ? meanStd(gaps) : undefined;
}

export async function studyReportCommand(argv: string[]): Promise<void> {
  const dir = argv[0];
  if (!dir || dir.startsWith('--')) throw new UsageError('usage: npm run cli -- study-report DIR');
  const rows: (string | number)[][] = [];
  for (const name of (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    let m: MetricsFile;
    try {
      m = JSON.parse(await readFile(join(dir, name, 'metrics.json'), 'utf8'));
    } catch {
      continue;
    }
    const gap = pairedGap(m.runs, 'nft', 'rft');
    const secs = meanStd(m.runs.map((r) => r.seconds));
    for (const s of summarize(m.runs)) {
      rows.push([
        name,
        s.arm,
        m.runs.length,
        f1(s.greedy),
        f1(s.sampled),
        f1(s.passAtK),
        f1(s.entropyChange, 1, 3),
        s.arm === 'nft' && gap ? f1(gap) : '',
        s.arm === 'nft' ? `${secs.mean.toFixed(0)} s` : '',
      ]);
    }
  }
  if (rows.length === 0) throw new Error(`no metrics.json under ${dir}`);
  console.log(
    table(
      [
        'config',
        'method',
        'seeds',
        'greedy %',
        'sampled %',
        'pass@k %',
        'entropy change',
        'NFT - RFT (paired)',
        'run time',
      ],
      rows,
    ),
  );
}
