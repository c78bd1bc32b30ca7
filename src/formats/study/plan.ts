/**
 * A pre-registered study plan (docs/studies/*.json): the configurations, the seeds and the comparisons
 * fixed BEFORE any run, so that what a report calls a finding was not chosen after seeing the numbers.
 * `study-run` runs it, `study-report` reads its results (src/cli/study/). Plain data and its check; no
 * Node, no React: the page reads the data file a report writes (./dataFile.ts), not the plan.
 */

export const PLAN_FORMAT = 'nft-playground-study-plan';
export const PLAN_VERSION = 1;

/** The fewest seeds a comparison may have to be called a finding (issue 18's rule). */
export const FINDING_MIN_SEEDS = 15;

/** What a comparison measures, from a seed's evaluation: accuracies in points, entropy in nats per token. */
export const STUDY_METRICS = ['greedy', 'sampled', 'passAtK', 'entropy', 'entropyChange'] as const;
export type StudyMetric = (typeof STUDY_METRICS)[number];

/** Flags a configuration may not set: the plan fixes them for every configuration, or the runner does. */
export const PLAN_OWNED_FLAGS = [
  '--preset',
  '--methods',
  '--iterations',
  '--eval-every',
  '--seed',
  '--seeds',
  '--seed-list',
  '--out',
  '--checkpoint',
  '--backend',
  '--quiet',
] as const;

export interface PlanConfig {
  /** A short name (letters, digits, - and _), unique in the plan. */
  name: string;
  /** The `experiment` command's setting flags, e.g. ["--mu", "2", "--label-noise", "0.2"]. */
  flags: string[];
}

/** One comparison the plan names in advance: a − b in `metric` at `iteration` of `config`. */
export interface PlanFinding {
  name: string;
  config: string;
  a: string;
  b: string;
  metric: StudyMetric;
  /** An evaluation iteration, or 'final' (the run's last). */
  iteration: number | 'final';
  /** What is being tested, in a sentence (the claim the app made before this plan). */
  question: string;
}

export interface StudyPlan {
  format: typeof PLAN_FORMAT;
  version: typeof PLAN_VERSION;
  name: string;
  /** The day the plan was fixed (YYYY-MM-DD), before its first run. */
  registered: string;
  purpose: string;
  preset: 'workshop' | 'noisy' | 'tiny';
  methods: string[];
  iterations: number;
  evalEvery: number;
  /** The seeds every configuration runs, in order; fixed here, never chosen after a run. */
  seeds: number[];
  /** The fewest seeds a comparison needs to be called a finding: at least FINDING_MIN_SEEDS. */
  minSeeds: number;
  /** The pairs a report prints for every configuration (a − b), e.g. [["nft", "rft"]]. */
  pairs: [string, string][];
  configs: PlanConfig[];
  findings: PlanFinding[];
}

const NAME = /^[A-Za-z0-9_-]{1,40}$/;
const METHOD = /^[a-z][a-z0-9.]{0,19}$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, lo: number, hi: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
const isText = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.trim().length > 0 && v.length <= max;

/** The problems of one configuration's flags that need no settings table (the CLI checks the rest). */
function flagProblems(flags: unknown, where: string): string[] {
  if (!Array.isArray(flags) || !flags.every((f) => typeof f === 'string' && f.length <= 200))
    return [`${where}.flags must be a list of strings`];
  return flags
    .filter((f) => (PLAN_OWNED_FLAGS as readonly string[]).some((o) => f === o || f.startsWith(`${o}=`)))
    .map((f) => `${where}.flags may not set ${f}: the plan fixes it for every configuration`);
}

function configProblems(configs: unknown): string[] {
  if (!Array.isArray(configs) || configs.length === 0) return ['configs must be a non-empty list'];
  const out: string[] = [];
  const seen = new Set<string>();
  configs.forEach((c, i) => {
    const where = `configs[${i}]`;
    if (!isObj(c)) {
      out.push(`${where} must be an object`);
      return;
    }
    if (typeof c.name !== 'string' || !NAME.test(c.name))
      out.push(`${where}.name must be 1-40 letters, digits, - or _`);
    else if (seen.has(c.name)) out.push(`${where}.name ${c.name} is given twice`);
    else seen.add(c.name);
    out.push(...flagProblems(c.flags, where));
  });
  return out;
}

function findingProblems(p: Obj, configNames: Set<string>, methods: Set<string>): string[] {
  if (!Array.isArray(p.findings)) return ['findings must be a list'];
  const out: string[] = [];
  const seen = new Set<string>();
  p.findings.forEach((f, i) => {
    const where = `findings[${i}]`;
    if (!isObj(f)) {
      out.push(`${where} must be an object`);
      return;
    }
    if (typeof f.name !== 'string' || !NAME.test(f.name)) out.push(`${where}.name must be a short name`);
    else if (seen.has(f.name)) out.push(`${where}.name ${f.name} is given twice`);
    else seen.add(f.name);
    if (typeof f.config !== 'string' || !configNames.has(f.config))
      out.push(`${where}.config must name one of the plan's configurations`);
    for (const k of ['a', 'b'] as const)
      if (typeof f[k] !== 'string' || !methods.has(f[k]))
        out.push(`${where}.${k} must be one of the methods`);
    if (f.a === f.b) out.push(`${where} compares ${String(f.a)} with itself`);
    if (!(STUDY_METRICS as readonly unknown[]).includes(f.metric))
      out.push(`${where}.metric must be one of ${STUDY_METRICS.join(', ')}`);
    const it = f.iteration;
    if (it !== 'final' && !(isInt(it, 0, Number(p.iterations) || 0) && Number(p.evalEvery) > 0))
      out.push(`${where}.iteration must be 'final' or an evaluated iteration`);
    else if (it !== 'final' && (it as number) % Number(p.evalEvery) !== 0)
      out.push(`${where}.iteration ${String(it)} is not evaluated (every ${String(p.evalEvery)})`);
    if (!isText(f.question, 400)) out.push(`${where}.question must say what is tested`);
  });
  return out;
}

function seedProblems(p: Obj): string[] {
  const out: string[] = [];
  const seeds = p.seeds;
  if (!Array.isArray(seeds) || seeds.length === 0 || !seeds.every((s) => isInt(s, 0, 0xffffffff)))
    return ['seeds must be a non-empty list of whole numbers'];
  if (new Set(seeds).size !== seeds.length) out.push('seeds must not repeat');
  if (!isInt(p.minSeeds, FINDING_MIN_SEEDS, 10_000))
    out.push(`minSeeds must be a whole number of at least ${FINDING_MIN_SEEDS}`);
  return out;
}

function pairProblems(pairs: unknown, methods: Set<string>): string[] {
  if (!Array.isArray(pairs) || pairs.length === 0) return ['pairs must be a non-empty list of [a, b]'];
  return pairs.flatMap((pair, i) =>
    Array.isArray(pair) && pair.length === 2 && pair.every((m) => methods.has(m)) && pair[0] !== pair[1]
      ? []
      : [`pairs[${i}] must be two different methods of the plan`],
  );
}

/** Every problem of a parsed plan file (empty: it is a plan), each naming where it is. */
export function planProblems(v: unknown): string[] {
  if (!isObj(v)) return ['a plan is a JSON object'];
  const out: string[] = [];
  if (v.format !== PLAN_FORMAT) out.push(`format must be "${PLAN_FORMAT}"`);
  if (v.version !== PLAN_VERSION) out.push(`version must be ${PLAN_VERSION}`);
  if (typeof v.name !== 'string' || !NAME.test(v.name)) out.push('name must be a short name');
  if (typeof v.registered !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v.registered))
    out.push('registered must be a date, YYYY-MM-DD');
  if (!isText(v.purpose, 1000)) out.push('purpose must say what the plan is for');
  if (!['workshop', 'noisy', 'tiny'].includes(v.preset as string))
    out.push('preset must be workshop, noisy or tiny');
  const methods = Array.isArray(v.methods) ? v.methods : [];
  if (methods.length < 2 || !methods.every((m) => typeof m === 'string' && METHOD.test(m)))
    out.push('methods must list two or more methods');
  if (!isInt(v.iterations, 1, 10_000)) out.push('iterations must be a whole number from 1');
  if (!isInt(v.evalEvery, 0, 10_000)) out.push('evalEvery must be a whole number from 0');
  out.push(...seedProblems(v));
  const methodSet = new Set(methods as string[]);
  out.push(...pairProblems(v.pairs, methodSet));
  out.push(...configProblems(v.configs));
  const names = new Set(Array.isArray(v.configs) ? v.configs.map((c) => (isObj(c) ? c.name : '')) : []);
  out.push(...findingProblems(v, names as Set<string>, methodSet));
  return out;
}

/** The plan in `v`, or an error that lists every problem. */
export function checkPlan(v: unknown): StudyPlan {
  const problems = planProblems(v);
  if (problems.length) throw new Error(`not a study plan:\n  ${problems.join('\n  ')}`);
  return v as StudyPlan;
}

/** A comparison's status: a finding only with every planned seed and at least the plan's minimum. */
export function isFinding(n: number, plan: Pick<StudyPlan, 'seeds' | 'minSeeds'>): boolean {
  return n >= Math.max(FINDING_MIN_SEEDS, plan.minSeeds, plan.seeds.length);
}
