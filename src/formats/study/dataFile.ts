/**
 * The study data file the page reads (public/studies/<plan>.json): written by `study-report --write`
 * from a plan's results, never by hand. Per configuration, the paired a − b (NFT − RFT) in held-out
 * greedy and sampled accuracy, in points, with its 95% t interval and on how many seeds each was ahead.
 * The page shows the interval beside a run with the same training settings (studyPointFor), and, while
 * the file is missing, how to make it (STUDY_COMMANDS). Plain data; no Node, no React.
 */
import { parseHash } from '../settings/hash';
import type { SettingKey, Settings } from '../settings/table';

export const STUDY_DATA_FORMAT = 'nft-playground-study-result';
export const STUDY_DATA_VERSION = 1;

/** The plans whose data file the page reads, with the one command that makes each (docs/study.md). */
export const STUDY_COMMANDS = {
  'noise-dose':
    'npm run cli -- study-run --plan docs/studies/noise-dose.json --jobs 8 && npm run cli -- study-report --plan docs/studies/noise-dose.json --results out/studies --write public/studies/noise-dose.json',
} as const;
export type PublishedPlan = keyof typeof STUDY_COMMANDS;

/** Where the page fetches a plan's data file, under the app's base URL. */
export const studyDataPath = (plan: PublishedPlan): string => `studies/${plan}.json`;

export interface IntervalFigure {
  /** Seeds with both methods' figures. */
  n: number;
  /** Null only with no seed run yet (a point of a partial file, `study-report --partial`). */
  mean: number | null;
  /** The 95% t interval of the mean (null under two seeds). */
  low: number | null;
  high: number | null;
  aAhead: number;
  bAhead: number;
  ties: number;
}

export interface StudyPoint {
  config: string;
  /** The configuration's settings as a link hash (seed left at 1): what a run must match. */
  settings: string;
  labelNoise: number;
  verifier: string;
  /** The seeds the plan fixed for it. */
  planned: number;
  /** True only with every planned seed and at least the plan's minimum (plan.ts isFinding). */
  finding: boolean;
  greedy: IntervalFigure;
  sampled: IntervalFigure;
}

export interface StudyData {
  format: typeof STUDY_DATA_FORMAT;
  version: typeof STUDY_DATA_VERSION;
  plan: string;
  /** SHA-256 of the plan file's bytes: which pre-registered plan these results belong to. */
  planHash: string;
  generated: string;
  command: string;
  a: string;
  b: string;
  points: StudyPoint[];
}

/** The settings that decide a run's numbers (not the seed, the arms shown, the backend or the view). */
export const TRAINING_KEYS: readonly SettingKey[] = [
  'iterations',
  'M',
  'K',
  'mu',
  'lr',
  'temperature',
  'eps',
  'weighting',
  'negWeight',
  'logRatioCap',
  'aggregation',
  'mix',
  'labelNoise',
  'verifier',
];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const finiteOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
const count = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100_000;

function figureProblem(v: unknown, where: string): string | null {
  if (!isObj(v)) return `${where} is not an object`;
  if (!count(v.n) || !count(v.aAhead) || !count(v.bAhead) || !count(v.ties))
    return `${where} has bad seed counts`;
  if ((v.aAhead as number) + (v.bAhead as number) + (v.ties as number) !== v.n)
    return `${where}: ahead, behind and ties do not add up to n`;
  const mean = v.n === 0 ? v.mean === null : typeof v.mean === 'number' && Number.isFinite(v.mean);
  if (!mean || !finiteOrNull(v.low) || !finiteOrNull(v.high)) return `${where} has a bad mean or interval`;
  const m = v.mean as number;
  if (v.low !== null && v.high !== null && !((v.low as number) <= m && m <= (v.high as number)))
    return `${where}: the mean is outside its interval`;
  return null;
}

function pointProblem(v: unknown, i: number): string | null {
  const where = `points[${i}]`;
  if (!isObj(v)) return `${where} is not an object`;
  if (typeof v.config !== 'string' || typeof v.settings !== 'string' || typeof v.verifier !== 'string')
    return `${where} lacks its configuration`;
  if (typeof v.labelNoise !== 'number' || !(v.labelNoise >= 0 && v.labelNoise <= 0.5))
    return `${where}.labelNoise is out of range`;
  if (!count(v.planned) || typeof v.finding !== 'boolean') return `${where} lacks its seed plan`;
  return figureProblem(v.greedy, `${where}.greedy`) ?? figureProblem(v.sampled, `${where}.sampled`);
}

/** The data file in `v`, or the first problem found (the page then shows the not-run message). */
export function readStudyData(v: unknown): StudyData | { problem: string } {
  if (!isObj(v) || v.format !== STUDY_DATA_FORMAT) return { problem: 'not a study data file' };
  if (v.version !== STUDY_DATA_VERSION) return { problem: `unknown version ${String(v.version)}` };
  for (const k of ['plan', 'planHash', 'generated', 'command', 'a', 'b'])
    if (typeof v[k] !== 'string') return { problem: `${k} is missing` };
  if (!Array.isArray(v.points) || v.points.length === 0) return { problem: 'no points' };
  for (const [i, p] of v.points.entries()) {
    const problem = pointProblem(p, i);
    if (problem) return { problem };
  }
  return v as unknown as StudyData;
}

/** Do two settings train the same way (every TRAINING_KEYS setting equal)? */
export function sameTraining(a: Settings, b: Settings): boolean {
  return TRAINING_KEYS.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/** The study's point for a run with these settings (NFT and RFT among its methods), if the study has one. */
export function studyPointFor(data: StudyData, s: Settings): StudyPoint | undefined {
  if (!(s.methods.includes(data.a as never) && s.methods.includes(data.b as never))) return undefined;
  return data.points.find((p) => sameTraining(parseHash(p.settings).settings, s));
}
