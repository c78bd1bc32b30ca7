/**
 * One arm of an experiment: a method with its own copy of the weights, optimizer and question stream.
 *
 * An iteration = rollout (rollout.ts), then the update:
 *   split the kept groups into mu mini-batches (whole groups, so r_hat stays the group's),
 *   record pi_old: log-probs of every mini-batch by a full forward pass BEFORE the first update
 *     (same shapes as the update's, so R = 1 exactly at the first step on a fresh rollout),
 *   take mu AdamW steps, one per mini-batch (1 epoch).
 * SFT (gold) skips sampling: it trains on the reference answers of M questions from the same stream.
 * A labelled arm (`labelled` given) samples nothing either: every iteration its rollout is the same
 * labelled batch, marked as the person said (labels/labelledRollout.ts), filtered as a rollout would be.
 */
import * as tf from '@tensorflow/tfjs';
import { labelledRollout, withCurrentProbs } from '../labels/labelledRollout';
import type { LabelBatch } from '../labels/record';
import { type LossOptions, lossTensor, type Method, meanAbsLogRatio } from '../losses';
import { goldItem, makeSequenceBatch, type SeqItem, type SequenceBatch } from '../model/batch';
import type { Gpt } from '../model/gpt';
import { tokenStats } from '../model/logprobs';
import type { QuestionStream } from '../tasks';
import { encode } from '../tokenizer';
import { type ErrorCounts, rolloutErrors } from './errorKinds';
import { AdamW, type AdamWOptions, trainStep } from './optimizer';
import { type Pacer, paceAt } from './pace';
import { collectRollout, type Labeler, type Rollout, type RolloutSettings } from './rollout';

export interface ArmSettings {
  method: Method;
  loss: LossOptions;
  rollout: RolloutSettings;
  /** Update steps (mini-batches) per rollout. */
  mu: number;
  optimizer: AdamWOptions;
}

export interface IterationMetrics {
  iteration: number;
  steps: number;
  loss: number;
  gradNorm: number;
  /** Mean token entropy of the rollout's answers under pi_old (gold answers for SFT). */
  entropy: number;
  right: number;
  wrong: number;
  keptQuestions: number;
  drawn: number;
  droppedAllRight: number;
  droppedAllWrong: number;
  sampleMs: number;
  updateMs: number;
  /**
   * The first sampling round's answers per verifier error kind, and how many of their marks a labeler
   * changed (errorKinds.ts). Absent for SFT, which samples nothing.
   */
  errors?: ErrorCounts;
  flipped?: number;
  /**
   * How far off policy the update ran: mean |log pi_theta - log pi_old| over the answer tokens, as each
   * mini-batch step saw it (the first step is on policy, 0), averaged over the steps, and at the last
   * step. With mu = 1 both are 0; the further they are from 0, the more NFT's and RFT's updates can
   * differ (docs/study.md). Absent in records written before they were measured.
   */
  absLogRatio?: number;
  absLogRatioLast?: number;
}

interface MiniBatch {
  batch: SequenceBatch;
  rows: { question: number; correct: boolean }[];
}

function miniBatches(groups: { items: SeqItem[]; marks: boolean[] }[], mu: number, ctx: number): MiniBatch[] {
  const n = Math.min(mu, groups.length);
  const out: MiniBatch[] = [];
  for (let i = 0; i < n; i++) {
    const mine = groups.slice(Math.floor((i * groups.length) / n), Math.floor(((i + 1) * groups.length) / n));
    const items = mine.flatMap((g) => g.items);
    const rows = mine.flatMap((g, qi) => g.marks.map((correct) => ({ question: qi, correct })));
    out.push({ batch: makeSequenceBatch(items, ctx), rows });
  }
  return out;
}

export class Arm {
  readonly opt: AdamW;

  constructor(
    readonly name: string,
    readonly model: Gpt,
    readonly settings: ArmSettings,
    readonly stream: QuestionStream,
    readonly seed: number,
    /** Train on exactly these labelled answers every iteration instead of sampling (not for SFT). */
    readonly labelled?: LabelBatch,
  ) {
    if (labelled && settings.method === 'sft') throw new Error('SFT trains on gold answers, not on labels');
    this.opt = new AdamW(model.params, settings.optimizer);
  }

  /**
   * One rollout and update. `labeler` replaces the verifier's marks (user labels, label noise);
   * `pacer` is called between sub-units (sampling rounds, update steps) and may pause or abandon the
   * iteration (pace.ts); the numbers do not depend on it.
   */
  async step(
    iteration: number,
    labeler?: Labeler,
    pacer?: Pacer,
  ): Promise<{ metrics: IterationMetrics; rollout?: Rollout }> {
    const { method, rollout: rs } = this.settings;
    let rollout: Rollout | undefined;
    let groups: { items: SeqItem[]; marks: boolean[] }[];
    if (method === 'sft') {
      const qs = this.stream.nextBatch(rs.M);
      groups = qs.map((q) => ({ items: [goldItem(q.prompt, q.answer)], marks: [true] }));
    } else {
      rollout = this.labelled
        ? await withCurrentProbs(this.model, labelledRollout(this.labelled, rs.filter))
        : await collectRollout(this.model, this.stream, rs, this.seed, iteration, labeler, pacer);
      groups = rollout.groups.map((g) => ({
        items: g.answers.map((a) => ({ prompt: encode(g.question.prompt), answer: a.generation.tokens })),
        marks: g.answers.map((a) => a.correct),
      }));
    }
    const t0 = performance.now();
    const mbs =
      groups.length > 0 ? miniBatches(groups, this.settings.mu, this.model.config.contextLength) : [];
    const { lv, nv, dv, entropy, waited } = await this.update(mbs, pacer);
    const marks = groups.flatMap((g) => g.marks);
    const mean = (xs: ArrayLike<number>[]) => (xs.length ? xs.reduce((a, x) => a + x[0], 0) / xs.length : 0);
    return {
      rollout,
      metrics: {
        iteration,
        steps: mbs.length,
        loss: mean(lv),
        gradNorm: mean(nv),
        entropy,
        right: marks.filter(Boolean).length,
        wrong: marks.filter((m) => !m).length,
        keptQuestions: groups.length,
        drawn: rollout?.drawn ?? groups.length,
        droppedAllRight: rollout?.droppedAllRight ?? 0,
        droppedAllWrong: rollout?.droppedAllWrong ?? 0,
        sampleMs: rollout?.sampleMs ?? 0,
        updateMs: performance.now() - t0 - waited,
        absLogRatio: mean(dv),
        absLogRatioLast: dv.length ? dv[dv.length - 1][0] : 0,
        ...(rollout ? rolloutErrors(rollout) : {}),
      },
    };
  }

  /**
   * pi_old of every mini-batch, then one AdamW step per mini-batch, the pacer called before each step.
   * Every tensor made here is freed, also when the pacer abandons the update.
   */
  private async update(mbs: MiniBatch[], pacer?: Pacer) {
    const old = mbs.map((mb) =>
      tf.tidy(() => {
        const st = tokenStats(this.model, mb.batch);
        return { logp: st.logp, entropy: st.entropy };
      }),
    );
    const losses: tf.Scalar[] = [];
    const norms: tf.Scalar[] = [];
    const drifts: tf.Scalar[] = [];
    try {
      const entSums = await Promise.all(old.map((o) => o.entropy.data()));
      let entSum = 0;
      let entN = 0;
      mbs.forEach((mb, i) => {
        mb.batch.mask.forEach((m, j) => {
          entSum += m * entSums[i][j];
          entN += m;
        });
      });
      let waited = 0;
      for (const [i, mb] of mbs.entries()) {
        waited += await paceAt(pacer, { phase: 'updating', step: i + 1, steps: mbs.length });
        const mask = tf.tensor2d(mb.batch.mask, [mb.batch.B, mb.batch.T]);
        const { loss, gradNorm } = trainStep(this.model.params, this.opt, () => {
          const logp = tokenStats(this.model, mb.batch, false).logp;
          // Read off the step's own forward pass (kept past the gradient's scope; not in the loss).
          drifts.push(tf.keep(meanAbsLogRatio(logp, old[i].logp, mask)));
          return lossTensor(this.settings.method, this.settings.loss, logp, old[i].logp, mask, mb.rows);
        });
        mask.dispose();
        losses.push(loss);
        norms.push(gradNorm);
      }
      const [lv, nv, dv] = await Promise.all(
        [losses, norms, drifts].map((xs) => Promise.all(xs.map((x) => x.data()))),
      );
      return { lv, nv, dv, entropy: entN > 0 ? entSum / entN : 0, waited };
    } finally {
      tf.dispose([...losses, ...norms, ...drifts, ...old.flatMap((o) => [o.logp, o.entropy])]);
    }
  }

  dispose(): void {
    this.opt.dispose();
    this.model.dispose();
  }
}
