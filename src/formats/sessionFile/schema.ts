/**
 * The shapes of what a session holds, as checks (check.ts): label batches, run histories (every arm's
 * iteration metrics and evaluations) and the session file around them. Used on imported files and on
 * what is read back from IndexedDB. Caps keep a hostile file from asking for unbounded work or memory.
 */
import type { LabelBatch, LabelRecord } from '../../engine/labels/record';
import {
  LOSS_OPTION_KEYS,
  LOSS_OPTION_SPEC,
  type LossOptionSpec,
  type LossOptions,
  METHODS,
  type Method,
} from '../../engine/losses/options';
import type { IterationMetrics } from '../../engine/train/arm';
import { ERROR_KINDS } from '../../engine/train/errorKinds';
import type { EvalPoint } from '../../engine/train/experiment';
import { iterationMetricsCheck } from '../metrics/metricTable';
import { messages, msg } from '../msg';
import {
  arr,
  BIG,
  bool,
  type Check,
  dict,
  int,
  nullable,
  num,
  obj,
  oneOf,
  optional,
  SchemaError,
  str,
} from './check';

/** The English templates of this module's own messages (each has its Japanese: sessionText.test.ts). */
/** One arm's histories as the page plots them (app/run/history.ts folds the worker's events into it). */
export interface ArmSeries {
  name: string;
  method: Method;
  loss: LossOptions;
  iterations: IterationMetrics[];
  evals: EvalPoint[];
}

export const SCHEMA_MESSAGES = messages('schema', {
  twice: 'arm {name} appears twice',
  armName: 'expected an arm name: a method ({methods}), then -labels and #2.. as the page writes them',
  safeId: 'expected an id of letters, digits and : _ . # - (at most {n}), not a built-in name',
  fewest: 'expected {n} (the fewest iterations of an arm)',
});

export const MAX_TEXT = 2000;
export const MAX_ID = 200;
export const MAX_BATCHES = 1000;
export const MAX_RECORDS = 10_000;
export const MAX_TOKENS = 1000;
export const MAX_ARMS = 32;
export const MAX_ITERATIONS = 10_000;
export { BIG };

const u32 = int(0, 0xffffffff);
const count = int(0, BIG);
const share = num({ min: 0, max: 1 });
/** A metric that may have diverged (written as null). */
const metric = num({ min: -BIG, max: BIG, nullAsNaN: true });
const seconds = num({ min: 0, max: BIG });

/**
 * Arm names are looked up and used as keys, test ids and CSV columns: only the names the page itself
 * writes (`nft`, `nft#2`, `rft-labels`) are accepted, so no file can name an arm `constructor` or
 * `__proto__`.
 */
export const ARM_NAME = new RegExp(`^(${METHODS.join('|')})(-labels)?(#[1-9][0-9]?)?$`);
export const armName: Check<string> = (v, path) => {
  if (typeof v === 'string' && ARM_NAME.test(v)) return v;
  throw new SchemaError(path, msg(SCHEMA_MESSAGES.armName, { methods: METHODS.join(', ') }));
};

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9:_.#-]*$/;
/** An id (a batch's, a record's): plain characters, and never a name an object inherits. */
export const safeId =
  (max: number): Check<string> =>
  (v, path) => {
    if (typeof v === 'string' && v.length <= max && SAFE_ID.test(v) && !(v in Object.prototype)) return v;
    throw new SchemaError(path, msg(SCHEMA_MESSAGES.safeId, { n: max }));
  };

const levelKey = safeId(64);

/** Every key of T, optional ones included: a field added to T and not checked here fails the type check. */
type Every<T> = { [K in keyof Required<T>]: unknown };

export const labelRecord: Check<LabelRecord> = obj({
  id: safeId(MAX_ID),
  question: int(0, MAX_RECORDS),
  answer: int(0, MAX_RECORDS),
  prompt: str(MAX_TEXT),
  level: levelKey,
  gold: str(MAX_TEXT),
  result: num({ min: -BIG, max: BIG }),
  output: str(MAX_TEXT),
  tokens: arr(int(0, 65_535), MAX_TOKENS),
  truncated: bool,
  verifierMark: bool,
  error: oneOf(ERROR_KINDS),
  badStep: optional(int(1, MAX_TOKENS)),
  personMark: nullable(bool),
  tokenProbs: optional(arr(share, MAX_TOKENS)),
} satisfies Every<LabelRecord>);

export const labelBatch: Check<LabelBatch> = obj({
  id: safeId(MAX_ID),
  model: str(MAX_ID),
  seed: u32,
  K: int(1, 1000),
  temperature: num({ min: 0, max: 100 }),
  createdAt: str(64),
  records: arr(labelRecord, MAX_RECORDS),
} satisfies Every<LabelBatch>);

export const labelBatches: Check<LabelBatch[]> = arr(labelBatch, MAX_BATCHES);

/** One loss option's check, from the engine's spec of it (its range, ends included; no bound past BIG). */
const lossOption = (s: LossOptionSpec): Check<unknown> =>
  s.kind === 'choice' ? oneOf(s.options) : num({ min: s.range.min, max: Math.min(s.range.max, BIG) });

/** A run's loss options: exactly the engine's options (LOSS_OPTION_SPEC), each in its range. */
const lossOptions = obj(
  Object.fromEntries(LOSS_OPTION_KEYS.map((k) => [k, lossOption(LOSS_OPTION_SPEC[k])])) as {
    [K in keyof LossOptions]: Check<LossOptions[K]>;
  },
);

/** An iteration's metrics, as the metric table (formats/metrics/metricTable.ts) checks them. */
export const iterationMetrics: Check<IterationMetrics> = iterationMetricsCheck;

const levelScore = obj({ correct: count, total: count, accuracy: share });
const evalResultShape = { accuracy: share, n: count, perLevel: dict(levelKey, levelScore, 256) };

export const evalPoint: Check<EvalPoint> = obj({
  iteration: int(0, BIG),
  answersSeen: count,
  computeSeconds: seconds,
  eval: obj({
    greedy: obj(evalResultShape),
    sampled: obj({
      ...evalResultShape,
      perQuestion: arr(share, 100_000),
      allRight: share,
      allWrong: share,
      mixed: share,
    }),
    passAtK: share,
    k: int(1, 10_000),
    entropy: metric,
  }),
} satisfies Every<EvalPoint>);

export const armSeries: Check<ArmSeries> = obj({
  name: armName,
  method: oneOf(METHODS),
  loss: lossOptions,
  iterations: arr(iterationMetrics, MAX_ITERATIONS),
  evals: arr(evalPoint, MAX_ITERATIONS + 1),
} satisfies Every<ArmSeries>);

export interface RunHistories {
  /** Iterations completed by every arm (the fewest of any arm). */
  completed: number;
  arms: ArmSeries[];
}

/** Arms with distinct names; `completed` must be what the arms say. */
export const runHistories: Check<RunHistories> = (v, path) => {
  const r = obj({ completed: int(0, MAX_ITERATIONS), arms: arr(armSeries, MAX_ARMS) })(v, path);
  r.arms.forEach((a, i) => {
    if (r.arms.findIndex((b) => b.name === a.name) !== i)
      throw new SchemaError(
        `${path}.arms[${i}].name`,
        msg(SCHEMA_MESSAGES.twice, { name: JSON.stringify(a.name) }),
      );
  });
  const fewest = r.arms.length ? Math.min(...r.arms.map((a) => a.iterations.length)) : 0;
  if (r.completed !== fewest)
    throw new SchemaError(`${path}.completed`, msg(SCHEMA_MESSAGES.fewest, { n: fewest }));
  return r;
};
