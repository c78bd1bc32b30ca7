/**
 * Labelled answers as a dataset verl reads: one row per labelled answer, as Parquet or JSONL. Plain
 * builders (no DOM, no file system), shared by the page and the CLI.
 *
 * The layout is verl's RL layout for math datasets, as written by verl's own
 * examples/data_preprocess/gsm8k.py and read by verl/utils/dataset/rl_dataset.py (volcengine/verl):
 *   data_source   string; verl's reward dispatch (verl/utils/reward_score/__init__.py) keys on it, and an
 *                 unknown one needs custom_reward_function.path (verl/trainer/config/ppo_trainer.yaml)
 *   prompt        list of {role: 'user', content} (data.prompt_key, default 'prompt')
 *   ability       'math'
 *   reward_model  {style: 'rule', ground_truth}: the gold final result, as a string
 *   extra_info    struct; rl_dataset.py reads extra_info.index. gsm8k.py also keeps `question` and `answer`
 *                 there, and verl's SFT scripts (examples/sft/gsm8k/*.sh, verl/utils/dataset/sft_dataset.py)
 *                 train on data.prompt_key=extra_info +data.prompt_dict_keys=['question'] and
 *                 data.response_key=extra_info +data.response_dict_keys=['answer'].
 * Unlike gsm8k.py, where extra_info.answer is the reference solution, here `answer` is the model's
 * labelled answer (so SFT on the rows marked right is RFT) and the reference solution is `gold`. The marks:
 * `mark` is the one training uses (effectiveMark: the person's if given, else the verifier's),
 * `verifier_mark` and `person_mark` (null when the person gave none) are both kept.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ErrorKind } from '../tasks/verify';
import { effectiveMark, type LabelBatch } from './record';

export const VERL_DATA_SOURCE = 'nft-playground/arithmetic';

export interface VerlExtraInfo {
  split: 'train';
  /** The row's position in the file (verl's RLHFDataset reads extra_info.index). */
  index: number;
  /** The question as the model saw it (SFT: +data.prompt_dict_keys=['question']). */
  question: string;
  /** The model's labelled answer (SFT: +data.response_dict_keys=['answer']). */
  answer: string;
  /** The reference (gold) worked solution. */
  gold: string;
  level: string;
  /** The mark training uses: the person's when given, else the verifier's. */
  mark: boolean;
  verifier_mark: boolean;
  person_mark: boolean | null;
  /** How the verifier says the answer is wrong ('none' when right). */
  error: ErrorKind;
  bad_step: number | null;
  truncated: boolean;
  /** Which model produced the answer, the batch, the record, and how it was sampled. */
  model: string;
  batch_id: string;
  record_id: string;
  question_index: number;
  answer_index: number;
  sample_seed: number;
  temperature: number;
}

export interface VerlRow {
  data_source: string;
  prompt: { role: 'user'; content: string }[];
  ability: 'math';
  reward_model: { style: 'rule'; ground_truth: string };
  extra_info: VerlExtraInfo;
}

/** One row per record of every batch, in order (batch by batch, question by question). */
export function verlRows(batches: readonly LabelBatch[]): VerlRow[] {
  const rows: VerlRow[] = [];
  for (const b of batches)
    for (const r of b.records)
      rows.push({
        data_source: VERL_DATA_SOURCE,
        prompt: [{ role: 'user', content: r.prompt }],
        ability: 'math',
        reward_model: { style: 'rule', ground_truth: String(r.result) },
        extra_info: {
          split: 'train',
          index: rows.length,
          question: r.prompt,
          answer: r.output,
          gold: r.gold,
          level: r.level,
          mark: effectiveMark(r),
          verifier_mark: r.verifierMark,
          person_mark: r.personMark,
          error: r.error,
          bad_step: r.badStep ?? null,
          truncated: r.truncated,
          model: b.model,
          batch_id: b.id,
          record_id: r.id,
          question_index: r.question,
          answer_index: r.answer,
          sample_seed: b.seed,
          temperature: b.temperature,
        },
      });
  return rows;
}

/** JSON Lines: one row per line, LF-terminated (what `datasets.load_dataset('json', ...)` reads). */
export function verlJsonl(rows: readonly VerlRow[]): string {
  return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
}

type Leaf = 'STRING' | 'BOOLEAN' | 'INT64' | 'DOUBLE';

/** extra_info's fields and their Parquet types, in the struct's order. */
const EXTRA_INFO: readonly [keyof VerlExtraInfo, Leaf][] = [
  ['split', 'STRING'],
  ['index', 'INT64'],
  ['question', 'STRING'],
  ['answer', 'STRING'],
  ['gold', 'STRING'],
  ['level', 'STRING'],
  ['mark', 'BOOLEAN'],
  ['verifier_mark', 'BOOLEAN'],
  ['person_mark', 'BOOLEAN'],
  ['error', 'STRING'],
  ['bad_step', 'INT64'],
  ['truncated', 'BOOLEAN'],
  ['model', 'STRING'],
  ['batch_id', 'STRING'],
  ['record_id', 'STRING'],
  ['question_index', 'INT64'],
  ['answer_index', 'INT64'],
  ['sample_seed', 'INT64'],
  ['temperature', 'DOUBLE'],
];

function leaf(name: string, type: Leaf) {
  const opt = 'OPTIONAL' as const;
  if (type === 'STRING')
    return { name, type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const, repetition_type: opt };
  return { name, type, repetition_type: opt };
}

/**
 * The Parquet schema pandas/pyarrow write for these rows (what `datasets` shows as
 * prompt: list<struct<role, content>>, reward_model: struct, extra_info: struct): strings as UTF8 byte
 * arrays, the list in the standard three-level LIST form, every field optional (nullable).
 */
function verlSchema() {
  const group = (name: string, n: number) => ({
    name,
    repetition_type: 'OPTIONAL' as const,
    num_children: n,
  });
  return [
    { name: 'schema', num_children: 5 },
    leaf('data_source', 'STRING'),
    {
      name: 'prompt',
      repetition_type: 'OPTIONAL' as const,
      converted_type: 'LIST' as const,
      num_children: 1,
    },
    { name: 'list', repetition_type: 'REPEATED' as const, num_children: 1 },
    group('element', 2),
    leaf('role', 'STRING'),
    leaf('content', 'STRING'),
    leaf('ability', 'STRING'),
    group('reward_model', 2),
    leaf('style', 'STRING'),
    leaf('ground_truth', 'STRING'),
    group('extra_info', EXTRA_INFO.length),
    ...EXTRA_INFO.map(([name, type]) => leaf(name, type)),
  ];
}

/** Integers as INT64 (BigInt for the writer); null stays null. */
function extraInfoForParquet(e: VerlExtraInfo): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, type] of EXTRA_INFO) {
    const v = e[name];
    out[name] = type === 'INT64' && typeof v === 'number' ? BigInt(v) : v;
  }
  return out;
}

/** The rows as one Parquet file (snappy-compressed, one row group per 100,000 rows). */
export function verlParquet(rows: readonly VerlRow[]): ArrayBuffer {
  if (rows.length === 0) throw new Error('no labelled answers to export');
  return parquetWriteBuffer({
    columnData: [
      { name: 'data_source', data: rows.map((r) => r.data_source) },
      { name: 'prompt', data: rows.map((r) => r.prompt) },
      { name: 'ability', data: rows.map((r) => r.ability) },
      { name: 'reward_model', data: rows.map((r) => r.reward_model) },
      { name: 'extra_info', data: rows.map((r) => extraInfoForParquet(r.extra_info)) },
    ],
    schema: verlSchema(),
    rowGroupSize: 100_000,
    createdBy: 'nft-playground',
  });
}
