/**
 * This tab's side of saving: while it holds the session (tabs.ts), every change of the settings, the
 * labels, the run and its latest snapshot marks a part dirty, and the Saver writes the newest values at
 * most once a second, at once when the page is hidden or closed. Also: starting afresh, reopening the
 * database when storage is cleared under the page, and holding the run part (or every part) while a
 * run is being restored or imported, so a half-built run never replaces the saved one. Taking over
 * from another tab is handoff.ts.
 */

import { msg } from '../../formats/msg';
import { formatHash } from '../../formats/settings/hash';
import { useLabelStore } from '../labelling/labelStore';
import { runGeneration } from '../notices/runGeneration';
import { useRunStore } from '../run/runStore';
import * as session from '../run/session';
import { useSettingsStore } from '../settings/settingsStore';
import { adopt, openSessionDb, PARTS, type Part, type Parts, type SessionDb, writeParts } from './db';
import { PERSIST_MESSAGES } from './messages';
import { usePersistStore } from './persistStore';
import { Saver } from './saver';
import { runPart } from './stored';

export const SAVE_INTERVAL_MS = 1000;

/** Set in sessionStorage (kept across a reload of this tab only) when the saving tab goes away. */
export const WAS_SAVER_KEY = 'nft-playground-was-saver';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A write that failed because the connection is closing or closed: the next one reopens it. */
const isClosedConnection = (e: unknown) =>
  e instanceof DOMException && (e.name === 'InvalidStateError' || /closing|closed/i.test(e.message));

/** This tab's saving: which database, the Saver while this tab holds the session, and what is held back. */
class SessionWriter {
  readonly tab =
    typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `t${Date.now()}${Math.random()}`;
  db: SessionDb | null = null;
  /** Set when the connection closed under the page (storage cleared, database deleted): reopen it. */
  dbGone = false;
  saver: Saver<Part> | null = null;
  unsubscribe: (() => void)[] = [];
  /** Calls of withRunHeld in progress: the run part is not written while any is. */
  held = 0;
  /** Calls of withAllHeld in progress: nothing is written while any is. */
  heldAll = 0;
  /** The run id showing an imported record (no weights), if the current run is one. */
  importedRunId: number | null = null;

  /** The parts named, as they are now; the run is left out while held or before the first run. */
  parts(keys: ReadonlySet<Part>): Parts {
    const out: Parts = {};
    if (this.heldAll > 0) return out;
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

  /**
   * The database to write to: the one open, or, once it has gone, a new connection in which this tab
   * adopts the whole session anew (the parts written before the clear are gone with it).
   */
  async liveDb(): Promise<SessionDb> {
    if (this.db && !this.dbGone) return this.db;
    this.dbGone = false;
    const fresh = await openSessionDb(onDbGone);
    try {
      await adopt(fresh, this.tab, this.parts(new Set(PARTS)));
    } catch (e) {
      fresh.close();
      this.dbGone = true;
      throw e;
    }
    this.db = fresh;
    return fresh;
  }

  readonly flushNow = (): void => {
    this.saver?.flushNow();
  };

  /** The page goes (closed or reloading): written at once, and marked as the saver for its reload. */
  readonly onPageHide = (): void => {
    this.flushNow();
    if (this.saver) sessionStorage.setItem(WAS_SAVER_KEY, '1');
  };

  readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flushNow();
  };

  /** Starts saving (this tab holds the lock): everything is written once now, then as it changes. */
  start(keepSavedRun: boolean): void {
    if (!this.db || this.saver) return;
    const s = new Saver<Part>({
      minIntervalMs: SAVE_INTERVAL_MS,
      write: async (keys) => {
        const target = await this.liveDb();
        try {
          await writeParts(target, this.tab, this.parts(keys));
        } catch (e) {
          if (isClosedConnection(e)) this.dbGone = true;
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
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibility);
    for (const p of PARTS) if (!(p === 'run' && keepSavedRun)) s.mark(p);
    usePersistStore.setState({ mode: 'saving' });
  }

  /** Another tab took the session: nothing more is written from here. */
  stop(): void {
    this.saver?.stop();
    this.saver = null;
    for (const u of this.unsubscribe) u();
    this.unsubscribe = [];
    window.removeEventListener('pagehide', this.onPageHide);
    sessionStorage.removeItem(WAS_SAVER_KEY);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }
}

const writer = new SessionWriter();

export const thisTab = () => writer.tab;

export function setDb(value: SessionDb): void {
  writer.db = value;
}

export function onDbGone(): void {
  writer.dbGone = true;
}

/** The parts named, as they are now; the run is left out while held or before the first run. */
export function currentParts(keys: ReadonlySet<Part>): Parts {
  return writer.parts(keys);
}

/** Runs `f` with every part held (nothing written); all are written once `f` is done. */
export async function withAllHeld<T>(f: () => Promise<T>): Promise<T> {
  writer.heldAll += 1;
  try {
    return await f();
  } finally {
    writer.heldAll -= 1;
    for (const p of PARTS) writer.saver?.mark(p);
  }
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

/**
 * Starts saving (this tab holds the lock): everything is written once now, then as it changes.
 * `keepSavedRun`: the run part is left as saved until this tab's run changes (a tab that took over
 * from a closed one whose saved run is further along than its own copy).
 */
export function startSaving(options: { keepSavedRun?: boolean } = {}): void {
  writer.start(options.keepSavedRun ?? false);
}

/** Another tab took the session: nothing more is written from here. */
export function onLost(): void {
  writer.stop();
  usePersistStore.setState({
    mode: 'taken-over',
    note: [msg(PERSIST_MESSAGES.tookOver)],
    noteGeneration: null,
  });
}

/** The open database and whether this tab saves now (for handoff.ts). */
export const sessionDb = (): SessionDb | null => writer.db;
export const isSaving = (): boolean => writer.saver !== null;

/** Clears the saved run (a new run from the same settings); the labels too when asked. */
export async function startFresh(clearLabels: boolean): Promise<void> {
  writer.importedRunId = null;
  if (clearLabels) useLabelStore.getState().replaceLabels([]);
  await session.reset();
  writer.flushNow();
  usePersistStore.setState({
    note: [msg(clearLabels ? PERSIST_MESSAGES.freshAll : PERSIST_MESSAGES.freshRun)],
    noteGeneration: runGeneration(),
  });
}
