/**
 * `study-run --plan FILE`: runs a pre-registered plan's configurations over its seeds with the
 * `experiment` command (the same flags, the same engine), one seed at a time, each into its own folder
 * (study/planFile.ts seedDir). Resumable: a seed whose result.json exists is skipped, so the command can
 * be stopped and run again. `--jobs N` runs N processes of this command, each on its share of the seeds.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatHash } from '../formats/settings/hash';
import type { PlanConfig, StudyPlan } from '../formats/study/plan';
import { int, str, UsageError } from './args';
import type { SeedRun } from './experiment-report';
import { experimentCommand } from './experimentCommand';
import { configSettings, experimentArgs, loadPlan, runKey, seedDir, selectConfigs } from './study/planFile';
import { methodRows, RESULT_FORMAT, readResult, writeResult } from './study/results';

export const DEFAULT_RESULTS = 'out/studies';

const HELP = `usage: npm run cli -- study-run --plan FILE [--only NAME[,NAME]] [--jobs N] [--out DIR]
  --plan FILE   a pre-registered plan (docs/studies/*.json)
  --only NAME   run only these configurations of the plan
  --jobs N      N processes side by side (one per core; default 1)
  --out DIR     results folder (default ${DEFAULT_RESULTS}); a seed already there is skipped`;

interface Task {
  config: PlanConfig;
  seed: number;
  dir: string;
}

/** The plan's (configuration, seed) pairs, in plan order. */
function allTasks(plan: StudyPlan, configs: PlanConfig[], out: string): Task[] {
  return configs.flatMap((config) =>
    plan.seeds.map((seed) => ({ config, seed, dir: seedDir(out, plan, config, seed) })),
  );
}

const isDone = async (t: Task) => (await readResult(t.dir)) !== undefined;

/** Those not yet done. */
export async function pendingTasks(plan: StudyPlan, configs: PlanConfig[], out: string): Promise<Task[]> {
  const all = allTasks(plan, configs, out);
  const done = await Promise.all(all.map(isDone));
  return all.filter((_, i) => !done[i]);
}

/** Runs one seed of one configuration with `experiment`, then writes its result.json. */
async function runTask(plan: StudyPlan, t: Task): Promise<number> {
  await mkdir(t.dir, { recursive: true });
  const settings = formatHash(configSettings(plan, t.config));
  await writeFile(join(dirname(t.dir), 'settings.txt'), `${t.config.name}\n${settings}\n`);
  const t0 = performance.now();
  await experimentCommand(experimentArgs(plan, t.config, t.seed, t.dir));
  const metrics = JSON.parse(await readFile(join(t.dir, 'metrics.json'), 'utf8')) as {
    backend: string;
    runs: SeedRun[];
  };
  const run = metrics.runs.find((r) => r.seed === t.seed);
  if (!run) throw new Error(`${t.dir}/metrics.json has no run of seed ${t.seed}`);
  const seconds = (performance.now() - t0) / 1000;
  await writeResult(t.dir, {
    format: RESULT_FORMAT,
    version: 1,
    settings,
    runKey: runKey(plan, t.config),
    seed: t.seed,
    backend: metrics.backend,
    seconds,
    rows: methodRows(run.arms),
  });
  return seconds;
}

/**
 * Runs this process's share (`shard` of `of`, by position in the whole plan, so every process takes
 * the same share whatever is done) one after another, skipping what is done when its turn comes.
 */
async function runShare(plan: StudyPlan, tasks: Task[], shard: number, of: number): Promise<void> {
  const mine = tasks.filter((_, i) => i % of === shard);
  for (const [i, t] of mine.entries()) {
    if (await isDone(t)) continue;
    const seconds = await runTask(plan, t);
    console.log(
      `study-run: ${t.config.name} seed ${t.seed} done in ${seconds.toFixed(0)} s (${i + 1} of ${mine.length}${of > 1 ? `, process ${shard + 1} of ${of}` : ''})`,
    );
  }
}

/** Starts `jobs` processes of this command, each with --shard i/jobs, and waits for all. */
function runJobs(argv: string[], jobs: number): Promise<void> {
  const script = process.argv[1];
  const children = Array.from(
    { length: jobs },
    (_, i) =>
      new Promise<number>((resolve) => {
        const child = spawn(
          process.execPath,
          [...process.execArgv, script, 'study-run', ...argv, '--jobs', '1', '--shard', `${i}/${jobs}`],
          { stdio: 'inherit' },
        );
        child.on('exit', (code) => resolve(code ?? 1));
      }),
  );
  return Promise.all(children).then((codes) => {
    const failed = codes.filter((c) => c !== 0).length;
    if (failed) throw new Error(`${failed} of ${jobs} processes failed (run the command again to resume)`);
  });
}

function parseShard(raw: string | undefined): [number, number] {
  if (raw === undefined) return [0, 1];
  const m = /^(\d+)\/(\d+)$/.exec(raw);
  const [i, n] = m ? [Number(m[1]), Number(m[2])] : [Number.NaN, Number.NaN];
  if (!(n >= 1 && i >= 0 && i < n)) throw new UsageError(`--shard must be i/n with 0 <= i < n, got ${raw}`);
  return [i, n];
}

export async function studyRunCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      plan: { type: 'string' },
      only: { type: 'string' },
      jobs: { type: 'string' },
      out: { type: 'string' },
      shard: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(HELP);
  if (!values.plan) throw new UsageError(`--plan is required\n${HELP}`);
  const { plan } = await loadPlan(values.plan);
  const configs = selectConfigs(plan, values.only);
  const out = str(values, 'out', DEFAULT_RESULTS);
  const jobs = int(values, 'jobs', 1, 1, 64);
  const [shard, of] = parseShard(values.shard);
  const tasks = await pendingTasks(plan, configs, out);
  const total = configs.length * plan.seeds.length;
  if (values.shard === undefined)
    console.log(
      `study-run: plan ${plan.name}, ${configs.length} configurations x ${plan.seeds.length} seeds; ${total - tasks.length} done, ${tasks.length} to run, into ${out}`,
    );
  if (tasks.length === 0) return;
  if (jobs > 1) {
    const own = argv.filter((a, i) => a !== '--jobs' && argv[i - 1] !== '--jobs' && !a.startsWith('--jobs='));
    return runJobs(own, Math.min(jobs, tasks.length));
  }
  await runShare(plan, allTasks(plan, configs, out), shard, of);
}
