/**
 * What our WebGPU kernels share: the shape of a tfjs-backend-webgpu program (WGSL that the backend wraps
 * with its bindings and uniforms), a flat one-thread-per-item layout, and the switch that says whether
 * the fused kernels run now. Nothing here imports the WebGPU backend: a kernel gets it from tfjs at run
 * time, so the wasm, webgl and cpu paths load no WebGPU code.
 *
 * Every kernel registers for 'webgpu' only; each op that uses one keeps tfjs ops (today's path) on
 * every other backend, and on WebGPU too while `setFusedKernels(false)` (tests compare the two).
 */
import * as tf from '@tensorflow/tfjs';

/** The fields of tfjs-backend-webgpu's WebGPUProgram that a flat program sets. */
export interface GpuProgram {
  outputShape: number[];
  shaderKey: string;
  dispatchLayout: { x: number[] };
  dispatch: [number, number, number];
  variableNames: string[];
  workgroupSize: [number, number, number];
  size?: boolean;
  uniforms?: string;
  outputComponent?: number;
  variableComponents?: number[];
  getUserCode(): string;
}

export interface ProgramUniform {
  type: 'float32' | 'int32';
  data: number[];
}

/** The one method of the WebGPU backend that our kernels call. */
interface GpuBackend {
  runWebGPUProgram(
    p: GpuProgram,
    inputs: tf.TensorInfo[],
    dtype: tf.DataType,
    uniforms?: ProgramUniform[],
  ): tf.TensorInfo;
}

/**
 * A program over `threads` items, one thread each (in workgroups of `workgroup`), writing `outputShape`.
 * The WGSL in `code` defines `fn main(index : i32)`; uniforms.size is the output's size.
 */
export function flatProgram(opts: {
  key: string;
  outputShape: number[];
  inputs: string[];
  threads: number;
  code: string;
  uniforms?: string;
  workgroup?: number;
  outputComponent?: number;
  variableComponents?: number[];
}): GpuProgram {
  const wg = opts.workgroup ?? 64;
  return {
    outputShape: opts.outputShape,
    shaderKey: opts.key,
    dispatchLayout: { x: opts.outputShape.map((_, i) => i) },
    dispatch: [Math.max(1, Math.ceil(opts.threads / wg)), 1, 1],
    variableNames: opts.inputs,
    workgroupSize: [wg, 1, 1],
    size: true,
    uniforms: opts.uniforms,
    outputComponent: opts.outputComponent,
    variableComponents: opts.variableComponents,
    getUserCode: () => opts.code,
  };
}

export function runProgram(
  backend: unknown,
  program: GpuProgram,
  inputs: tf.TensorInfo[],
  uniforms?: ProgramUniform[],
): tf.TensorInfo {
  return (backend as GpuBackend).runWebGPUProgram(program, inputs, 'float32', uniforms);
}

export const f32 = (x: number): ProgramUniform => ({ type: 'float32', data: [x] });
export const i32 = (x: number): ProgramUniform => ({ type: 'int32', data: [x] });

let fusedEnabled = true;

/** Turns the fused WebGPU kernels on or off (tests: fused against unfused on the same backend). */
export function setFusedKernels(on: boolean): void {
  fusedEnabled = on;
}

/** Whether `kernelName`'s fused WebGPU kernel runs now: WebGPU is the backend and fusion is on. */
export function fusedOn(kernelName: string): boolean {
  return fusedEnabled && tf.getBackend() === 'webgpu' && tf.getKernel(kernelName, 'webgpu') != null;
}

/** Whether WebGPU runs with fusion on (for tfjs's own fused kernels, e.g. matMul's bias epilogue). */
export function webGpuFusionOn(): boolean {
  return fusedEnabled && tf.getBackend() === 'webgpu';
}

/** Registers a WebGPU kernel once. */
export function registerWebGpuKernel(kernelName: string, kernelFunc: tf.KernelFunc): void {
  if (tf.getKernel(kernelName, 'webgpu') == null)
    tf.registerKernel({ kernelName, backendName: 'webgpu', kernelFunc });
}
