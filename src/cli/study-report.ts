/**
 * `study-report --plan FILE [--results DIR] [--write FILE]`: a pre-registered plan's results, with
 * paired intervals and "ahead on k of n", per configuration and per finding (study/report.ts); --write
 * writes the page's data file, once every planned seed has run, or with --partial before (a point short
 * of its planned seeds is marked so, and the page states no number of it).
 *
 * `study-report DIR` (the pilot studies of docs/study.md): one table over every experiment folder in
 * DIR (each with a metrics.json written by `experiment`): per configuration and method, the final
 * held-out accuracy (greedy and sampled) and entropy change, mean ± std over seeds, and NFT minus RFT
 * paired by seed.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { table, UsageError } from './args';
import { meanStd, type SeedRun, summarize } from './experiment-report';
import { loadPlan } from './study/planFile';
import { collectResults, missingSeeds, reportLines, studyData } from './study/report';
import { DEFAULT_RESULTS } from './study-run';

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

const HELP = `usage: npm run cli -- study-report --plan FILE [--results DIR] [--write FILE]
       npm run cli -- study-report DIR   (a folder of experiment results: the pilot tables)
  --plan FILE     a pre-registered plan (docs/studies/*.json)
  --results DIR   where study-run wrote its results (default ${DEFAULT_RESULTS})
  --write FILE    also write the page's data file (public/studies/<plan>.json); refused until every
                  planned seed has run, unless --partial
  --partial       with --write: write it now; the points that lack planned seeds are marked (finding:
                  false) and the page shows only how many seeds of theirs have run`;

/** The plan's report, and its data file with --write. */
async function planReport(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      plan: { type: 'string' },
      results: { type: 'string' },
      write: { type: 'string' },
      partial: { type: 'boolean' },
    },
  });
  if (!values.plan) throw new UsageError(HELP);
  const { plan, hash, file } = await loadPlan(values.plan);
  const results = values.results ?? DEFAULT_RESULTS;
  const collected = await collectResults(plan, results);
  console.log(reportLines(plan, collected).join('\n'));
  if (!values.write) return;
  const missing = missingSeeds(plan, collected);
  if (missing.length && values.partial)
    console.log(
      `\n--partial: these points lack planned seeds and the page shows no number of theirs: ${missing.join(', ')}`,
    );
  else if (missing.length)
    throw new Error(
      `not writing ${values.write}: planned seeds have not run: ${missing.join(', ')} (npm run cli -- study-run --plan ${file})`,
    );
  const command = `npm run cli -- study-run --plan ${file} --out ${results} && npm run cli -- study-report --plan ${file} --results ${results} --write ${values.write}${values.partial ? ' --partial' : ''}`;
  await mkdir(dirname(values.write), { recursive: true });
  await writeFile(
    values.write,
    `${JSON.stringify(studyData(plan, hash, collected, command, new Date()), null, 2)}\n`,
  );
  console.log(`\nwrote ${values.write}`);
}

export async function studyReportCommand(argv: string[]): Promise<void> {
  if (argv.includes('--help')) return console.log(HELP);
  if (argv.some((a) => a === '--plan' || a.startsWith('--plan='))) return planReport(argv);
  const dir = argv[0];
  if (!dir || dir.startsWith('--')) throw new UsageError(HELP);
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
