/**
 * This tab's side of saving: while it holds the session (tabs.ts), every change of the settings, the
 * labels, the run and its latest snapshot marks a part dirty, and the Saver writes the newest values at
 * most once a second, at once when the page is hidden or closed. Also: taking over from another tab,
 * starting afresh, and holding the run part while a run is being restored or imported (so a half-built
 * run never replaces the saved one).
 */

import { msg } from '../../formats/msg';
import { formatHash } from '../../formats/settings/hash';
import { useLabelStore } from '../labelling/labelStore';
import { useRunStore } from '../run/runStore';
import * as session from '../run/session';
import { useSettingsStore } from '../settings/settingsStore';
import { adopt, PARTS, type Part, type Parts, type SessionDb, writeParts } from './db';
import { PERSIST_MESSAGES } from './messages';
import { usePersistStore } from './persistStore';
import { Saver } from './saver';
import { runPart } from './stored';
import { acquireWriter } from './tabs';

export const SAVE_INTERVAL_MS = 1000;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** This tab's saving: which database, the Saver while this tab holds the session, and what is held back. */
class SessionWriter {
  readonly tab =
    typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `t${Date.now()}${Math.random()}`;
  db: SessionDb | null = null;
  saver: Saver<Part> | null = null;
  unsubscribe: (() => void)[] = [];
  /** Calls of withRunHeld in progress: the run part is not written while any is. */
  held = 0;
  /** The run id showing an imported record (no weights), if the current run is one. */
  importedRunId: number | null = null;

  /** The parts named, as they are now; the run is left out while held or before the first run. */
  parts(keys: ReadonlySet<Part>): Parts {
    const out: Parts = {};
    const { settings } = useSettingsStore.getState();
    if (keys.has('settings')) out.settings = formatHash(settings);
    if (keys.has('labels')) out.labels = useLabelStore.getState().batches;
    if (keys.has('run') && this.held === 0) {
      const run = useRunStore.getState();
      const r = runPart(run, settings, session.latestSnapshot(), run.runId === this.importedRunId);
      if (r) out.run = r;
    }
    return out;
  }

  readonly flushNow = (): void => {
    this.saver?.flushNow();
  };

  readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flushNow();
  };

  /** Starts saving (this tab holds the lock): everything is written once now, then as it changes. */
  start(): void {
    if (!this.db || this.saver) return;
    const target = this.db;
    const s = new Saver<Part>({
      minIntervalMs: SAVE_INTERVAL_MS,
      write: (keys) => writeParts(target, this.tab, this.parts(keys)),
      onSaved: () => {
        if (usePersistStore.getState().error) usePersistStore.setState({ error: null });
        usePersistStore.setState({ savedAt: Date.now() });
      },
      onError: (e) =>
        usePersistStore.setState({ error: msg(PERSIST_MESSAGES.savingFailed, { error: errorText(e) }) }),
    });
    this.saver = s;
    this.unsubscribe = [
      useSettingsStore.subscribe((a, b) => a.settings !== b.settings && s.mark('settings')),
      useLabelStore.subscribe((a, b) => a.batches !== b.batches && s.mark('labels')),
      useRunStore.subscribe((a, b) => {
        if (
          a.runId !== b.runId ||
          a.arms !== b.arms ||
          a.gradients !== b.gradients ||
          a.rollouts !== b.rollouts
        )
          s.mark('run');
      }),
      session.onSnapshot(() => s.mark('run')),
    ];
    window.addEventListener('pagehide', this.flushNow);
    document.addEventListener('visibilitychange', this.onVisibility);
    for (const p of PARTS) s.mark(p);
    usePersistStore.setState({ mode: 'saving' });
  }

  /** Another tab took the session: nothing more is written from here. */
  stop(): void {
    this.saver?.stop();
    this.saver = null;
    for (const u of this.unsubscribe) u();
    this.unsubscribe = [];
    window.removeEventListener('pagehide', this.flushNow);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }
}

const writer = new SessionWriter();

export const thisTab = () => writer.tab;

export function setDb(value: SessionDb): void {
  writer.db = value;
}

/** The parts named, as they are now; the run is left out while held or before the first run. */
export function currentParts(keys: ReadonlySet<Part>): Parts {
  return writer.parts(keys);
}

/** Runs `f` with the run part held (not written); it is written once `f` is done. */
export async function withRunHeld<T>(f: () => Promise<T>): Promise<T> {
  writer.held += 1;
  try {
    return await f();
  } finally {
    writer.held -= 1;
    writer.saver?.mark('run');
  }
}

export function setImportedRun(runId: number | null): void {
  writer.importedRunId = runId;
  writer.saver?.mark('run');
}

/** Starts saving (this tab holds the lock): everything is written once now, then as it changes. */
export function startSaving(): void {
  writer.start();
}

/** Another tab took the session: nothing more is written from here. */
export function onLost(): void {
  writer.stop();
  usePersistStore.setState({
    mode: 'taken-over',
    note: [msg(PERSIST_MESSAGES.tookOver)],
  });
}

/** This tab's settings, labels and run become the saved session; the other tab stops saving. */
export async function takeOver(): Promise<void> {
  const db = writer.db;
  if (!db || writer.saver) return;
  if (!(await acquireWriter({ waitMs: 0, steal: true, onLost }))) return;
  try {
    await adopt(db, writer.tab, currentParts(new Set(PARTS)));
  } catch (e) {
    usePersistStore.setState({ error: msg(PERSIST_MESSAGES.takingOverFailed, { error: errorText(e) }) });
    return;
  }
  startSaving();
  usePersistStore.setState({ note: [msg(PERSIST_MESSAGES.nowSaves)] });
}

/** Clears the saved run (a new run from the same settings); the labels too when asked. */
export async function startFresh(clearLabels: boolean): Promise<void> {
  writer.importedRunId = null;
  if (clearLabels) useLabelStore.getState().replaceLabels([]);
  await session.reset();
  writer.flushNow();
  usePersistStore.setState({
    note: [msg(clearLabels ? PERSIST_MESSAGES.freshAll : PERSIST_MESSAGES.freshRun)],
  });
}
