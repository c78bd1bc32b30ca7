/**
 * Drives one experiment at a time for the worker: configure, play, pause, step, reset. Operations run
 * one after another (a queue); play's loop checks between units of work (Experiment.stepOne) whether it
 * was superseded, so pause and reset take effect at the next boundary and an arm's iteration is never
 * cut. Every event is stamped with the run id; after reset nothing of the old run is emitted.
 * No comlink, no DOM: the unit tests drive it in Node.
 */
import type { Gpt } from '../engine/model/gpt';
import { Experiment, type ExperimentHooks } from '../engine/train/experiment';
import type { ArmInfo, RunConfig, RunEvent, RunStatus } from './protocol';

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

  constructor(
    private readonly base: () => Gpt,
    private emit: (e: RunEvent) => void,
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
      onIteration: (arm, metrics) => this.send({ runId, type: 'iteration', arm: arm.name, metrics }),
      onEval: (arm, point) => this.send({ runId, type: 'eval', arm: arm.name, point }),
    };
  }

  private async build(runId: number, config: RunConfig): Promise<ArmInfo[]> {
    this.exp?.dispose();
    this.exp = null;
    this.runId = runId;
    this.config = config;
    this.exp = await Experiment.create(this.base(), config.mix, config.experiment);
    this.status(runId, 'idle');
    return this.exp.histories.map((h) => ({ name: h.name, method: h.method, loss: h.loss }));
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
        await exp.stepOne(this.hooks(runId));
        await yieldToMessages();
      }
    } catch (e) {
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

  dispose(): void {
    this.generation++;
    this.exp?.dispose();
    this.exp = null;
  }
}
