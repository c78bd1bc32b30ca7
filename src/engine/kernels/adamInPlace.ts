/**
 * AdamW's whole step for up to IN_PLACE variables in ONE WebGPU dispatch, written in place:
 *
 *   g' = g s,  s = min(1, clip / (norm + 1e-6))                (global-norm clipping; s = 1 without)
 *   [m, v] <- [b1 m + (1 - b1) g',  b2 v + (1 - b2) g'^2]       (the group's moments tensor, in place)
 *   p <- p - lr ((m / c1) / (sqrt(v / c2) + eps) + wd p)        (each variable's own buffer, in place)
 *
 * The same formulas as adamw.ts's two kernels (moments per group, then one dispatch per variable), in one
 * thread per weight. A tfjs program has one output, so this is a dispatch of our own: a WGSL pipeline
 * whose weight and moment bindings are read_write, recorded into tfjs-backend-webgpu's open compute pass
 * (its command encoder, its uniform buffers, its submit batching) so that it runs in order with every
 * tfjs dispatch around it. Writing a tensor in place is only safe when nothing else holds its buffer:
 * `adamInPlace` returns false, and does nothing, unless each variable and the moments are the only
 * tensor on their data (backend refCount 1), every variable has a gradient, and the backend is the one
 * whose internals this was written against; the optimizer then takes the two-kernel path.
 *
 * Bindings: norm, moments, then (gradient, weights) per variable, then the uniforms: 2 + 2 x 3 = 8 storage
 * buffers, SwiftShader's limit per shader stage.
 */
import * as tf from '@tensorflow/tfjs';
import { ADAM_MOMENTS } from './adamw';
import { fusedOn } from './webgpu';

/** Variables per in-place dispatch. */
export const IN_PLACE = 3;
const WORKGROUP = 64;
const MAX_WORKGROUPS = 65535;

export interface InPlaceStep {
  beta1: number;
  beta2: number;
  /** Max global norm; 0 = no clipping. */
  clipNorm: number;
  lr: number;
  /** Bias corrections 1 - beta1^t and 1 - beta2^t. */
  c1: number;
  c2: number;
  eps: number;
}

/** One variable of a dispatch: its weights, its gradient, its decay and where its moments start. */
export interface InPlaceVar {
  param: tf.Variable;
  grad: tf.Tensor;
  weightDecay: number;
  /** Index of its first element in the moments tensor [n, 2]. */
  offset: number;
}

/** The parts of tfjs-backend-webgpu's WebGPUBackend this dispatch uses (4.x). */
interface Backend {
  device: GPUDevice;
  tensorMap: { get(dataId: object): { resource: unknown; values: unknown; refCount: number } | undefined };
  commandEncoder: GPUCommandEncoder | null;
  computePassEncoder: GPUComputePassEncoder | null;
  dispatchCountInPass: number;
  commandQueueOwnedIds: WeakSet<object>;
  activeTimers: unknown;
  uploadToGPU(dataId: object): void;
  makeUniforms(u: { type: 'float32' | 'int32'; data: number[] }[]): GPUBufferBinding;
  ensureCommandEncoderReady(): void;
  endComputePassEncoder(): void;
  submitQueue(): void;
}

function shader(k: number): string {
  const vars = Array.from({ length: k }, (_, j) => j);
  const bindings = vars
    .map(
      (j) => `@group(0) @binding(${2 + 2 * j}) var<storage, read> g${j} : array<f32>;
@group(0) @binding(${3 + 2 * j}) var<storage, read_write> p${j} : array<f32>;`,
    )
    .join('\n');
  const fields = vars.map((j) => `n${j} : i32, o${j} : i32, wd${j} : f32,`).join(' ');
  // Thread i falls in variable j when starts[j] <= i < starts[j] + n_j.
  const branches = vars
    .map((j) => {
      const start =
        vars
          .slice(0, j)
          .map((x) => `u.n${x}`)
          .join(' + ') || '0';
      const body = `let e = i - (${start}); p${j}[e] = update(u.o${j} + e, g${j}[e] * s, p${j}[e], u.wd${j});`;
      return j === k - 1 ? `{ ${body} }` : `if (i < ${start} + u.n${j}) { ${body} }`;
    })
    .join(' else ');
  return `
struct Uniforms { b1 : f32, ob1 : f32, b2 : f32, ob2 : f32, clip : f32, lr : f32, c1 : f32, c2 : f32, eps : f32, total : i32, ${fields} };
@group(0) @binding(0) var<storage, read> norm : array<f32>;
@group(0) @binding(1) var<storage, read_write> moments : array<vec2<f32>>;
${bindings}
@group(0) @binding(${2 + 2 * k}) var<uniform> u : Uniforms;

fn update(at : i32, g : f32, p : f32, wd : f32) -> f32 {
  let old = moments[at];
  let mv = vec2<f32>(old.x * u.b1 + g * u.ob1, old.y * u.b2 + (g * g) * u.ob2);
  moments[at] = mv;
  return p - ((mv.x / u.c1) / (sqrt(mv.y / u.c2) + u.eps) + wd * p) * u.lr;
}

@compute @workgroup_size(${WORKGROUP})
fn main(@builtin(global_invocation_id) id : vec3<u32>) {
  let i = i32(id.x);
  if (i >= u.total) { return; }
  var s = 1.0;
  if (u.clip > 0.0) { s = min(1.0, u.clip / (norm[0] + 1e-6)); }
  ${branches}
}`;
}

/** Compiled pipelines, per device and number of variables. */
const pipelines = new WeakMap<GPUDevice, Map<number, GPUComputePipeline>>();

function pipeline(device: GPUDevice, k: number): GPUComputePipeline {
  let byK = pipelines.get(device);
  if (!byK) {
    byK = new Map();
    pipelines.set(device, byK);
  }
  let p = byK.get(k);
  if (!p) {
    const module = device.createShaderModule({ code: shader(k) });
    p = device.createComputePipeline({ layout: 'auto', compute: { module, entryPoint: 'main' } });
    byK.set(k, p);
  }
  return p;
}

/** The WebGPU backend, when it runs and has the internals this dispatch records into; else null. */
function webGpuBackend(): Backend | null {
  if (tf.getBackend() !== 'webgpu') return null;
  const b = tf.backend() as unknown as Partial<Backend>;
  const ok =
    b.device !== undefined &&
    b.tensorMap !== undefined &&
    typeof b.uploadToGPU === 'function' &&
    typeof b.makeUniforms === 'function' &&
    typeof b.ensureCommandEncoderReady === 'function' &&
    typeof b.endComputePassEncoder === 'function' &&
    typeof b.submitQueue === 'function' &&
    b.commandQueueOwnedIds !== undefined;
  return ok ? (b as Backend) : null;
}

/** Whether a tensor's data is its alone (writing it in place changes no other tensor). */
function sole(b: Backend, t: tf.Tensor): boolean {
  const d = b.tensorMap.get(t.dataId);
  return d !== undefined && d.refCount === 1;
}

/**
 * Whether `vars` (any number: the optimizer splits them into dispatches of IN_PLACE) and their moments
 * can be updated in place now: WebGPU runs with fusion on, with the internals this dispatch records into,
 * no timer is active, and each tensor written is the only one on its data.
 */
export function inPlaceReady(moments: tf.Variable, vars: InPlaceVar[]): boolean {
  const b = webGpuBackend();
  if (!b || !fusedOn(ADAM_MOMENTS) || b.activeTimers != null || vars.length < 1) return false;
  if (!sole(b, moments)) return false;
  return vars.every(
    (v) =>
      sole(b, v.param) &&
      v.grad.size === v.param.size &&
      v.param.dtype === 'float32' &&
      v.grad.dtype === 'float32' &&
      Math.ceil(v.param.size / WORKGROUP) <= MAX_WORKGROUPS,
  );
}

/**
 * Updates `vars` (1 to IN_PLACE, inPlaceReady) and their moments in place, in one dispatch. Returns
 * false, having changed nothing, where it cannot run.
 */
export function adamInPlace(
  moments: tf.Variable,
  vars: InPlaceVar[],
  norm: tf.Tensor,
  o: InPlaceStep,
): boolean {
  const b = webGpuBackend();
  if (!b || vars.length > IN_PLACE || !inPlaceReady(moments, vars)) return false;
  const total = vars.reduce((a, v) => a + v.param.size, 0);
  if (Math.ceil(total / WORKGROUP) > MAX_WORKGROUPS) return false;

  const tensors = [norm, moments, ...vars.flatMap((v) => [v.grad, v.param])];
  for (const t of tensors) b.uploadToGPU(t.dataId);
  const buffers = tensors.map((t) => b.tensorMap.get(t.dataId)?.resource);
  if (buffers.some((x) => !(x instanceof GPUBuffer))) return false;

  const u: { type: 'float32' | 'int32'; data: number[] }[] = [
    ...[o.beta1, 1 - o.beta1, o.beta2, 1 - o.beta2, o.clipNorm, o.lr, o.c1, o.c2, o.eps].map((x) => ({
      type: 'float32' as const,
      data: [x],
    })),
    { type: 'int32', data: [total] },
  ];
  for (const v of vars)
    u.push(
      { type: 'int32', data: [v.param.size] },
      { type: 'int32', data: [v.offset] },
      { type: 'float32', data: [v.weightDecay] },
    );
  const p = pipeline(b.device, vars.length);
  const entries: GPUBindGroupEntry[] = buffers.map((buffer, i) => ({
    binding: i,
    resource: { buffer: buffer as GPUBuffer },
  }));
  entries.push({ binding: buffers.length, resource: b.makeUniforms(u) });
  const bindGroup = b.device.createBindGroup({ layout: p.getBindGroupLayout(0), entries });

  for (const t of tensors) b.commandQueueOwnedIds.add(t.dataId);
  b.ensureCommandEncoderReady();
  if (!b.computePassEncoder)
    b.computePassEncoder = (b.commandEncoder as GPUCommandEncoder).beginComputePass({});
  b.computePassEncoder.setPipeline(p);
  b.computePassEncoder.setBindGroup(0, bindGroup);
  b.computePassEncoder.dispatchWorkgroups(Math.ceil(total / WORKGROUP));
  b.dispatchCountInPass++;
  if ((tf.env().get('WEBGPU_DEFERRED_SUBMIT_BATCH_SIZE') as number) <= b.dispatchCountInPass) {
    b.endComputePassEncoder();
    b.submitQueue();
  }
  // A value read back earlier stays cached on the CPU beside the buffer: it is stale now.
  for (const t of [moments, ...vars.map((v) => v.param)]) {
    const d = b.tensorMap.get(t.dataId);
    if (d) d.values = null;
  }
  return true;
}
