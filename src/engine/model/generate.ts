/**
 * Batched answer generation: greedy (temperature 0) or sampled at a temperature, with or without the
 * key/value cache.
 *
 * Prompts are left-padded to a common length P; each row's positions start at 0 at its first real
 * token and a key bias hides the padding. With the cache, the prompt is run once (prefill) and then
 * each new token costs one position (decodeStep); without it, every step re-runs the whole prefix
 * (kept as the reference the cache is tested and benchmarked against).
 *
 * Token choice happens in JavaScript from the logits of each step (one read-back per step, needed to
 * stop at EOS anyway), with one seeded stream per row: the same seed gives the same answers.
 */
import * as tf from '@tensorflow/tfjs';
import { createRng } from '../rng';
import { decode, EOS, encode, PAD } from '../tokenizer';
import { decodeGpuOn, prepareDecodeWeights } from './decodeGpu';
import { decodeStep, forward, type Gpt, type LayerCache, MASKED } from './gpt';

export interface GenerateOptions {
  /** 0 = greedy; otherwise sample from softmax(logits / temperature). */
  temperature: number;
  seed: number;
  /**
   * Row b's random stream is createRng(seed).fork(b) unless this says otherwise: [seed, fork label] of
   * row b (several chunks' rows in one call, each row with the stream it had in its own chunk).
   */
  rowSeed?: (b: number) => [number, number];
  /** Cap on answer length (EOS included); default: as many as the context allows. */
  maxNewTokens?: number;
  /** Use the key/value cache (default true). */
  useCache?: boolean;
  /** Keep every step's logits (tests compare cached with uncached). */
  recordLogits?: boolean;
  /** Awaited before each token step: may wait (a pause) or throw to stop generating (a deadline). */
  beforeToken?: () => Promise<void>;
}

export interface Generation {
  prompt: string;
  /** Decoded answer, up to (not including) EOS. */
  text: string;
  /** Answer token ids, EOS included when produced. */
  tokens: number[];
  /** True when the answer hit the length cap without EOS. */
  truncated: boolean;
  /** Probability of each chosen token under the model (temperature 1). */
  tokenProbs: number[];
  /** Logits at each step, only with recordLogits. */
  logits?: Float32Array[];
}

/** Softmax of one row (float64), optionally at a temperature. */
function softmaxRow(row: Float32Array, temperature: number): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of row) max = Math.max(max, v);
  const p = new Float64Array(row.length);
  let z = 0;
  for (let i = 0; i < row.length; i++) {
    p[i] = Math.exp((row[i] - max) / temperature);
    z += p[i];
  }
  for (let i = 0; i < row.length; i++) p[i] /= z;
  return p;
}

function chooseToken(row: Float32Array, temperature: number, u: number): number {
  if (temperature <= 0) {
    let best = 0;
    for (let i = 1; i < row.length; i++) if (row[i] > row[best]) best = i;
    return best;
  }
  const p = softmaxRow(row, temperature);
  let acc = 0;
  for (let i = 0; i < p.length; i++) {
    acc += p[i];
    if (u < acc && i !== PAD) return i;
  }
  return EOS; // u beyond the rounding of the total: stop the answer
}

interface Stepper {
  /** Logits [B, V] for the next token of every row. */
  first(): tf.Tensor2D;
  next(tokens: Int32Array, step: number): tf.Tensor2D;
  dispose(): void;
}

function makeStepper(model: Gpt, rows: number[][], P: number, useCache: boolean): Stepper {
  const B = rows.length;
  const pads = rows.map((r) => P - r.length);
  const seq: number[][] = rows.map((r, b) => [...new Array(pads[b]).fill(PAD), ...r]);
  const positions = () => seq.map((s, b) => s.map((_, j) => Math.max(0, j - pads[b])));
  const bias = () => seq.map((s, b) => s.map((_, j) => (j < pads[b] ? MASKED : 0)));
  const full = (withCache: boolean) => {
    const L = seq[0].length;
    return forward(model, tf.tensor2d(seq, [B, L], 'int32'), {
      positions: tf.tensor2d(positions(), [B, L], 'int32'),
      keyBias: tf.tensor2d(bias(), [B, L]),
      withCache,
    });
  };
  const lastRows = (logits: tf.Tensor2D) => {
    const L = seq[0].length;
    const V = logits.shape[1];
    return logits
      .reshape([B, L, V])
      .slice([0, L - 1, 0], [B, 1, V])
      .reshape([B, V]) as tf.Tensor2D;
  };
  let cache: LayerCache[] = [];
  // WebGPU: q, k and v's weights concatenated once for every decode step of this call
  const prepared = useCache && decodeGpuOn() ? prepareDecodeWeights(model) : undefined;
  const keep = (c: LayerCache[]) => {
    for (const l of cache) tf.dispose([l.k, l.v]);
    cache = c;
    for (const l of c) {
      tf.keep(l.k);
      tf.keep(l.v);
    }
  };
  return {
    first: () =>
      tf.tidy(() => {
        const out = full(useCache);
        if (useCache) keep(out.cache);
        return lastRows(out.logits);
      }),
    next: (tokens, step) =>
      tf.tidy(() => {
        seq.forEach((s, b) => {
          s.push(tokens[b]);
        });
        if (!useCache) return lastRows(full(false).logits);
        const pos = rows.map((r) => Math.min(r.length + step, model.config.contextLength - 1));
        const out = decodeStep(
          model,
          tf.tensor1d(tokens, 'int32'),
          tf.tensor1d(pos, 'int32'),
          tf.tensor2d(bias(), [B, seq[0].length]),
          cache,
          prepared,
        );
        keep(out.cache);
        return out.logits;
      }),
    dispose: () => {
      keep([]);
      prepared?.dispose();
    },
  };
}

export async function generate(model: Gpt, prompts: string[], opts: GenerateOptions): Promise<Generation[]> {
  if (prompts.length === 0) return [];
  const rows = prompts.map(encode);
  const P = Math.max(...rows.map((r) => r.length));
  const room = model.config.contextLength - P;
  if (room < 1) throw new Error(`prompt of ${P} tokens leaves no room in the context`);
  const maxNew = Math.min(opts.maxNewTokens ?? room, room);
  const rowSeed = opts.rowSeed ?? ((b: number) => [opts.seed, b]);
  const rngs = prompts.map((_, b) => {
    const [seed, label] = rowSeed(b);
    return createRng(seed).fork(label);
  });
  const out: Generation[] = prompts.map((prompt) => ({
    prompt,
    text: '',
    tokens: [],
    truncated: false,
    tokenProbs: [],
  }));
  if (opts.recordLogits) for (const g of out) g.logits = [];
  const done = new Array<boolean>(prompts.length).fill(false);
  const stepper = makeStepper(model, rows, P, opts.useCache ?? true);
  try {
    let logits = stepper.first();
    for (let step = 0; step < maxNew; step++) {
      const data = (await logits.data()) as Float32Array;
      logits.dispose();
      if (opts.beforeToken) await opts.beforeToken();
      const V = model.config.vocabSize;
      const chosen = new Int32Array(prompts.length).fill(EOS);
      out.forEach((g, b) => {
        if (done[b]) return;
        const row = data.subarray(b * V, (b + 1) * V);
        if (g.logits) g.logits.push(row.slice());
        const tok = chooseToken(row, opts.temperature, rngs[b].next());
        chosen[b] = tok;
        g.tokens.push(tok);
        g.tokenProbs.push(softmaxRow(row, 1)[tok]);
        if (tok === EOS) done[b] = true;
      });
      if (done.every(Boolean) || step === maxNew - 1) break;
      logits = stepper.next(chosen, step);
    }
  } finally {
    stepper.dispose();
  }
  for (const g of out) {
    g.truncated = g.tokens[g.tokens.length - 1] !== EOS;
    g.text = decode(g.tokens);
  }
  return out;
}
