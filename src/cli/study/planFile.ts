/**
 * A study plan on disk (formats/study/plan.ts): read and checked, each configuration's flags parsed by
 * the `experiment` command's own flag table into the settings it runs, and where each seed's result
 * lives. A seed's results sit under the configuration's run key, a hash of those settings: the same
 * configuration in two plans shares its runs, and a configuration whose flags change after its runs
 * does not find them (they were not the runs of that plan).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatHash } from '../../formats/settings/hash';
import { defaultSettings, type Settings } from '../../formats/settings/table';
import { checkPlan, type PlanConfig, type StudyPlan } from '../../formats/study/plan';
import { UsageError } from '../args';
import { flagKeys, parseCommand, settingsFromFlags } from '../settingArgs';

/** The flags a configuration may set: the experiment's setting flags but those the plan fixes. */
const CONFIG_KEYS = flagKeys(['seed', 'preset', 'methods', 'iterations', 'evalEvery']);

export interface LoadedPlan {
  plan: StudyPlan;
  file: string;
  /** SHA-256 of the file's bytes (hex). */
  hash: string;
}

export async function loadPlan(file: string): Promise<LoadedPlan> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new UsageError(`cannot read the plan ${file}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new UsageError(`${file} is not JSON: ${(e as Error).message}`);
  }
  const plan = checkPlan(json);
  for (const c of plan.configs) configSettings(plan, c); // every configuration's flags parse
  return { plan, file, hash: createHash('sha256').update(bytes).digest('hex') };
}

/** The settings one configuration runs (seed 1; the runner gives each seed its own). */
export function configSettings(plan: StudyPlan, c: PlanConfig): Settings {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseCommand(c.flags, CONFIG_KEYS, { strings: [], booleans: [] });
  } catch (e) {
    throw new UsageError(`configuration ${c.name}: ${(e as Error).message}`);
  }
  if (values.help) throw new UsageError(`configuration ${c.name}: --help is not a setting`);
  const s = settingsFromFlags(values, defaultSettings(plan.preset), CONFIG_KEYS);
  return {
    ...s,
    preset: plan.preset,
    methods: plan.methods as Settings['methods'],
    iterations: plan.iterations,
    evalEvery: plan.evalEvery,
    seed: 1,
  };
}

/** The configuration's run key: 12 hex digits of the SHA-256 of its settings' link. */
export function runKey(plan: StudyPlan, c: PlanConfig): string {
  return createHash('sha256')
    .update(formatHash(configSettings(plan, c)))
    .digest('hex')
    .slice(0, 12);
}

/** The folder of one seed's run of a configuration, under the results folder (by run key, not name). */
export function seedDir(results: string, plan: StudyPlan, c: PlanConfig, seed: number): string {
  return join(results, runKey(plan, c), `seed-${seed}`);
}

/** The `experiment` command's arguments for one seed of a configuration. */
export function experimentArgs(plan: StudyPlan, c: PlanConfig, seed: number, out: string): string[] {
  return [
    '--preset',
    plan.preset,
    '--methods',
    plan.methods.join(','),
    '--iterations',
    String(plan.iterations),
    '--eval-every',
    String(plan.evalEvery),
    ...c.flags,
    '--seed-list',
    String(seed),
    '--out',
    out,
    '--quiet',
  ];
}

/** The configurations `--only NAME[,NAME]` selects (all without it); an unknown name is refused. */
export function selectConfigs(plan: StudyPlan, only: string | undefined): PlanConfig[] {
  if (only === undefined) return plan.configs;
  const names = only.split(',');
  const unknown = names.filter((n) => !plan.configs.some((c) => c.name === n));
  if (unknown.length)
    throw new UsageError(
      `--only: no configuration ${unknown.join(', ')} in the plan (it has ${plan.configs.map((c) => c.name).join(', ')})`,
    );
  return plan.configs.filter((c) => names.includes(c.name));
}
