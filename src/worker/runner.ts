/**
 * Drives one experiment at a time for the worker: configure, play, pause, step, reset. Operations run
 * one after another (a queue); play's loop checks between units of work (Experiment.stepOne) whether it
 * was superseded, so pause and reset take effect at the next boundary and an arm's iteration is never
 * cut. Every event is stamped with the run id; after reset nothing of the old run is emitted.
 * No comlink, no DOM: the unit tests drive it in Node.
 */
import { explainGroup } from '../engine/explain/group';
import type { GroupExplanation } from '../engine/explain/tokens';
import { resolveOptions } from '../engine/losses/options';
import type { Gpt } from '../engine/model/gpt';
import { EOS, encode } from '../engine/tokenizer';
import { Experiment, type ExperimentHooks } from '../engine/train/experiment';
import { labelerFor } from '../engine/train/labelers';
import type { Labeler } from '../engine/train/rollout';
import type { ExperimentSnapshot } from '../engine/train/snapshot';
import { gradientReport } from './gradients';
import {
  type ArmInfo,
  EOS_MARK,
  type ExplainRequest,
  type RunConfig,
  type RunEvent,
  type RunStatus,
} from './protocol';
import { toRolloutView } from './rolloutView';

/**
 * Lets queued messages (pause, reset) in between units of work: tfjs's data() can resolve as a
 * microtask, and a loop of microtasks would never let the worker read its next message.
 */
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class Runner {
  private exp: Experiment | null = null;
  private config: RunConfig | null = null;
  private runId = -1;
  /** Bumped by every operation: a play loop whose generation is old stops at the next boundary. */
  private generation = 0;
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * Events of the unit of work in progress, held back until its snapshot is taken: the page then never
   * plots a point that its latest snapshot does not contain. Null when nothing is held.
   */
  private held: RunEvent[] | null = null;
  /** The iteration the first arm was evaluated at in the unit of work in progress (its gradient study). */
  private evaluatedAt: number | null = null;
  /** The run's marks when not the exact verifier's (label noise, a biased verifier); rebuilt by build(). */
  private labeler: Labeler | undefined;

  /** `snapshots`: send a snapshot after every unit of work (the page does; tests may not need it). */
  constructor(
    private readonly base: () => Gpt,
    private emit: (e: RunEvent) => void,
    private readonly snapshots = true,
  ) {}

  setListener(emit: (e: RunEvent) => void): void {
    this.emit = emit;
  }

  /** Runs `op` after every queued operation; a failure is reported as an error event and rethrown. */
  private serial<T>(op: () => Promise<T>): Promise<T> {
    const p = this.queue.then(op);
    this.queue = p.catch(() => undefined);
    return p;
  }

  private send(e: RunEvent): void {
    const unit =
      e.type === 'iteration' || e.type === 'eval' || e.type === 'rollout' || e.type === 'gradients';
    if (this.held && unit) {
      this.held.push(e);
      return;
    }
    try {
      this.emit(e);
    } catch {
      // the page is gone: nothing to tell
    }
  }

  private status(runId: number, status: RunStatus): void {
    this.send({ runId, type: 'status', status, completed: this.exp?.completed ?? 0 });
  }

  private hooks(runId: number): ExperimentHooks {
    return {
      labeler: this.labeler,
      onIteration: (arm, metrics, rollout) => {
        this.send({ runId, type: 'iteration', arm: arm.name, metrics });
        // The page keeps only each arm's latest rollout; SFT arms have none (they train on gold answers).
        if (rollout) {
          const view = toRolloutView(rollout, metrics.iteration + 1);
          this.send({ runId, type: 'rollout', arm: arm.name, rollout: view });
        }
      },
      onEval: (arm, point) => {
        if (arm.name === this.exp?.histories[0]?.name) this.evaluatedAt = point.iteration;
        this.send({ runId, type: 'eval', arm: arm.name, point });
      },
    };
  }

  private async build(runId: number, config: RunConfig, snapshot?: ExperimentSnapshot): Promise<ArmInfo[]> {
    this.exp?.dispose();
    this.exp = null;
    this.runId = runId;
    this.config = config;
    // From the config and the run's seed only, so a restored run (snapshot.settings) gets the same one.
    this.labeler = config.labels ? labelerFor(config.labels, config.experiment.seed) : undefined;
    this.exp = snapshot
      ? await Experiment.restore(this.base(), snapshot)
      : await Experiment.create(this.base(), config.mix, config.experiment);
    this.status(runId, this.exp.done ? 'done' : snapshot ? 'paused' : 'idle');
    return this.exp.histories.map((h) => ({ name: h.name, method: h.method, loss: h.loss }));
  }

  restore(
    runId: number,
    snapshot: ExperimentSnapshot,
    gradients?: RunConfig['gradients'],
    labels?: RunConfig['labels'],
  ): Promise<ArmInfo[]> {
    this.generation++;
    return this.serial(() =>
      this.build(runId, { experiment: snapshot.settings, mix: snapshot.mix, gradients, labels }, snapshot),
    );
  }

  /** Stops the run for good with `message` (e.g. the GPU device is lost): nothing more is sent for it. */
  fail(message: string): void {
    this.generation++;
    this.held = null;
    if (this.runId >= 0) this.send({ runId: this.runId, type: 'error', message });
    this.runId = -1;
  }

  configure(runId: number, config: RunConfig): Promise<ArmInfo[]> {
    this.generation++;
    return this.serial(() => this.build(runId, config));
  }

  reset(runId: number): Promise<ArmInfo[]> {
    this.generation++;
    return this.serial(async () => {
      if (!this.config) throw new Error('reset before configure: there is no run to reset');
      return this.build(runId, this.config);
    });
  }

  /** Units of work until `until` says stop, the run is done, or a newer operation supersedes this one. */
  private async work(runId: number, gen: number, until: (exp: Experiment) => boolean): Promise<void> {
    const exp = this.exp;
    if (!exp || runId !== this.runId) return;
    if (exp.done) return this.status(runId, 'done');
    this.status(runId, 'running');
    try {
      while (!exp.done && gen === this.generation && !until(exp)) {
        this.held = this.snapshots ? [] : null;
        this.evaluatedAt = null;
        await exp.stepOne(this.hooks(runId));
        // Part of the unit of work: held back with its events, sent before the snapshot that covers it.
        const study = this.config?.gradients?.rollouts ?? 0;
        if (this.evaluatedAt !== null && study > 0) {
          this.send({
            runId,
            type: 'gradients',
            report: await gradientReport(exp, this.evaluatedAt, study, this.config?.labels),
          });
        }
        const snapshot = this.snapshots ? await exp.snapshot() : null;
        const events = this.held ?? [];
        this.held = null;
        if (runId !== this.runId) return; // failed meanwhile: the run's last snapshot stays the one before
        for (const e of events) this.send(e);
        if (snapshot) this.send({ runId, type: 'snapshot', snapshot });
        await yieldToMessages();
      }
    } catch (e) {
      this.held = null;
      if (runId === this.runId)
        this.send({ runId, type: 'error', message: `training failed: ${errorText(e)}` });
      throw e;
    }
    if (runId === this.runId) this.status(runId, exp.done ? 'done' : 'paused');
  }

  play(runId: number): Promise<void> {
    const gen = ++this.generation;
    return this.serial(() => this.work(runId, gen, () => false));
  }

  pause(runId: number): Promise<void> {
    this.generation++;
    return this.serial(async () => {
      if (runId === this.runId && this.exp && !this.exp.done) this.status(runId, 'paused');
    });
  }

  step(runId: number): Promise<void> {
    const gen = ++this.generation;
    return this.serial(async () => {
      const target = (this.exp?.completed ?? 0) + 1;
      await this.work(runId, gen, (exp) => exp.completed >= target);
    });
  }

  /**
   * The teaching views' numbers for one question of an arm's latest rollout, under the arm's weights as
   * they are now (engine/explain). Not queued: one forward pass, between the awaits of a unit of work.
   */
  async explain(runId: number, req: ExplainRequest): Promise<GroupExplanation> {
    const exp = this.exp;
    if (!exp || runId !== this.runId) throw new Error('that run is over: nothing to explain');
    const h = exp.histories.find((x) => x.name === req.arm);
    if (!h) throw new Error(`no arm named ${JSON.stringify(req.arm)}`);
    const tokenId = (t: string) => {
      const ids = t === EOS_MARK ? [EOS] : encode(t);
      if (ids.length !== 1) throw new Error(`${JSON.stringify(t)} is not one token`);
      return ids[0];
    };
    const answers = req.answers.map((a) => ({
      tokens: a.tokens.map(tokenId),
      oldProbs: a.probs,
      correct: a.correct,
    }));
    return explainGroup(exp.modelOf(h.name), req.prompt, answers, {
      arm: h.name,
      method: h.method,
      completed: h.iterations.length,
      options: h.loss,
      nftOptions: resolveOptions('nft', exp.settings.loss, { shared: true }),
      versusOptions: (v) => resolveOptions(v, exp.settings.loss, { shared: true }),
    });
  }

  /**
   * A frozen copy of an arm's weights as they are now (labelling answers from a trained arm), with the
   * words a log keeps for it ('nft @ iteration 3'). Not queued: taken without an await, between the
   * awaits of a unit of work; the caller disposes the copy.
   */
  armSnapshot(runId: number, arm: string): { model: Gpt; name: string } {
    const exp = this.exp;
    if (!exp || runId !== this.runId) throw new Error('that run is over: sample from the base model instead');
    const h = exp.histories.find((x) => x.name === arm);
    if (!h) throw new Error(`no arm named ${JSON.stringify(arm)}`);
    return { model: exp.modelOf(h.name).frozenCopy(), name: `${h.name} @ iteration ${h.iterations.length}` };
  }

  dispose(): void {
    this.generation++;
    this.exp?.dispose();
    this.exp = null;
  }
}
