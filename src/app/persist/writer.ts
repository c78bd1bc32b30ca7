/**
 * This tab's side of saving: while it holds the session (tabs.ts), every change of the settings, the
 * labels, the run and its latest snapshot marks a part dirty, and the Saver writes the newest values at
 * most once a second, at once when the page is hidden or closed. Also: taking over from another tab,
 * starting afresh, and holding the run part while a run is being restored or imported (so a half-built
 * run never replaces the saved one).
 */

import { msg } from '../../formats/settings/fields';
import { formatHash } from '../../formats/settings/hash';
import { useLabelStore } from '../labelling/labelStore';
import { runGeneration } from '../notices/runGeneration';
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

const tab = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `t${Date.now()}${Math.random()}`;
let db: SessionDb | null = null;
let saver: Saver<Part> | null = null;
let unsubscribe: (() => void)[] = [];
let held = 0;
/** The run id showing an imported record (no weights), if the current run is one. */
let importedRunId: number | null = null;

export const thisTab = () => tab;

export function setDb(value: SessionDb): void {
  db = value;
}

/** The parts named, as they are now; the run is left out while held or before the first run. */
export function currentParts(keys: ReadonlySet<Part>): Parts {
  const out: Parts = {};
  const { settings } = useSettingsStore.getState();
  if (keys.has('settings')) out.settings = formatHash(settings);
  if (keys.has('labels')) out.labels = useLabelStore.getState().batches;
  if (keys.has('run') && held === 0) {
    const run = useRunStore.getState();
    const r = runPart(run, settings, session.latestSnapshot(), run.runId === importedRunId);
    if (r) out.run = r;
  }
  return out;
}

/** Runs `f` with the run part held (not written); it is written once `f` is done. */
export async function withRunHeld<T>(f: () => Promise<T>): Promise<T> {
  held += 1;
  try {
    return await f();
  } finally {
    held -= 1;
    saver?.mark('run');
  }
}

export function setImportedRun(runId: number | null): void {
  importedRunId = runId;
  saver?.mark('run');
}

function flushNow(): void {
  saver?.flushNow();
}

function onVisibility(): void {
  if (document.visibilityState === 'hidden') flushNow();
}

/** Starts saving (this tab holds the lock): everything is written once now, then as it changes. */
export function startSaving(): void {
  if (!db || saver) return;
  const target = db;
  const s = new Saver<Part>({
    minIntervalMs: SAVE_INTERVAL_MS,
    write: (keys) => writeParts(target, tab, currentParts(keys)),
    onSaved: () => {
      if (usePersistStore.getState().error) usePersistStore.setState({ error: null });
      usePersistStore.setState({ savedAt: Date.now() });
    },
    onError: (e) =>
      usePersistStore.setState({ error: msg(PERSIST_MESSAGES.savingFailed, { error: errorText(e) }) }),
  });
  saver = s;
  unsubscribe = [
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
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', onVisibility);
  for (const p of PARTS) s.mark(p);
  usePersistStore.setState({ mode: 'saving' });
}

/** Another tab took the session: nothing more is written from here. */
export function onLost(): void {
  saver?.stop();
  saver = null;
  for (const u of unsubscribe) u();
  unsubscribe = [];
  window.removeEventListener('pagehide', flushNow);
  document.removeEventListener('visibilitychange', onVisibility);
  usePersistStore.setState({
    mode: 'taken-over',
    note: [msg(PERSIST_MESSAGES.tookOver)],
    noteGeneration: null,
  });
}

/** This tab's settings, labels and run become the saved session; the other tab stops saving. */
export async function takeOver(): Promise<void> {
  if (!db || saver) return;
  if (!(await acquireWriter({ waitMs: 0, steal: true, onLost }))) return;
  try {
    await adopt(db, tab, currentParts(new Set(PARTS)));
  } catch (e) {
    usePersistStore.setState({ error: msg(PERSIST_MESSAGES.takingOverFailed, { error: errorText(e) }) });
    return;
  }
  startSaving();
  usePersistStore.setState({ note: [msg(PERSIST_MESSAGES.nowSaves)], noteGeneration: null });
}

/** Clears the saved run (a new run from the same settings); the labels too when asked. */
export async function startFresh(clearLabels: boolean): Promise<void> {
  importedRunId = null;
  if (clearLabels) useLabelStore.getState().replaceLabels([]);
  await session.reset();
  flushNow();
  usePersistStore.setState({
    note: [msg(clearLabels ? PERSIST_MESSAGES.freshAll : PERSIST_MESSAGES.freshRun)],
    noteGeneration: runGeneration(),
  });
}
