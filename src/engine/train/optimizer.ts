/**
 * AdamW with warm-up and global gradient-norm clipping, on tf.Variables.
 *
 *   g <- g * min(1, clip / ||g||)                         (global norm over all parameters)
 *   m <- b1 m + (1 - b1) g;   v <- b2 v + (1 - b2) g^2
 *   w <- w - lr_t * ( m / (1 - b1^t) / (sqrt(v / (1 - b2^t)) + eps) + wd * w )
 *   lr_t = lr * min(1, t / warmup)
 * Weight decay (decoupled) applies to matrices only, not to biases, LayerNorm gains or positions.
 * The norm stays a tensor: nothing is read back to the CPU inside a step.
 *
 * On WebGPU (an optimizer built while WebGPU runs) each variable's moments live in one [n, 2] tensor
 * and a step is the fused kernels of src/engine/kernels: the global norm in ceil(vars / 6) dispatches,
 * then two per variable (moments, weights), with the step's constants in uniforms. Elsewhere it is
 * tfjs ops on separate m and v, as before.
 */
import * as tf from '@tensorflow/tfjs';
import { ADAM_MOMENTS, adamApply, adamMoments } from '../kernels/adamw';
import { globalNorm } from '../kernels/sumSquares';
import { fusedOn } from '../kernels/webgpu';

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
  /** WebGPU's layout: [n, 2] moments (m, v interleaved) per variable; empty otherwise. */
  private readonly mv = new Map<string, tf.Variable>();
  private t = 0;
  readonly opts: Required<AdamWOptions>;

  constructor(
    private readonly params: Map<string, tf.Variable>,
    opts: AdamWOptions,
  ) {
    this.opts = { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, warmupSteps: 0, clipNorm: 0, ...opts };
    const packed = fusedOn(ADAM_MOMENTS);
    for (const [name, p] of params) {
      // tidy disposes the zeros; the variables (which copy them) survive it.
      if (packed) {
        this.mv.set(
          name,
          tf.tidy(() => tf.variable(tf.zeros([p.size, 2]), false)),
        );
        continue;
      }
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
    if (this.mv.size > 0) return this.applyPacked(grads, lr, c1, c2);
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

  /** The fused step (see the top of the file): same formulas, moments packed per variable. */
  private applyPacked(grads: tf.NamedTensorMap, lr: number, c1: number, c2: number): tf.Scalar {
    const { beta1, beta2, eps, weightDecay, clipNorm } = this.opts;
    return tf.tidy(() => {
      const names = Object.keys(grads);
      const norm = globalNorm(names.map((n) => grads[n]));
      for (const name of names) {
        const p = this.params.get(name);
        const mv = this.mv.get(name);
        if (!p || !mv) throw new Error(`optimizer: unknown parameter ${name}`);
        mv.assign(adamMoments(mv as tf.Tensor2D, grads[name], norm, { beta1, beta2, clipNorm }));
        const wd = weightDecay > 0 && p.rank === 2 && name !== 'wpe' ? weightDecay : 0;
        p.assign(adamApply(mv as tf.Tensor2D, p as tf.Tensor, { lr, c1, c2, eps, weightDecay: wd }));
      }
      return norm.reshape([]) as tf.Scalar;
    });
  }

  /** Moments and step count as plain arrays (experiment snapshots), whatever the layout. */
  async exportState(): Promise<AdamWState> {
    const read = async (vars: Map<string, tf.Variable>) => {
      const out: Record<string, Float32Array> = {};
      for (const [name, x] of vars) out[name] = ((await x.data()) as Float32Array).slice();
      return out;
    };
    if (this.mv.size === 0) return { t: this.t, m: await read(this.m), v: await read(this.v) };
    const m: Record<string, Float32Array> = {};
    const v: Record<string, Float32Array> = {};
    for (const [name, both] of Object.entries(await read(this.mv))) {
      m[name] = new Float32Array(both.length / 2);
      v[name] = new Float32Array(both.length / 2);
      for (let i = 0; i < both.length / 2; i++) {
        m[name][i] = both[2 * i];
        v[name][i] = both[2 * i + 1];
      }
    }
    return { t: this.t, m, v };
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
    for (const [name, x] of this.mv) {
      const m = state.m[name];
      const v = state.v[name];
      if (!(m instanceof Float32Array) || !(v instanceof Float32Array) || m.length !== v.length)
        throw new Error(`optimizer m.${name} / v.${name}: missing from the snapshot or of different lengths`);
      const both = new Float32Array(2 * m.length);
      for (let i = 0; i < m.length; i++) {
        both[2 * i] = m[i];
        both[2 * i + 1] = v[i];
      }
      assignValues(x, both, `optimizer m.${name} / v.${name}`);
    }
    this.t = state.t;
  }

  dispose(): void {
    for (const x of [...this.m.values(), ...this.v.values(), ...this.mv.values()]) x.dispose();
    this.m.clear();
    this.v.clear();
    this.mv.clear();
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
