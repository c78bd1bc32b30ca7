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
import { useRunStore } from '../run/runStore';
import * as session from '../run/session';
import { useSettingsStore } from '../settings/settingsStore';
import { adopt, openSessionDb, PARTS, type Part, type Parts, type SessionDb, writeParts } from './db';
import { PERSIST_MESSAGES } from './messages';
import { usePersistStore } from './persistStore';
import { Saver } from './saver';
import { runPart } from './stored';

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

/** Set when the connection closed under the page (storage cleared, database deleted): reopen it. */
let dbGone = false;

export function onDbGone(): void {
  dbGone = true;
}

/**
 * The database to write to: the one open, or, once it has gone, a new connection in which this tab
 * adopts the whole session anew (the parts written before the clear are gone with it).
 */
async function liveDb(): Promise<SessionDb> {
  if (db && !dbGone) return db;
  dbGone = false;
  const fresh = await openSessionDb(onDbGone);
  try {
    await adopt(fresh, tab, currentParts(new Set(PARTS)));
  } catch (e) {
    fresh.close();
    dbGone = true;
    throw e;
  }
  db = fresh;
  return fresh;
}

/** A write that failed because the connection is closing or closed: the next one reopens it. */
const isClosedConnection = (e: unknown) =>
  e instanceof DOMException && (e.name === 'InvalidStateError' || /closing|closed/i.test(e.message));

/** The parts named, as they are now; the run is left out while held or before the first run. */
export function currentParts(keys: ReadonlySet<Part>): Parts {
  const out: Parts = {};
  if (heldAll > 0) return out;
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

/** While above 0, nothing is written (an imported session is not saved before it has been shown). */
let heldAll = 0;

/** Runs `f` with every part held (nothing written); all are written once `f` is done. */
export async function withAllHeld<T>(f: () => Promise<T>): Promise<T> {
  heldAll += 1;
  try {
    return await f();
  } finally {
    heldAll -= 1;
    for (const p of PARTS) saver?.mark(p);
  }
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

/** Set in sessionStorage (kept across a reload of this tab only) when the saving tab goes away. */
export const WAS_SAVER_KEY = 'nft-playground-was-saver';

function flushNow(): void {
  saver?.flushNow();
}

/** The page goes (closed or reloading): written at once, and marked as the saver for its reload. */
function onPageHide(): void {
  flushNow();
  if (saver) sessionStorage.setItem(WAS_SAVER_KEY, '1');
}

function onVisibility(): void {
  if (document.visibilityState === 'hidden') flushNow();
}

/**
 * Starts saving (this tab holds the lock): everything is written once now, then as it changes.
 * `keepSavedRun`: the run part is left as saved until this tab's run changes (a tab that took over
 * from a closed one whose saved run is further along than its own copy).
 */
export function startSaving(options: { keepSavedRun?: boolean } = {}): void {
  if (!db || saver) return;
  const s = new Saver<Part>({
    minIntervalMs: SAVE_INTERVAL_MS,
    write: async (keys) => {
      const target = await liveDb();
      try {
        await writeParts(target, tab, currentParts(keys));
      } catch (e) {
        if (isClosedConnection(e)) dbGone = true;
        throw e;
      }
    },
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
  window.addEventListener('pagehide', onPageHide);
  document.addEventListener('visibilitychange', onVisibility);
  for (const p of PARTS) if (!(p === 'run' && options.keepSavedRun)) s.mark(p);
  usePersistStore.setState({ mode: 'saving' });
}

/** Another tab took the session: nothing more is written from here. */
export function onLost(): void {
  saver?.stop();
  saver = null;
  for (const u of unsubscribe) u();
  unsubscribe = [];
  window.removeEventListener('pagehide', onPageHide);
  sessionStorage.removeItem(WAS_SAVER_KEY);
  document.removeEventListener('visibilitychange', onVisibility);
  usePersistStore.setState({
    mode: 'taken-over',
    note: [msg(PERSIST_MESSAGES.tookOver)],
  });
}

/** The open database and whether this tab saves now (for handoff.ts). */
export const sessionDb = (): SessionDb | null => db;
export const isSaving = (): boolean => saver !== null;

/** Clears the saved run (a new run from the same settings); the labels too when asked. */
export async function startFresh(clearLabels: boolean): Promise<void> {
  importedRunId = null;
  if (clearLabels) useLabelStore.getState().replaceLabels([]);
  await session.reset();
  flushNow();
  usePersistStore.setState({
    note: [msg(clearLabels ? PERSIST_MESSAGES.freshAll : PERSIST_MESSAGES.freshRun)],
  });
}
