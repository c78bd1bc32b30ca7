/**
 * One training step of gpt-tfjs 0.0.5, exactly as its own train loop does it (src/train.js):
 * logits = model.apply(x); loss = softmaxCrossEntropy(oneHot(y), logits); Adam's computeGradients,
 * clipByGlobalNormObj(grads, 1), applyGradients.
 */
import * as tf from '@tensorflow/tfjs';
import gptTfjs from 'gpt-tfjs';
import type { ModelConfig } from '../src/engine/model/config';

export function makeGptTfjsStep(
  cfg: ModelConfig,
  ids: Int32Array,
  targets: Int32Array,
  B: number,
  T: number,
) {
  const model = gptTfjs.model.GPT({
    nLayer: cfg.layers,
    nHead: cfg.heads,
    nEmbd: cfg.width,
    vocabSize: cfg.vocabSize,
    blockSize: cfg.contextLength,
    dropout: 0,
    embdDrop: 0,
    residDrop: 0,
  });
  const opt = tf.train.adam(1e-3);
  const x = tf.tensor2d(ids, [B, T], 'int32');
  const y = tf.oneHot(tf.tensor1d(targets, 'int32'), cfg.vocabSize).reshape([B, T, cfg.vocabSize]);
  const params = model.countParams();
  const step = async () => {
    let loss: tf.Tensor | undefined;
    tf.tidy(() => {
      const { grads } = opt.computeGradients(() => {
        const logits = model.apply(x) as tf.Tensor;
        loss = tf.keep(tf.losses.softmaxCrossEntropy(y, logits));
        return loss as tf.Scalar;
      });
      opt.applyGradients(gptTfjs.optimizers.clipByGlobalNormObj(grads, 1));
    });
    const v = (await (loss as tf.Tensor).data())[0];
    loss?.dispose();
    return v;
  };
  const dispose = () => {
    tf.dispose([x, y]);
    opt.dispose();
    model.dispose();
  };
  return { step, dispose, params };
}
