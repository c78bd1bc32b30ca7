// Minimal types for gpt-tfjs 0.0.5 (CommonJS, untyped): only what the benchmark uses.
declare module 'gpt-tfjs' {
  import type * as tf from '@tensorflow/tfjs';
  export const model: {
    GPT(conf: {
      nLayer: number;
      nHead: number;
      nEmbd: number;
      vocabSize: number;
      blockSize: number;
      dropout?: number;
      embdDrop?: number;
      residDrop?: number;
    }): tf.LayersModel;
  };
  export const optimizers: {
    clipByGlobalNormObj(grads: tf.NamedTensorMap, clipNorm: number): Record<string, tf.Variable>;
  };
}
