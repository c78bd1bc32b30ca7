/**
 * The page's start with a saved session: opens IndexedDB, asks for the lock (tabs.ts), reads what was
 * saved, restores the labels, and either reopens the saved run where it was, paused (its snapshot goes to
 * a new worker), or, when the link names other settings, starts the link's run (labels kept). Then this
 * tab saves as things change, unless another tab holds the session. Without IndexedDB the page runs as
 * before and says that nothing is kept.
 */

import { type Msg, msg } from '../../formats/msg';
import type { Settings } from '../../formats/settings/table';
import { useLabelStore } from '../labelling/labelStore';
import { runGeneration } from '../notices/runGeneration';
import * as session from '../run/session';
import { startSettingsSync } from '../settings/sync';
import { adopt, openSessionDb, readSaved } from './db';
import { lostThenWait, waitToSave } from './handoff';
import { PERSIST_MESSAGES } from './messages';
import { usePersistStore } from './persistStore';
import { checkSaved, planBoot, reopenNote, type StoredRun } from './stored';
import { acquireWriter } from './tabs';
import { onDbGone, setDb, setImportedRun, startSaving, thisTab, WAS_SAVER_KEY, withRunHeld } from './writer';

const OPEN_TIMEOUT_MS = 5000;
/** How long a new page waits for the lock: a reloaded page's old self lets go of it as it unloads. */
const LOCK_WAIT_MS = 2000;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

function timeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)),
  ]);
}

function addNote(line: Msg): void {
  usePersistStore.setState({ note: [...usePersistStore.getState().note, line] });
}

/** Starts the saved run under `settings`: restored from its snapshot, shown (imported), or anew. */
async function startSaved(
  settings: Settings,
  run: StoredRun | null,
  options: { checkTraining: boolean },
): Promise<void> {
  if (!run) return session.applySettings(settings, options);
  await withRunHeld(async () => {
    if (run.kind === 'imported') {
      void session.applySettings(settings, options);
      setImportedRun(await session.showRecord(run.histories));
      return;
    }
    if (!run.snapshot) return session.applySettings(settings, options);
    const problem = await session.restoreSaved(
      settings,
      run.snapshot,
      { gradients: run.gradients, rollouts: run.rollouts },
      options,
    );
    if (problem) {
      const started = session.applySettings(settings, options);
      // About the new run just started: it goes when that run is replaced.
      usePersistStore.setState({
        note: [msg(PERSIST_MESSAGES.notRestored, { problem })],
        noteGeneration: runGeneration(),
      });
      await started;
    }
  });
}

export async function bootSession(options: { checkTraining: boolean }): Promise<void> {
  let db: Awaited<ReturnType<typeof openSessionDb>>;
  try {
    db = await timeout(openSessionDb(onDbGone), OPEN_TIMEOUT_MS, 'opening IndexedDB');
  } catch (e) {
    usePersistStore.setState({
      mode: 'off',
      note: [msg(PERSIST_MESSAGES.keepsNothing, { error: errorText(e) })],
    });
    startSettingsSync(options);
    return;
  }
  setDb(db);
  // A reloaded saving tab takes the lock back from a tab that queued in behind it (handoff.ts).
  const wasSaver = sessionStorage.getItem(WAS_SAVER_KEY) === '1';
  sessionStorage.removeItem(WAS_SAVER_KEY);
  const writer = await acquireWriter({ waitMs: LOCK_WAIT_MS, steal: wasSaver, onLost: lostThenWait });
  let parts = {};
  const problems: string[] = [];
  try {
    parts = writer ? await adopt(db, thisTab()) : await readSaved(db);
  } catch (e) {
    problems.push(errorText(e));
  }
  const saved = checkSaved(parts);
  problems.push(...saved.problems);
  if (saved.batches) useLabelStore.getState().replaceLabels(saved.batches);
  const plan = planBoot(window.location.hash, saved);
  const note = plan.kind === 'restore' ? reopenNote(plan.run) : plan.note === null ? null : msg(plan.note);
  usePersistStore.setState({ mode: writer ? 'starting' : 'other-tab', note: note ? [note] : [] });
  if (problems.length > 0) addNote(msg(PERSIST_MESSAGES.partLeftOut, { problems: problems.join('; ') }));
  if (plan.kind === 'restore')
    startSettingsSync({ ...options, initial: plan.settings, start: (s) => startSaved(s, plan.run, options) });
  else startSettingsSync(options);
  // What the page opened with describes the run it started (or reopened) just now: it goes with that run.
  usePersistStore.setState({ noteGeneration: runGeneration() });
  if (writer) startSaving();
  else waitToSave();
}
