/**
 * The RunController: the one owner of the page's side of a run. The page talks to it (session.ts gives
 * its methods as plain functions to the rest of the app); it talks to the worker through its WorkerLink
 * (engineLink.ts) and folds the worker's events with its RunEvents (events.ts). It keeps the settings,
 * the training-check flag and the labelled arms of the current run, so Reset and a move to another
 * backend rebuild the same run. Every call to the worker first asks the link for the client that is
 * still current (`readyClient`), so a replaced or crashed worker never touches the run.
 * No training logic here: the worker owns the experiment.
 */
import type { LabelledArms } from '../../engine/train/experiment';
import type { Settings } from '../../formats/settings/table';
import type {
  BackendName,
  ExperimentSnapshot,
  ExplainRequest,
  FaultKind,
  GroupExplanation,
  LabelBatch,
  LabelSampleRequest,
  RunConfig,
} from '../../worker/protocol';
import { toRunConfig } from '../settings/runConfig';
import { forgetChoice } from './backendCache';
import { previewIterationZero } from './baseEvalPreview';
import { BASE_MODEL_URL, errorText, WorkerLink } from './engineLink';
import { RunEvents } from './events';
import { type ArmSeries, emptyRun, type RunRecord, resumedRun, withArms } from './history';
import { useRunStore } from './runStore';

export class RunController {
  readonly events = new RunEvents();
  private readonly link = new WorkerLink(this.events.onEvent);
  private settings: Settings | null = null;
  private checkTraining = false;
  /** The arms on a person's labels of the current run ("Train on my labels"); null: none. */
  private labelled: LabelledArms | null = null;
  /** The run id of a shown record (showRecord): no worker holds its weights. */
  private shownRecord: number | null = null;
  /** The run configuration in progress: a shown record (showRecord) waits for it. */
  private configuring: Promise<void> = Promise.resolve();

  // --- the run's lifecycle ---

  /** Starts (or restarts, for another backend) the engine and configures a run from the settings. */
  applySettings(settings: Settings, options: { checkTraining?: boolean } = {}): Promise<void> {
    this.checkTraining = options.checkTraining ?? this.checkTraining;
    return this.start(settings, null);
  }

  /**
   * A run saved by this browser (persistence): a worker on the settings' backend rebuilds it exactly
   * where `saved` was taken, paused, with every plotted point; Play goes on. `extras` are the parts of
   * the page's record the snapshot lacks. Resolves to null, or to the reason it could not (the caller
   * starts anew).
   */
  async restoreSaved(
    settings: Settings,
    saved: ExperimentSnapshot,
    extras: Pick<RunRecord, 'gradients' | 'rollouts'>,
    options: { checkTraining?: boolean } = {},
  ): Promise<string | null> {
    this.settings = settings;
    this.labelled = saved.settings.labelled ?? null;
    this.checkTraining = options.checkTraining ?? this.checkTraining;
    this.link.start({
      backend: settings.backend,
      checkTraining: this.checkTraining,
      keepRun: true,
      race: toRunConfig(settings),
    });
    const runId = this.events.takeRunId(saved);
    useRunStore.setState((s) => ({
      ...resumedRun({ ...s, ...extras }, runId, saved),
      resumeFrom: this.events.resumableIteration(runId),
    }));
    const client = await this.link.readyClient();
    if (!client) return null; // the worker failed: the page says why
    const { gradients, labels } = toRunConfig(settings);
    try {
      await client.api.restore(runId, saved, gradients, labels);
      return null;
    } catch (e) {
      return errorText(e);
    }
  }

  /**
   * Shows a run record without weights (an imported session's histories) once the run being configured
   * is ready. A record that stopped before the settings' last iteration reads paused there, and Play
   * (or Step) trains the same settings again from the base and goes on past it (playOrStep); a finished
   * one reads done. Reset trains the same settings again from the base. Resolves to the run id shown, or null when another run took over meanwhile.
   */
  async showRecord(record: { arms: ArmSeries[]; completed: number }): Promise<number | null> {
    const runId = useRunStore.getState().runId;
    await this.configuring;
    const now = useRunStore.getState();
    if (now.runId !== runId || now.phase === 'error') return null;
    // An id of its own: the worker's events for the configured run (its 'idle') are dropped from here on.
    const shown = this.events.takeRunId(null);
    this.shownRecord = shown;
    const unfinished = this.settings !== null && record.completed < this.settings.iterations;
    useRunStore.setState({
      ...emptyRun(shown, unfinished ? 'paused' : 'done'),
      arms: record.arms,
      completed: record.completed,
      resumeFrom: null,
    });
    return shown;
  }

  /**
   * "Train on my labels": a new run with the settings' arms, plus for each sampling method (not SFT) an
   * arm that trains on exactly `batch`'s answers with the person's marks, from the same base weights.
   * It plays at once.
   */
  trainOnLabels(batch: LabelBatch): Promise<void> {
    if (!this.settings) return Promise.resolve();
    const methods = [...new Set(this.settings.methods.filter((m) => m !== 'sft'))];
    return this.start(this.settings, { methods, batch }, 'play');
  }

  /** Same settings, same seed: the run starts over and repeats itself. */
  async reset(): Promise<void> {
    if (this.settings && this.link.backend === '') return this.start(this.settings, this.labelled);
    // A worker replaced meanwhile (another backend, a crash) has its own run: leave it alone.
    const client = await this.link.readyClient();
    if (!client) return;
    const runId = this.newRun();
    const arms = await this.link.guard(client, client.api.reset(runId));
    if (arms && useRunStore.getState().runId === runId) useRunStore.setState((s) => withArms(s, arms));
  }

  /**
   * After a crash or a lost GPU device: a new worker on `backend` goes on from the run's latest snapshot
   * (its last completed unit of work), keeping every plotted point, and plays on. Without a snapshot
   * (the failure came before the first evaluation finished) the run starts over there.
   */
  continueOn(backend: BackendName): Promise<void> {
    return this.moveTo(backend, true);
  }

  /** "Measure again" (backend=auto): forgets the kept race; a new worker races and goes on, paused. */
  measureAgain(): Promise<void> {
    forgetChoice();
    return this.moveTo('auto', false, true);
  }

  // --- controls of the current run ---

  play(): void {
    if (this.replayShownRecord('play')) return;
    const c = this.link.current();
    if (c) void this.link.guard(c.client, c.client.api.play(c.runId));
  }

  /** Shows 'pausing' at once (the worker stops at its next sub-unit and then says 'paused'). */
  pause(): void {
    const c = this.link.current();
    if (!c) return;
    const { phase } = useRunStore.getState();
    if (phase === 'running' || phase === 'stepping') useRunStore.setState({ phase: 'pausing' });
    void this.link.guard(c.client, c.client.api.pause(c.runId));
  }

  /** Shows 'stepping' at once; the worker's statuses follow. */
  step(): void {
    if (this.replayShownRecord('step')) return;
    const c = this.link.current();
    if (!c) return;
    useRunStore.setState({ phase: 'stepping' });
    void this.link.guard(c.client, c.client.api.step(c.runId));
  }

  // --- other calls to the current worker ---

  /** Samples a labelling batch from the base model in the current worker (beside any run). */
  async sampleLabels(request: LabelSampleRequest): Promise<LabelBatch> {
    const client = await this.link.readyClient();
    if (!client) throw new Error('the engine is not ready yet');
    return client.api.sampleLabels(request);
  }

  /** Diagnostics (?debug=faults): lose the GPU device or crash the worker, to see the run go on. */
  simulateFault(kind: FaultKind): void {
    const client = this.link.now();
    if (client) void this.link.guard(client, client.api.simulateFault(kind));
  }

  /**
   * The teaching views' per-token numbers for one question of an arm's latest rollout, under the arm's
   * current weights; null when no run is ready. Not a run error when it fails.
   */
  explainGroup(request: ExplainRequest): Promise<GroupExplanation> | null {
    const c = this.link.current();
    return c ? c.client.api.explainGroup(c.runId, request) : null;
  }

  // --- inside ---

  /**
   * A shown record has no weights to go on from: Play or Step trains the same settings again from the
   * base (same seed, same numbers on the same backend) and goes on past where the record stopped.
   * Whether it did so.
   */
  private replayShownRecord(go: 'play' | 'step'): boolean {
    const settings = this.settings;
    if (this.shownRecord === null || useRunStore.getState().runId !== this.shownRecord || !settings)
      return false;
    this.shownRecord = null;
    void this.start(settings, this.labelled, go);
    return true;
  }

  /** A new run id: events of every earlier run are dropped from now on. */
  private newRun(): number {
    const runId = this.events.takeRunId(null);
    useRunStore.setState({ ...emptyRun(runId, 'preparing'), resumeFrom: null });
    return runId;
  }

  /** The run's configuration: the settings', plus the arms on labelled answers when the run has them. */
  private runConfig(settings: Settings): RunConfig {
    const c = toRunConfig(settings);
    return this.labelled ? { ...c, experiment: { ...c.experiment, labelled: this.labelled } } : c;
  }

  /** `go`: play or step the run once it is configured. */
  private async configure(settings: Settings, go: 'play' | 'step' | null = null): Promise<void> {
    const runId = this.newRun();
    void previewIterationZero(runId, this.runConfig(settings), BASE_MODEL_URL);
    const client = await this.link.readyClient();
    if (!client) return;
    const arms = await this.link.guard(client, client.api.configure(runId, this.runConfig(settings)));
    if (arms && useRunStore.getState().runId === runId) {
      useRunStore.setState((s) => withArms(s, arms));
      if (go) void this.link.guard(client, client.api[go](runId));
    }
  }

  private start(
    settings: Settings,
    labelled: LabelledArms | null,
    go: 'play' | 'step' | null = null,
  ): Promise<void> {
    this.settings = settings;
    this.labelled = labelled;
    if (!this.link.hasWorker || settings.backend !== this.link.backend) {
      this.link.start({
        backend: settings.backend,
        checkTraining: this.checkTraining,
        race: toRunConfig(settings),
      });
    }
    this.configuring = this.configure(settings, go);
    return this.configuring;
  }

  /** A new worker on `backend` goes on from the run's latest snapshot (or starts it over without one). */
  private async moveTo(backend: Settings['backend'], play: boolean, full = false): Promise<void> {
    const settings = this.settings;
    if (!settings) return;
    const saved = this.events.latestSnapshot();
    this.events.flush(); // fold what arrived before the failure (nothing after the snapshot was sent)
    const race = toRunConfig(settings);
    this.link.start({ backend, checkTraining: false, keepRun: saved !== null, race, full });
    if (!saved) return this.configure(settings);
    const client = await this.link.readyClient();
    if (!client) return;
    const runId = this.events.takeRunId(saved);
    useRunStore.setState((s) => ({
      ...resumedRun(s, runId, saved),
      resumeFrom: this.events.resumableIteration(runId),
    }));
    const { gradients, labels } = toRunConfig(settings);
    const arms = await this.link.guard(client, client.api.restore(runId, saved, gradients, labels));
    if (arms && play && useRunStore.getState().runId === runId)
      void this.link.guard(client, client.api.play(runId));
  }
}
