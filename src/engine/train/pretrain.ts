/**
 * Gold-answer SFT: trains a model from a seeded initialisation on the reference answers of the task
 * stream. This is how the shipped base model is made (`npm run cli -- pretrain`), and the "SFT (gold)"
 * baseline uses the same loss.
 */
import * as tf from '@tensorflow/tfjs';
import { goldItem, makeSequenceBatch } from '../model/batch';
import type { ModelConfig } from '../model/config';
import { Gpt } from '../model/gpt';
import { sftLoss } from '../model/logprobs';
import { createQuestionStream, type Question, type TaskMix } from '../tasks';
import { type EvalResult, evaluateGreedy } from './evaluate';
import { AdamW, trainStep } from './optimizer';

export interface PretrainOptions {
  model: ModelConfig;
  mix: TaskMix;
  seed: number;
  steps: number;
  batchSize: number;
  lr: number;
  warmupSteps: number;
  weightDecay: number;
  clipNorm: number;
  /** Evaluate every this many steps (and at the end); 0 = only at the end. */
  evalEvery: number;
  evalSet: Question[];
  /** Copy the weights at this step (the training goes on, to show what would have come after). */
  snapshotAt?: number;
}

export interface PretrainPoint {
  step: number;
  loss: number;
  eval?: EvalResult;
  seconds: number;
}

export async function pretrain(
  opts: PretrainOptions,
  onPoint: (p: PretrainPoint) => void = () => {},
): Promise<{ model: Gpt; history: PretrainPoint[]; snapshot?: Map<string, Float32Array> }> {
  const model = Gpt.init(opts.model, opts.seed);
  const stream = createQuestionStream(opts.mix, opts.seed);
  const opt = new AdamW(model.params, {
    lr: opts.lr,
    warmupSteps: opts.warmupSteps,
    weightDecay: opts.weightDecay,
    clipNorm: opts.clipNorm,
  });
  const history: PretrainPoint[] = [];
  let snapshot: Map<string, Float32Array> | undefined;
  const t0 = performance.now();
  let pending: tf.Scalar[] = [];
  const flush = async (step: number, withEval: boolean) => {
    const losses = await Promise.all(pending.map((l) => l.data()));
    tf.dispose(pending);
    pending = [];
    const loss = losses.reduce((a, b) => a + b[0], 0) / Math.max(1, losses.length);
    const point: PretrainPoint = { step, loss, seconds: (performance.now() - t0) / 1000 };
    if (withEval) point.eval = await evaluateGreedy(model, opts.evalSet);
    history.push(point);
    onPoint(point);
  };
  try {
    for (let step = 1; step <= opts.steps; step++) {
      const qs = stream.nextBatch(opts.batchSize);
      const batch = makeSequenceBatch(
        qs.map((q) => goldItem(q.prompt, q.answer)),
        opts.model.contextLength,
      );
      const { loss, gradNorm } = trainStep(model.params, opt, () => sftLoss(model, batch));
      gradNorm.dispose();
      pending.push(loss);
      const evalNow =
        step === opts.steps ||
        step === opts.snapshotAt ||
        (opts.evalEvery > 0 && step % opts.evalEvery === 0);
      if (evalNow || pending.length >= 25) await flush(step, evalNow);
      if (step === opts.snapshotAt) snapshot = await model.values();
    }
  } finally {
    opt.dispose();
    tf.dispose(pending);
  }
  return { model, history, snapshot };
}
