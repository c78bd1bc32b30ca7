/**
 * `loss`: one JSON object on stdin -> {"loss": number, "grad": [[d loss / d logp per token]]} on stdout.
 *
 * Input: {"method", "options"?, "answers": [{"question", "correct", "logp": [...], "oldLogp": [...]}]}.
 * Omitted options take the method's defaults; r_hat and the groups come from the answers' question ids
 * and marks. Computed on the cpu backend (deterministic, float32). Bad input: one line on stderr, exit 2.
 */
import * as tf from '@tensorflow/tfjs';
import {
  type AnswerTokens,
  DEFAULT_LOSS_OPTIONS,
  type LossAndGradInput,
  type LossOptions,
  lossAndGrad,
  METHODS,
  type Method,
  resolveOptions,
  validateLossOptions,
} from '../engine/losses';
import { useBackend } from '../node/backend';
import { UsageError } from './args';
import { errorLine, quoted } from './errors';

export const MAX_TOKENS = 100_000;
/** Padded batch size (answers x longest answer) above which the input is refused. */
export const MAX_CELLS = 2_000_000;

const HELP = `usage: npm run cli -- loss < input.json
Reads {"method": ${METHODS.map((m) => `"${m}"`).join('|')}, "options": {...},
       "answers": [{"question": id, "correct": bool, "logp": [..], "oldLogp": [..]}]}
and writes {"loss": number, "grad": [[d loss / d logp per token]]}.
Options (omitted ones take the method's defaults): ${Object.keys(DEFAULT_LOSS_OPTIONS.nft).join(', ')}.`;

const STRING_OPTIONS = new Set(['weighting', 'aggregation', 'std']);

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function onlyKeys(obj: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) {
      throw new UsageError(`${where}: unknown key ${quoted(k)} (allowed: ${allowed.join(', ')})`);
    }
  }
}

function tokenArray(x: unknown, where: string): number[] {
  if (!Array.isArray(x)) throw new UsageError(`${where} must be an array of numbers`);
  x.forEach((v, t) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new UsageError(`${where}[${t}] must be a finite number, got ${quoted(v)}`);
    }
    if (v > 0) throw new UsageError(`${where}[${t}] is a log-probability and must be <= 0, got ${v}`);
  });
  return x as number[];
}

function parseOptions(x: unknown, method: Method): Partial<LossOptions> {
  if (x === undefined) return {};
  if (!isObject(x)) throw new UsageError('options must be an object');
  const keys = Object.keys(DEFAULT_LOSS_OPTIONS.nft);
  onlyKeys(x, keys, 'options');
  for (const [k, v] of Object.entries(x)) {
    const want = STRING_OPTIONS.has(k) ? 'string' : 'number';
    if (typeof v !== want || (want === 'number' && !Number.isFinite(v))) {
      throw new UsageError(`options.${k} must be a ${want === 'number' ? 'finite number' : want}`);
    }
  }
  const options = x as Partial<LossOptions>;
  const problems = validateLossOptions(resolveOptions(method, options), method);
  if (problems.length > 0) throw new UsageError(`options: ${problems.join('; ')}`);
  return options;
}

function parseAnswer(x: unknown, i: number): AnswerTokens {
  const where = `answers[${i}]`;
  if (!isObject(x)) throw new UsageError(`${where} must be an object`);
  onlyKeys(x, ['question', 'correct', 'logp', 'oldLogp'], where);
  const { question, correct } = x;
  if (!(typeof question === 'string' || (typeof question === 'number' && Number.isFinite(question)))) {
    throw new UsageError(`${where}.question must be a string or a finite number`);
  }
  if (typeof correct !== 'boolean') throw new UsageError(`${where}.correct must be true or false`);
  const logp = tokenArray(x.logp, `${where}.logp`);
  const oldLogp = tokenArray(x.oldLogp, `${where}.oldLogp`);
  if (logp.length !== oldLogp.length) {
    throw new UsageError(`${where}: logp has ${logp.length} tokens but oldLogp has ${oldLogp.length}`);
  }
  if (logp.length === 0) throw new UsageError(`${where} has no tokens`);
  return { question, correct, logp, oldLogp };
}

/** Checks the whole input; throws a UsageError with a one-line message on the first problem. */
export function parseLossInput(text: string): LossAndGradInput {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`input is not JSON: ${errorLine(e)}`);
  }
  if (!isObject(json)) throw new UsageError('input must be a JSON object');
  onlyKeys(json, ['method', 'options', 'answers'], 'input');
  const method = json.method;
  if (typeof method !== 'string' || !(METHODS as readonly string[]).includes(method)) {
    throw new UsageError(`method must be one of ${METHODS.join(', ')}, got ${quoted(method)}`);
  }
  const options = parseOptions(json.options, method as Method);
  if (!Array.isArray(json.answers)) throw new UsageError('answers must be an array');
  if (json.answers.length === 0) throw new UsageError('answers is empty');
  let tokens = 0;
  let longest = 0;
  const answers = json.answers.map((a, i) => {
    const ans = parseAnswer(a, i);
    tokens += ans.logp.length;
    longest = Math.max(longest, ans.logp.length);
    if (tokens > MAX_TOKENS) throw new UsageError(`more than ${MAX_TOKENS} tokens in all`);
    return ans;
  });
  if (answers.length * longest > MAX_CELLS) {
    throw new UsageError(
      `${answers.length} answers padded to ${longest} tokens exceed ${MAX_CELLS} cells; split the input`,
    );
  }
  return { method: method as Method, options, answers };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function lossCommand(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  if (argv.length > 0) throw new UsageError(`takes no arguments (JSON on stdin), got ${argv.join(' ')}`);
  const input = parseLossInput(await readStdin());
  tf.env().set('PROD', true); // no tfjs banner on stderr: stderr is for problems only
  await useBackend('cpu');
  const out = lossAndGrad(input);
  if (!Number.isFinite(out.loss) || out.grad.some((g) => g.some((v) => !Number.isFinite(v)))) {
    throw new Error('the loss or its gradient is not finite');
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}
