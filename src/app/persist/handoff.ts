/**
 * Passing the saving between tabs: a tab that does not save queues for the lock (tabs.ts) and saves from
 * the moment the saving tab goes; "Save this tab's session instead" steals it. Either way the labels are
 * merged with the saved ones (mergeLabels.ts), and the note says what was merged or replaced.
 */
import { type Msg, msg } from '../../formats/msg';
import { formatHash } from '../../formats/settings/hash';
import { useLabelStore } from '../labelling/labelStore';
import { useRunStore } from '../run/runStore';
import { useSettingsStore } from '../settings/settingsStore';
import { adopt, PARTS, readSaved } from './db';
import { mergeLabels } from './mergeLabels';
import { PERSIST_MESSAGES } from './messages';
import { usePersistStore } from './persistStore';
import { checkSaved, type StoredRun } from './stored';
import { acquireWriter, waitForWriter } from './tabs';
import { currentParts, isSaving, onLost, sessionDb, startSaving, thisTab } from './writer';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Another tab took the session: this one stops saving and queues to save after it. */
export function lostThenWait(): void {
  onLost();
  waitToSave();
}

/** Leaves the lock's queue (set while this tab waits to save after the saving tab). */
let leaveQueue: (() => void) | null = null;

/** This tab does not save: it queues to, and saves from the moment the saving tab goes. */
export function waitToSave(): void {
  leaveQueue?.();
  leaveQueue = waitForWriter({
    onGranted: () => {
      leaveQueue = null;
      void becomeSaver(msg(PERSIST_MESSAGES.otherClosed), true);
    },
    onLost: lostThenWait,
  });
}

/**
 * This tab's settings and run become the saved session, with its labels merged with the saved ones
 * (mergeLabels.ts: marks the other tab made are kept); the note says what was merged or replaced.
 */
async function becomeSaver(first: Msg, auto = false): Promise<void> {
  const db = sessionDb();
  if (!db || isSaving()) return;
  const note: Msg[] = [first];
  let keepSavedRun = false;
  try {
    const raw = await readSaved(db);
    const saved = checkSaved(raw);
    const merged = mergeLabels(useLabelStore.getState().batches, saved.batches ?? []);
    if (merged.adopted > 0) useLabelStore.getState().replaceLabels(merged.batches);
    if (merged.adopted > 0) note.push(msg(PERSIST_MESSAGES.marksMerged, { n: merged.adopted }));
    if (merged.conflicts > 0) note.push(msg(PERSIST_MESSAGES.marksDiffered, { n: merged.conflicts }));
    const parts = currentParts(new Set(PARTS));
    const replaced = replacedRun(saved.run);
    // Taking over by itself (the saving tab went, or is reloading: it takes the lock back), a tab keeps
    // the saved run of its settings as it is, until this tab's own run changes: a copy never replaces it.
    keepSavedRun = auto && sameSettings(saved.run);
    if (keepSavedRun) parts.run = raw.run;
    else if (replaced) note.push(replaced);
    await adopt(db, thisTab(), parts);
  } catch (e) {
    usePersistStore.setState({ error: msg(PERSIST_MESSAGES.takingOverFailed, { error: errorText(e) }) });
    return;
  }
  startSaving({ keepSavedRun });
  usePersistStore.setState({ note, noteGeneration: null });
}

const sameSettings = (run: StoredRun | null) =>
  run !== null && run.settingsHash === formatHash(useSettingsStore.getState().settings);

/** What replacing the saved run with this tab's drops, if it is another run or further along. */
function replacedRun(savedRun: StoredRun | null): Msg | null {
  if (!savedRun) return null;
  const run = useRunStore.getState();
  if (sameSettings(savedRun) && savedRun.histories.completed <= run.completed) return null;
  return msg(PERSIST_MESSAGES.runReplaced, { saved: savedRun.histories.completed, mine: run.completed });
}

/** This tab's settings, labels and run become the saved session; the other tab stops saving. */
export async function takeOver(): Promise<void> {
  if (!sessionDb() || isSaving()) return;
  leaveQueue?.();
  leaveQueue = null;
  if (!(await acquireWriter({ waitMs: 0, steal: true, onLost: lostThenWait }))) return;
  await becomeSaver(msg(PERSIST_MESSAGES.nowSaves));
}
