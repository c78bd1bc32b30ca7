/**
 * A short training self-check on whatever backend is running: a copy of the model takes a few gold-SFT
 * steps on a fixed batch. It reports the losses (they should fall), the time per step, and the tensor
 * count before and after (they should match: nothing leaks). The app runs it on request (?check=train)
 * so a user, or a browser test, can see that the chosen backend really trains.
 */
import * as tf from '@tensorflow/tfjs';
import { goldItem, makeSequenceBatch } from '../model/batch';
import type { Gpt } from '../model/gpt';
import { sftLoss } from '../model/logprobs';
import type { Question } from '../tasks';
import { AdamW, trainStep } from './optimizer';

export interface TrainCheck {
  backend: string;
  losses: number[];
  msPerStep: number;
  tensorsBefore: number;
  tensorsAfter: number;
}

export async function trainCheck(model: Gpt, questions: Question[], steps: number): Promise<TrainCheck> {
  const tensorsBefore = tf.memory().numTensors;
  const copy = await model.clone();
  const opt = new AdamW(copy.params, { lr: 1e-3, clipNorm: 1 });
  const batch = makeSequenceBatch(
    questions.map((q) => goldItem(q.prompt, q.answer)),
    model.config.contextLength,
  );
  const losses: number[] = [];
  const t0 = performance.now();
  try {
    for (let s = 0; s < steps; s++) {
      const { loss, gradNorm } = trainStep(copy.params, opt, () => sftLoss(copy, batch));
      losses.push((await loss.data())[0]);
      tf.dispose([loss, gradNorm]);
    }
  } finally {
    opt.dispose();
    copy.dispose();
  }
  return {
    backend: tf.getBackend(),
    losses,
    msPerStep: (performance.now() - t0) / Math.max(1, steps),
    tensorsBefore,
    tensorsAfter: tf.memory().numTensors,
  };
}
