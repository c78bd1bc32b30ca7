/**
 * AdamW with warm-up and global gradient-norm clipping, on tf.Variables.
 *
 *   g <- g * min(1, clip / ||g||)                         (global norm over all parameters)
 *   m <- b1 m + (1 - b1) g;   v <- b2 v + (1 - b2) g^2
 *   w <- w - lr_t * ( m / (1 - b1^t) / (sqrt(v / (1 - b2^t)) + eps) + wd * w )
 *   lr_t = lr * min(1, t / warmup)
 * Weight decay (decoupled) applies to matrices only, not to biases, LayerNorm gains or positions.
 * The norm stays a tensor: nothing is read back to the CPU inside a step.
 */
import * as tf from '@tensorflow/tfjs';

export interface AdamWOptions {
  lr: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
  weightDecay?: number;
  warmupSteps?: number;
  /** Max global gradient norm; 0 or undefined = no clipping. */
  clipNorm?: number;
}

export interface AdamWState {
  t: number;
  m: Record<string, Float32Array>;
  v: Record<string, Float32Array>;
}

/** x <- values, after checking the length (a snapshot from another model must not load silently). */
export function assignValues(x: tf.Variable, values: Float32Array | undefined, what: string): void {
  if (!(values instanceof Float32Array)) throw new Error(`${what}: missing from the snapshot`);
  if (values.length !== x.size) throw new Error(`${what}: ${values.length} values, expected ${x.size}`);
  tf.tidy(() => x.assign(tf.tensor(values, x.shape, 'float32')));
}

export class AdamW {
  private readonly m = new Map<string, tf.Variable>();
  private readonly v = new Map<string, tf.Variable>();
  private t = 0;
  readonly opts: Required<AdamWOptions>;

  constructor(
    private readonly params: Map<string, tf.Variable>,
    opts: AdamWOptions,
  ) {
    this.opts = { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, warmupSteps: 0, clipNorm: 0, ...opts };
    for (const [name, p] of params) {
      // tidy disposes the zeros; the variables (which copy them) survive it.
      this.m.set(
        name,
        tf.tidy(() => tf.variable(tf.zerosLike(p), false)),
      );
      this.v.set(
        name,
        tf.tidy(() => tf.variable(tf.zerosLike(p), false)),
      );
    }
  }

  get step(): number {
    return this.t;
  }

  /** Learning rate of the next step (after warm-up scaling). */
  currentLr(): number {
    const w = this.opts.warmupSteps;
    return w > 0 ? this.opts.lr * Math.min(1, (this.t + 1) / w) : this.opts.lr;
  }

  /** Applies one update; returns the global gradient norm before clipping (caller disposes). */
  apply(grads: tf.NamedTensorMap): tf.Scalar {
    const { beta1: b1, beta2: b2, eps, weightDecay, clipNorm } = this.opts;
    const lr = this.currentLr();
    this.t += 1;
    const c1 = 1 - b1 ** this.t;
    const c2 = 1 - b2 ** this.t;
    return tf.tidy(() => {
      const names = Object.keys(grads);
      // A chain of two-input adds, not tf.addN: on WebGPU addN binds one storage buffer per input and
      // fails past the device's limit (8 on SwiftShader), which silently corrupts the whole update.
      const squares = names.map((n) => tf.sum(tf.square(grads[n])));
      const norm = tf.sqrt(squares.reduce((a, b) => tf.add(a, b))) as tf.Scalar;
      const scale = clipNorm > 0 ? tf.minimum(1, tf.div(clipNorm, tf.add(norm, 1e-6))) : tf.scalar(1);
      for (const name of names) {
        const p = this.params.get(name);
        const m = this.m.get(name);
        const v = this.v.get(name);
        if (!p || !m || !v) throw new Error(`optimizer: unknown parameter ${name}`);
        const g = tf.mul(grads[name], scale);
        m.assign(tf.add(tf.mul(m, b1), tf.mul(g, 1 - b1)));
        v.assign(tf.add(tf.mul(v, b2), tf.mul(tf.square(g), 1 - b2)));
        let upd = tf.div(tf.div(m, c1), tf.add(tf.sqrt(tf.div(v, c2)), eps));
        if (weightDecay > 0 && p.rank === 2 && name !== 'wpe') upd = tf.add(upd, tf.mul(p, weightDecay));
        p.assign(tf.sub(p, tf.mul(upd, lr)));
      }
      return norm;
    });
  }

  /** Moments and step count as plain arrays (experiment snapshots). */
  async exportState(): Promise<AdamWState> {
    const read = async (vars: Map<string, tf.Variable>) => {
      const out: Record<string, Float32Array> = {};
      for (const [name, x] of vars) out[name] = ((await x.data()) as Float32Array).slice();
      return out;
    };
    return { t: this.t, m: await read(this.m), v: await read(this.v) };
  }

  /** Restores exportState()'s output; throws on a missing or misshapen moment. */
  loadState(state: AdamWState): void {
    if (!Number.isInteger(state.t) || state.t < 0) throw new Error(`optimizer state: bad step ${state.t}`);
    for (const [kind, vars, values] of [
      ['m', this.m, state.m],
      ['v', this.v, state.v],
    ] as const) {
      for (const [name, x] of vars) assignValues(x, values[name], `optimizer ${kind}.${name}`);
    }
    this.t = state.t;
  }

  dispose(): void {
    for (const x of [...this.m.values(), ...this.v.values()]) x.dispose();
    this.m.clear();
    this.v.clear();
  }
}

/**
 * One optimisation step of `lossFn` over the model's variables. Returns loss and gradient norm as
 * scalars still on the backend (read them every few steps with await data(); dispose after).
 */
export function trainStep(
  params: Map<string, tf.Variable>,
  opt: AdamW,
  lossFn: () => tf.Scalar,
): { loss: tf.Scalar; gradNorm: tf.Scalar } {
  const vars = [...params.values()];
  const { value, grads } = tf.variableGrads(lossFn, vars);
  const byName: tf.NamedTensorMap = {};
  for (const [name, p] of params) {
    const g = grads[p.name];
    if (g) byName[name] = g;
  }
  const gradNorm = opt.apply(byName);
  tf.dispose(grads);
  return { loss: value, gradNorm };
}
