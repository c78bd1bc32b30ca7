/**
 * What is kept in IndexedDB, as plain data: the settings (the link's hash), the label batches, and the
 * current run (its histories, its latest snapshot when it has weights, the gradient studies and latest
 * rollouts the snapshot lacks). Pure: building the parts from the page's state, checking what is read
 * back (it may come from an older version of the page), and deciding what the page opens with.
 */
import type { LabelBatch } from '../../engine/labels/record';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../../engine/train/snapshot';
import { type Msg, type MsgTemplate, msg } from '../../formats/msg';
import { tryCheck } from '../../formats/sessionFile/check';
import { settingsFromHash } from '../../formats/sessionFile/format';
import { labelBatches, type RunHistories, runHistories } from '../../formats/sessionFile/schema';
import { formatHash, parseHash } from '../../formats/settings/hash';
import { isSettingKey, type Settings } from '../../formats/settings/table';
import type { ExperimentSnapshot, GradientReport, RolloutView } from '../../worker/protocol';
import type { RunRecord } from '../run/history';
import type { Parts } from './db';
import { PERSIST_MESSAGES } from './messages';

export interface StoredRun {
  /** The settings the run was made with (formatHash): a run is only restored under the same settings. */
  settingsHash: string;
  /** 'imported': histories from a session file, without weights. */
  kind: 'live' | 'imported';
  histories: RunHistories;
  snapshot: ExperimentSnapshot | null;
  gradients: GradientReport[];
  rollouts: Record<string, RolloutView>;
}

export interface Saved {
  settings: Settings | null;
  batches: LabelBatch[] | null;
  run: StoredRun | null;
  /** Parts that could not be read, and why (they are ignored). */
  problems: string[];
}

/** The run part for the page's current run, or undefined when there is none yet (keep what is saved). */
export function runPart(
  run: RunRecord,
  settings: Settings,
  snapshot: ExperimentSnapshot | null,
  imported: boolean,
): StoredRun | undefined {
  if (run.runId === 0) return undefined;
  return {
    settingsHash: formatHash(settings),
    kind: imported ? 'imported' : 'live',
    histories: { completed: run.completed, arms: run.arms },
    snapshot: imported ? null : snapshot,
    gradients: run.gradients,
    rollouts: run.rollouts,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The parts of a snapshot arm the page reads itself (the worker checks the rest as it restores). */
function snapshotArmLooksWhole(a: unknown): boolean {
  if (!isObject(a) || typeof a.name !== 'string' || !isObject(a.params) || !isObject(a.history)) return false;
  return Array.isArray(a.history.iterations) && Array.isArray(a.history.evals);
}

function checkRun(v: unknown): StoredRun | string {
  if (!isObject(v)) return 'run: expected an object';
  const { settingsHash, kind, histories, snapshot, gradients, rollouts } = v;
  if (typeof settingsHash !== 'string') return 'run.settingsHash: expected a string';
  if (kind !== 'live' && kind !== 'imported') return 'run.kind: expected live or imported';
  const h = tryCheck(runHistories, histories, 'run.histories');
  if (!h.ok) return h.error;
  if (snapshot !== null) {
    const s = snapshot as Partial<ExperimentSnapshot> | undefined;
    if (
      !isObject(s) ||
      s.format !== SNAPSHOT_FORMAT ||
      s.version !== SNAPSHOT_VERSION ||
      !Array.isArray(s.arms)
    )
      return `run.snapshot: expected an experiment snapshot of version ${SNAPSHOT_VERSION}`;
    const arm = s.arms.findIndex((a) => !snapshotArmLooksWhole(a));
    if (arm >= 0) return `run.snapshot.arms[${arm}]: expected an arm with a name, weights and a history`;
  }
  if (!Array.isArray(gradients)) return 'run.gradients: expected an array';
  if (!isObject(rollouts)) return 'run.rollouts: expected an object';
  return {
    settingsHash,
    kind,
    histories: h.value,
    snapshot: snapshot as ExperimentSnapshot | null,
    gradients: gradients as GradientReport[],
    rollouts: rollouts as Record<string, RolloutView>,
  };
}

/** Checks the parts read back; a part that fails is left out and named in `problems`. */
export function checkSaved(parts: Parts): Saved {
  const out: Saved = { settings: null, batches: null, run: null, problems: [] };
  if (parts.settings !== undefined) {
    const s =
      typeof parts.settings === 'string'
        ? settingsFromHash(parts.settings, 'settings')
        : { ok: false as const, error: 'settings: expected a link hash' };
    if (s.ok) out.settings = s.value;
    else out.problems.push(s.error);
  }
  if (parts.labels !== undefined) {
    const b = tryCheck(labelBatches, parts.labels, 'labels');
    if (b.ok) out.batches = b.value;
    else out.problems.push(b.error);
  }
  if (parts.run !== undefined && parts.run !== null) {
    const r = checkRun(parts.run);
    if (typeof r === 'string') out.problems.push(r);
    else out.run = r;
  }
  return out;
}

/** True when the link names at least one setting (the view's keys alone do not count). */
export function linkHasSettings(hash: string): boolean {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  return [...params.keys()].some(isSettingKey);
}

export type BootPlan =
  /** As if nothing were saved: the link's settings (or the defaults), a new run. */
  | { kind: 'new'; note: MsgTemplate | null }
  /** The saved settings; the saved run when it is theirs. */
  | { kind: 'restore'; settings: Settings; run: StoredRun | null; note: Msg };

export const LINK_WINS: MsgTemplate = PERSIST_MESSAGES.linkWins;

/** What the page says when it reopens the saved settings with `run` (theirs, or null). */
export function reopenNote(run: StoredRun | null): Msg {
  if (run?.kind === 'imported') return msg(PERSIST_MESSAGES.reopenedImported);
  if (!run?.snapshot) return msg(PERSIST_MESSAGES.reopenedSettings);
  const n = run.snapshot.arms.length
    ? Math.min(...run.snapshot.arms.map((a) => a.history?.iterations?.length ?? 0))
    : 0;
  return msg(PERSIST_MESSAGES.reopenedPaused, { n });
}

/** What the page opens with, given its link's hash and what was saved. */
export function planBoot(urlHash: string, saved: Saved): BootPlan {
  if (!saved.settings) return { kind: 'new', note: null };
  const savedHash = formatHash(saved.settings);
  if (linkHasSettings(urlHash) && formatHash(parseHash(urlHash).settings) !== savedHash)
    return { kind: 'new', note: LINK_WINS };
  const run = saved.run && saved.run.settingsHash === savedHash ? saved.run : null;
  return { kind: 'restore', settings: saved.settings, run, note: reopenNote(run) };
}
