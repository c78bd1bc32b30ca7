/**
 * Drives one experiment at a time for the worker: configure, play, pause, step, reset.
 *
 * One driving loop per experiment runs its units of work (Experiment.stepOne) and, inside them, calls
 * the Runner's pacer between sub-units (each sampling round, each update step, each evaluation chunk:
 * engine/train/pace.ts). Pause and Step's end make the loop wait right there (parked), so a pause takes
 * effect within one sub-unit; Play and Step wake it, and the numbers are the same as if it had never
 * waited. Builds (configure, reset, restore) are queued one after another and first abandon the loop
 * (the pacer throws, the iteration's tensors are freed). Every event is stamped with the run id; after
 * reset nothing of the old run is emitted. No comlink, no DOM: the unit tests drive it in Node.
 */
import { explainGroup } from '../engine/explain/group';
import type { GroupExplanation } from '../engine/explain/tokenFigures';
import { resolveOptions } from '../engine/losses/options';
import type { Gpt } from '../engine/model/gpt';
import { EOS, encode } from '../engine/tokenizer';
import type { ArmEval } from '../engine/train/evaluate';
import { Experiment, type ExperimentHooks } from '../engine/train/experiment';
import { labelerFor } from '../engine/train/labelers';
import type { Pacer, Progress } from '../engine/train/pace';
import type { Labeler } from '../engine/train/rollout';
import type { ExperimentSnapshot } from '../engine/train/snapshot';
import { gradientReport } from './gradientStudy';
import {
  type ArmInfo,
  EOS_MARK,
  type ExplainRequest,
  type RunConfig,
  type RunEvent,
  type RunStatus,
} from './protocol';
import { toRolloutView } from './toRolloutView';

/**
 * Lets queued messages (pause, reset) in between units of work: tfjs's data() can resolve as a
 * microtask, and a loop of microtasks would never let the worker read its next message.
 */
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Inside a unit of work, let messages in at most this often (a yield costs a task, not a timer's 4 ms). */
const YIELD_EVERY_MS = 40;

/** One task's turn of the event loop, without setTimeout's clamp: a message to ourselves. */
function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return yieldToMessages();
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Thrown by the pacer into a unit of work whose run was reset, replaced or failed. */
class Abandoned extends Error {
  constructor() {
    super('the run was replaced');
  }
}

interface Waiter {
  resolve: () => void;
  reject: (e: unknown) => void;
}

export class Runner {
  private exp: Experiment | null = null;
  private config: RunConfig | null = null;
  private runId = -1;
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
  /** Whether the loop should work: Play and Step set it, Pause clears it. */
  private wanted = false;
  /** Step's goal: the loop stops once it holds (null: Play, no goal). */
  private until: ((exp: Experiment) => boolean) | null = null;
  /** The current experiment's driving loop while it lives (null: none started, or it ended). */
  private loop: Promise<void> | null = null;
  /** Set while the loop waits between sub-units: how to wake it, or to abandon its unit of work. */
  private parked: { resume: () => void; abandon: () => void; betweenUnits: boolean } | null = null;
  /** Set while a build abandons the loop: the pacer throws at the next sub-unit. */
  private abandoning = false;
  /** Pause and Step callers, told when the loop next stops (parked, done or failed). */
  private waiters: Waiter[] = [];
  /** Whether the page was last told 'running' (a park then says 'paused'). */
  private running = false;
  /** When the loop last let the worker's messages in (performance.now()). */
  private lastYield = 0;

  /** `snapshots`: send a snapshot after every unit of work (the page does; tests may not need it). */
  /**
   * `baseEval`: the base model's shipped evaluation for a run's config (null: none fits), used as its
   * iteration 0 instead of evaluating again.
   */
  constructor(
    private readonly base: () => Gpt,
    private emit: (e: RunEvent) => void,
    private readonly snapshots = true,
    private readonly baseEval: (config: RunConfig) => ArmEval | null = () => null,
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
    this.running = status === 'running';
    this.send({ runId, type: 'status', status, completed: this.exp?.completed ?? 0 });
  }

  private settle(error?: unknown): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) error === undefined ? w.resolve() : w.reject(error);
  }

  /** Resolves when the loop next stops (at once when it is not working). */
  private stopped(): Promise<void> {
    if (!this.loop || this.parked) return Promise.resolve();
    return new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /**
   * Whether the loop should go on: between units, while wanted and Step's goal is not reached; inside a
   * unit, while wanted (a unit that reached the goal still finishes, e.g. its evaluation).
   */
  private shouldWork(exp: Experiment, betweenUnits: boolean): boolean {
    return this.wanted && !(betweenUnits && this.until?.(exp));
  }

  /** Waits here until woken (resolves to the milliseconds waited) or abandoned (rejects). */
  private park(runId: number, betweenUnits: boolean): Promise<number> {
    if (this.abandoning) return Promise.reject(new Abandoned());
    const t0 = performance.now();
    if (this.running && runId === this.runId) this.status(runId, 'paused');
    return new Promise<number>((resolve, reject) => {
      this.parked = {
        resume: () => {
          this.parked = null;
          resolve(performance.now() - t0);
        },
        abandon: () => {
          this.parked = null;
          reject(new Abandoned());
        },
        betweenUnits,
      };
      this.settle();
    });
  }

  /**
   * Inside a unit of work: lets pending messages (Pause, Reset) in when YIELD_EVERY_MS have passed (on
   * wasm, tfjs's reads resolve as microtasks and would keep them out for a whole unit), then waits here
   * while paused. Resolves to the milliseconds spent paused; throws when the run is abandoned.
   */
  private async checkpoint(runId: number, exp: Experiment, always: boolean): Promise<number> {
    if (always || performance.now() - this.lastYield >= YIELD_EVERY_MS) {
      await nextTask();
      this.lastYield = performance.now();
    }
    if (this.abandoning) throw new Abandoned();
    let waited = 0;
    while (!this.shouldWork(exp, false)) waited += await this.park(runId, false);
    return waited;
  }

  /** The pacer of one arm's iteration or evaluation: tells the page how far it got, stops when asked. */
  private pacer(runId: number, exp: Experiment, arm: string, iteration: number): Pacer {
    return {
      at: async (progress: Progress) => {
        if (this.abandoning) throw new Abandoned();
        if (runId === this.runId) this.send({ runId, type: 'progress', arm, iteration, progress });
        return this.checkpoint(runId, exp, true);
      },
      token: () => this.checkpoint(runId, exp, false),
    };
  }

  private hooks(runId: number, exp: Experiment): ExperimentHooks {
    return {
      labeler: this.labeler,
      pacer: (arm, iteration) => this.pacer(runId, exp, arm, iteration),
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

  /** One unit of work with its events, its gradient study and its snapshot. */
  private async unit(runId: number, exp: Experiment): Promise<void> {
    this.held = this.snapshots ? [] : null;
    this.evaluatedAt = null;
    await exp.stepOne(this.hooks(runId, exp));
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
  }

  /** The experiment's driving loop: units of work while wanted, parked otherwise, until done. */
  private async drive(runId: number, exp: Experiment): Promise<void> {
    try {
      while (!exp.done) {
        if (!this.shouldWork(exp, true)) {
          await this.park(runId, true);
          continue;
        }
        if (!this.running && runId === this.runId) this.status(runId, 'running');
        await this.unit(runId, exp);
        await yieldToMessages();
      }
      if (runId === this.runId) this.status(runId, 'done');
      this.settle();
    } catch (e) {
      this.held = null;
      if (e instanceof Abandoned) return this.settle();
      if (runId === this.runId)
        this.send({ runId, type: 'error', message: `training failed: ${errorText(e)}` });
      this.running = false;
      this.settle(e);
    } finally {
      this.loop = null;
      this.parked = null;
    }
  }

  /** Sets what the loop should do and wakes it (starting it when there is none). */
  private wake(runId: number, until: ((exp: Experiment) => boolean) | null): Promise<void> {
    const exp = this.exp;
    if (!exp || runId !== this.runId) return Promise.resolve();
    this.wanted = true;
    this.until = until;
    if (exp.done && !this.loop) {
      this.status(runId, 'done');
      return Promise.resolve();
    }
    const done = this.waitForStop();
    if (this.parked) {
      if (!this.shouldWork(exp, this.parked.betweenUnits)) this.settle();
      else {
        this.status(runId, 'running');
        this.parked.resume();
      }
    } else if (!this.loop) {
      this.loop = this.drive(runId, exp);
    }
    return done;
  }

  private waitForStop(): Promise<void> {
    return new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Stops the loop for good (its unit of work is abandoned at the next sub-unit) and waits for it. */
  private async abandon(): Promise<void> {
    this.wanted = false;
    this.until = null;
    const loop = this.loop;
    if (!loop) return;
    this.abandoning = true;
    this.parked?.abandon();
    try {
      await loop;
    } finally {
      this.abandoning = false;
    }
  }

  private async build(runId: number, config: RunConfig, snapshot?: ExperimentSnapshot): Promise<ArmInfo[]> {
    await this.abandon();
    this.exp?.dispose();
    this.exp = null;
    this.runId = runId;
    this.config = config;
    this.running = false;
    // From the config and the run's seed only, so a restored run (snapshot.settings) gets the same one.
    this.labeler = config.labels ? labelerFor(config.labels, config.experiment.seed) : undefined;
    // A gradient study is made at every evaluation, iteration 0 included: such runs evaluate it themselves.
    const shipped = (config.gradients?.rollouts ?? 0) > 0 ? null : this.baseEval(config);
    this.exp = snapshot
      ? await Experiment.restore(this.base(), snapshot)
      : await Experiment.create(this.base(), config.mix, config.experiment, shipped);
    this.status(runId, this.exp.done ? 'done' : snapshot ? 'paused' : 'idle');
    return this.exp.histories.map((h) => ({
      name: h.name,
      method: h.method,
      loss: h.loss,
      ...(!snapshot && h.evals[0] ? { baseEval: h.evals[0] } : {}),
    }));
  }

  restore(
    runId: number,
    snapshot: ExperimentSnapshot,
    gradients?: RunConfig['gradients'],
    labels?: RunConfig['labels'],
  ): Promise<ArmInfo[]> {
    this.wanted = false;
    return this.serial(() =>
      this.build(runId, { experiment: snapshot.settings, mix: snapshot.mix, gradients, labels }, snapshot),
    );
  }

  /** Stops the run for good with `message` (e.g. the GPU device is lost): nothing more is sent for it. */
  fail(message: string): void {
    this.held = null;
    if (this.runId >= 0) this.send({ runId: this.runId, type: 'error', message });
    this.runId = -1;
    void this.abandon();
  }

  configure(runId: number, config: RunConfig): Promise<ArmInfo[]> {
    this.wanted = false;
    return this.serial(() => this.build(runId, config));
  }

  reset(runId: number): Promise<ArmInfo[]> {
    this.wanted = false;
    return this.serial(async () => {
      if (!this.config) throw new Error('reset before configure: there is no run to reset');
      return this.build(runId, this.config);
    });
  }

  /** Works until paused, reset or done; resolves when the loop next stops. */
  play(runId: number): Promise<void> {
    return this.serial(async () => ({ stopped: this.wake(runId, null) })).then((r) => r.stopped);
  }

  /** Stops at the next sub-unit; resolves once the loop waits there (the page is told 'paused'). */
  pause(runId: number): Promise<void> {
    if (runId === this.runId) this.wanted = false;
    return this.serial(async () => {
      if (runId !== this.runId) return;
      this.wanted = false;
      await this.stopped();
    });
  }

  /** One full iteration of every arm (finishing one a pause cut short), then paused. */
  step(runId: number): Promise<void> {
    return this.serial(async () => {
      const target = (this.exp?.completed ?? 0) + 1;
      return { stopped: this.wake(runId, (exp) => exp.completed >= target) };
    }).then((r) => r.stopped);
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

  /** Frees the run (after its loop has let go of it, when one is working). */
  dispose(): void {
    const exp = this.exp;
    this.exp = null;
    this.runId = -1;
    const loop = this.loop;
    // A loop parked between units holds no tensor of its own: the run can be freed at once.
    const atOnce = !loop || this.parked?.betweenUnits === true;
    void this.abandon();
    if (atOnce) exp?.dispose();
    else void loop?.finally(() => exp?.dispose());
  }
}
