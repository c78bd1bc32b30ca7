/**
 * `NftMatMul`: a matMul kernel of our own for tfjs's pure-JS `cpu` backend, whose BatchMatMul runs at
 * ~0.25 GFLOP/s (the loops are in ./gemm, 4-8x faster). It is registered under its own name, so tfjs's
 * BatchMatMul (used by tf.matMul everywhere else, gpt-tfjs included) stays as it is; callers opt in
 * with nftMatMul when nftMatMulActive(). Importing this module registers the kernel (once).
 *
 * Inputs a, b: float32, rank 2 or 3 (batch sizes equal, or one of them 1); attributes transposeA and
 * transposeB as in tf.matMul. The kernel has a gradient too, so it may also be used outside customGrad.
 */
import * as tf from '@tensorflow/tfjs';
import { matMulValues } from './gemm';

export const NFT_MATMUL = 'NftMatMul';

/** The parts of tfjs-backend-cpu's MathBackendCPU that the kernel uses. */
interface CpuBackend {
  data: { get(dataId: tf.DataId): { values?: unknown } };
  makeTensorInfo(shape: number[], dtype: tf.DataType, values: Float32Array): tf.TensorInfo;
}

function floatValues(backend: CpuBackend, t: tf.TensorInfo): Float32Array {
  const v = backend.data.get(t.dataId).values;
  if (v instanceof Float32Array) return v;
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Float32Array.from(v as Int32Array);
  throw new Error(`${NFT_MATMUL}: no numeric values for a ${t.dtype} input on the cpu backend`);
}

const kernelFunc: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const { a, b } = inputs;
  if (!a || !b) throw new Error(`${NFT_MATMUL}: inputs a and b are required`);
  const cpu = backend as CpuBackend;
  const ta = attrs?.transposeA === true;
  const tb = attrs?.transposeB === true;
  const r = matMulValues(floatValues(cpu, a), a.shape, floatValues(cpu, b), b.shape, ta, tb);
  return cpu.makeTensorInfo(r.shape, 'float32', r.values);
};

/** A gradient summed over a broadcast batch, back to its operand's shape. */
function sumTo(g: tf.Tensor, shape: number[]): tf.Tensor {
  if (g.size === shape.reduce((p, s) => p * s, 1)) return g.reshape(shape);
  return tf.sum(g, 0).reshape(shape);
}

/** Gradients of C = op(A) op(B), as in tfjs's BatchMatMul gradient. */
const gradFunc: tf.GradConfig['gradFunc'] = (dy, saved, attrs) => {
  const [a, b] = saved;
  const d = dy as tf.Tensor;
  const ta = attrs.transposeA === true;
  const tb = attrs.transposeB === true;
  const mm = (x: tf.Tensor, y: tf.Tensor, tx: boolean, ty: boolean) =>
    nftMatMulActive() ? nftMatMul(x, y, tx, ty) : tf.matMul(x, y, tx, ty);
  let da: () => tf.Tensor;
  let db: () => tf.Tensor;
  if (!ta && !tb) {
    da = () => mm(d, b, false, true);
    db = () => mm(a, d, true, false);
  } else if (!ta) {
    da = () => mm(d, b, false, false);
    db = () => mm(d, a, true, false);
  } else if (!tb) {
    da = () => mm(b, d, false, true);
    db = () => mm(a, d, false, false);
  } else {
    da = () => mm(b, d, true, true);
    db = () => mm(d, a, true, true);
  }
  return { a: () => sumTo(da(), a.shape), b: () => sumTo(db(), b.shape) };
};

/** Registers NftMatMul (kernel for 'cpu' and gradient); does nothing when already registered. */
export function registerNftMatMul(): void {
  if (tf.getKernel(NFT_MATMUL, 'cpu') == null) {
    tf.registerKernel({ kernelName: NFT_MATMUL, backendName: 'cpu', kernelFunc });
  }
  if (tf.getGradient(NFT_MATMUL) == null) {
    tf.registerGradient({ kernelName: NFT_MATMUL, inputsToSave: ['a', 'b'], gradFunc });
  }
}

registerNftMatMul();

/** Whether nftMatMul can run now: the active backend is 'cpu' and the kernel is registered. */
export function nftMatMulActive(): boolean {
  return tf.getBackend() === 'cpu' && tf.getKernel(NFT_MATMUL, 'cpu') != null;
}

/** op(a) op(b) through NftMatMul (only while nftMatMulActive()). */
export function nftMatMul<T extends tf.Tensor>(a: T, b: T, transposeA = false, transposeB = false): T {
  return tf.engine().runKernel<T>(NFT_MATMUL, { a, b }, { transposeA, transposeB });
}
