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
 * On WebGPU (an optimizer built while WebGPU runs) the moments of every GROUP (5) variables live in one
 * [n, 2] tensor and a step is the fused kernels of src/engine/kernels: the global norm in
 * ceil(vars / 6) dispatches, then per group one in-place dispatch per 3 variables for moments and weights
 * together (adamInPlace.ts), or, where a buffer is shared (a variable's first step), one for the moments
 * and one per variable for its weights; the step's constants in uniforms. A variable without a gradient in a step keeps its weights, and its
 * moments decay as with a zero gradient. Elsewhere it is tfjs ops on separate m and v, as before.
 */
import * as tf from '@tensorflow/tfjs';
import { adamInPlace, IN_PLACE, type InPlaceVar, inPlaceReady } from '../kernels/adamInPlace';
import { ADAM_MOMENTS, adamApply, adamMoments, GROUP } from '../kernels/adamw';
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

/** The moments of up to GROUP variables, one after another: variable j's start at offsets[j]. */
interface MomentGroup {
  names: string[];
  offsets: number[];
  mv: tf.Variable;
}

function momentGroups(params: Map<string, tf.Variable>): MomentGroup[] {
  const names = [...params.keys()];
  const groups: MomentGroup[] = [];
  for (let i = 0; i < names.length; i += GROUP) {
    const mine = names.slice(i, i + GROUP);
    const sizes = mine.map((n) => params.get(n)?.size ?? 0);
    const offsets = sizes.map((_, j) => sizes.slice(0, j).reduce((a, b) => a + b, 0));
    const total = sizes.reduce((a, b) => a + b, 0);
    // tidy disposes the zeros; the variable (which copies them) survives it.
    groups.push({ names: mine, offsets, mv: tf.tidy(() => tf.variable(tf.zeros([total, 2]), false)) });
  }
  return groups;
}

export class AdamW {
  private readonly m = new Map<string, tf.Variable>();
  private readonly v = new Map<string, tf.Variable>();
  /** WebGPU's layout: [n, 2] moments (m, v interleaved) per group of variables; empty otherwise. */
  private groups: MomentGroup[] = [];
  private t = 0;
  /** Groups updated in place so far (tests check that the in-place path runs). */
  inPlaceGroups = 0;
  readonly opts: Required<AdamWOptions>;

  constructor(
    private readonly params: Map<string, tf.Variable>,
    opts: AdamWOptions,
  ) {
    this.opts = { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, warmupSteps: 0, clipNorm: 0, ...opts };
    if (fusedOn(ADAM_MOMENTS)) {
      this.groups = momentGroups(params);
      return;
    }
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
    if (this.groups.length > 0) return this.applyPacked(grads, lr, c1, c2);
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

  /** The fused step (see the top of the file): same formulas, moments packed per group. */
  private applyPacked(grads: tf.NamedTensorMap, lr: number, c1: number, c2: number): tf.Scalar {
    const { beta1, beta2, eps, clipNorm } = this.opts;
    for (const name of Object.keys(grads))
      if (!this.params.has(name)) throw new Error(`optimizer: unknown parameter ${name}`);
    return tf.tidy(() => {
      const norm = globalNorm(Object.values(grads));
      for (const grp of this.groups) {
        if (this.applyInPlace(grp, grads, norm, { beta1, beta2, clipNorm, lr, c1, c2, eps })) continue;
        const gs = grp.names.map((n) => grads[n] ?? tf.zerosLike(this.param(n)));
        grp.mv.assign(adamMoments(grp.mv as tf.Tensor2D, gs, norm, { beta1, beta2, clipNorm }));
        grp.names.forEach((name, j) => {
          if (!grads[name]) return;
          const p = this.param(name);
          const wd = this.decayOf(name, p);
          p.assign(
            adamApply(grp.mv as tf.Tensor2D, grp.offsets[j], p as tf.Tensor, {
              lr,
              c1,
              c2,
              eps,
              weightDecay: wd,
            }),
          );
        });
      }
      return norm.reshape([]) as tf.Scalar;
    });
  }

  /**
   * A group's whole step in place (kernels/adamInPlace.ts: moments and weights of IN_PLACE variables per
   * dispatch) when every variable has a gradient and nothing else holds their buffers; else false, and
   * the group takes the two-kernel path.
   */
  private applyInPlace(
    grp: MomentGroup,
    grads: tf.NamedTensorMap,
    norm: tf.Tensor,
    step: Parameters<typeof adamInPlace>[3],
  ): boolean {
    const vars: InPlaceVar[] = [];
    for (const [j, name] of grp.names.entries()) {
      const grad = grads[name];
      if (!grad) return false;
      const param = this.param(name);
      vars.push({ param, grad, weightDecay: this.decayOf(name, param), offset: grp.offsets[j] });
    }
    if (!inPlaceReady(grp.mv, vars)) return false;
    for (let i = 0; i < vars.length; i += IN_PLACE)
      if (!adamInPlace(grp.mv, vars.slice(i, i + IN_PLACE), norm, step))
        throw new Error('optimizer: an in-place AdamW dispatch failed after its group was found ready');
    this.inPlaceGroups++;
    return true;
  }

  /** Decoupled weight decay of a variable: matrices only, not positions. */
  private decayOf(name: string, p: tf.Variable): number {
    return this.opts.weightDecay > 0 && p.rank === 2 && name !== 'wpe' ? this.opts.weightDecay : 0;
  }

  private param(name: string): tf.Variable {
    const p = this.params.get(name);
    if (!p) throw new Error(`optimizer: unknown parameter ${name}`);
    return p;
  }

  /** Moments and step count as plain arrays (experiment snapshots), whatever the layout. */
  async exportState(): Promise<AdamWState> {
    const read = async (vars: Map<string, tf.Variable>) => {
      const out: Record<string, Float32Array> = {};
      for (const [name, x] of vars) out[name] = ((await x.data()) as Float32Array).slice();
      return out;
    };
    if (this.groups.length === 0) return { t: this.t, m: await read(this.m), v: await read(this.v) };
    const m: Record<string, Float32Array> = {};
    const v: Record<string, Float32Array> = {};
    for (const grp of this.groups) {
      const both = (await grp.mv.data()) as Float32Array;
      grp.names.forEach((name, j) => {
        const n = this.param(name).size;
        m[name] = new Float32Array(n);
        v[name] = new Float32Array(n);
        for (let i = 0; i < n; i++) {
          m[name][i] = both[2 * (grp.offsets[j] + i)];
          v[name][i] = both[2 * (grp.offsets[j] + i) + 1];
        }
      });
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
    for (const grp of this.groups) {
      const both = new Float32Array(grp.mv.size);
      grp.names.forEach((name, j) => {
        const m = state.m[name];
        const v = state.v[name];
        const n = this.param(name).size;
        if (!(m instanceof Float32Array) || !(v instanceof Float32Array) || m.length !== n || v.length !== n)
          throw new Error(`optimizer m.${name} / v.${name}: missing from the snapshot or not ${n} values`);
        for (let i = 0; i < n; i++) {
          both[2 * (grp.offsets[j] + i)] = m[i];
          both[2 * (grp.offsets[j] + i) + 1] = v[i];
        }
      });
      assignValues(grp.mv, both, `optimizer moments of ${grp.names.join(', ')}`);
    }
    this.t = state.t;
  }

  dispose(): void {
    for (const x of [...this.m.values(), ...this.v.values(), ...this.groups.map((g) => g.mv)]) x.dispose();
    this.m.clear();
    this.v.clear();
    this.groups = [];
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
