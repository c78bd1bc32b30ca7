import { describe, expect, it } from 'vitest';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../../engine/train/snapshot';
import { msg, msgText } from '../../formats/msg';
import { ARMS } from '../../formats/sessionFile/testRun.testing';
import { formatHash, parseHash } from '../../formats/settings/hash';
import type { ExperimentSnapshot } from '../../worker/protocol';
import { emptyRun, type RunRecord } from '../run/history';
import { PERSIST_MESSAGES } from './messages';
import { checkSaved, LINK_WINS, linkHasSettings, planBoot, reopenNote, runPart } from './stored';

const HASH = '#preset=tiny&methods=nft,rft&seed=3&mix=add1,add2&backend=wasm';
const settings = parseHash(HASH).settings;
const run: RunRecord = { ...emptyRun(4, 'paused'), arms: ARMS, completed: 1 };
const snapshot = {
  format: SNAPSHOT_FORMAT,
  version: SNAPSHOT_VERSION,
  baseEvaluated: true,
  arms: ARMS.map((a) => ({ name: a.name, history: a, params: { w: new Float32Array([1, 2]) } })),
} as unknown as ExperimentSnapshot;

const batches = [
  {
    id: 'b1',
    model: 'base',
    seed: 1,
    K: 1,
    temperature: 1,
    createdAt: '2026-01-01T00:00:00Z',
    records: [
      {
        id: 'b1:0:0',
        question: 0,
        answer: 0,
        prompt: '1+1=',
        level: 'add1',
        gold: '2',
        result: 2,
        output: '2',
        tokens: [3],
        truncated: false,
        verifierMark: true,
        error: 'none',
        personMark: false,
      },
    ],
  },
];

describe('what is saved', () => {
  it('the run part: nothing before the first run; the snapshot only for a run with weights', () => {
    expect(runPart(emptyRun(0, 'starting'), settings, null, false)).toBeUndefined();
    const live = runPart(run, settings, snapshot, false);
    expect(live).toMatchObject({ settingsHash: formatHash(settings), kind: 'live', snapshot });
    expect(live?.histories).toEqual({ completed: 1, arms: ARMS });
    expect(runPart(run, settings, snapshot, true)).toMatchObject({ kind: 'imported', snapshot: null });
  });

  it('reads back what it wrote (structured clone keeps typed arrays and NaN)', () => {
    const parts = structuredClone({
      settings: formatHash(settings),
      labels: batches,
      run: runPart(run, settings, snapshot, false),
    });
    const saved = checkSaved(parts);
    expect(saved.problems).toEqual([]);
    expect(saved.settings).toEqual(settings);
    expect(saved.batches).toEqual(batches);
    expect(saved.run?.histories.arms).toEqual(ARMS);
    expect(saved.run?.snapshot?.arms[0].params.w).toEqual(new Float32Array([1, 2]));
  });

  it('leaves out, and names, a part it cannot read (an older page, a damaged store)', () => {
    const saved = checkSaved({
      settings: '#lr=banana',
      labels: [{ id: 1 }],
      run: { ...runPart(run, settings, snapshot, false), snapshot: { format: 'other' } },
    });
    expect(saved.settings).toBeNull();
    expect(saved.batches).toBeNull();
    expect(saved.run).toBeNull();
    expect(saved.problems).toEqual([
      expect.stringMatching(/^settings: lr: must be a number/),
      'labels[0].id: expected an id of letters, digits and : _ . # - (at most 200), not a built-in name',
      'run.snapshot: expected an experiment snapshot of version 1',
    ]);
  });
});

describe('a saved snapshot with an arm that has no history', () => {
  const broken = {
    ...snapshot,
    arms: [{ ...snapshot.arms[0], history: undefined }, snapshot.arms[1]],
  } as unknown as ExperimentSnapshot;

  it('is left out and named, so the page starts a new run instead of hanging at "starting"', () => {
    const saved = checkSaved({ settings: formatHash(settings), run: runPart(run, settings, broken, false) });
    expect(saved.run).toBeNull();
    expect(saved.problems).toEqual([
      'run.snapshot.arms[0]: expected an arm with a name, weights and a history',
    ]);
  });

  it('never makes the reopening note throw', () => {
    const stored = runPart(run, settings, broken, false);
    if (!stored) throw new Error('no run part');
    expect(reopenNote(stored).en).toMatch(/^Reopened the saved session where it was/);
  });
});

describe('planBoot', () => {
  const saved = checkSaved({
    settings: formatHash(settings),
    labels: batches,
    run: runPart(run, settings, snapshot, false),
  });

  it('nothing saved: a new run, no note', () => {
    expect(planBoot(HASH, checkSaved({}))).toEqual({ kind: 'new', note: null });
  });

  it('no settings in the link, or the saved ones: reopens the saved run, paused, and says so', () => {
    for (const hash of ['', '#', formatHash(settings), `${formatHash(settings)}&lang=de`, '#lang=de']) {
      const plan = planBoot(hash, saved);
      expect(plan.kind, hash).toBe('restore');
      if (plan.kind !== 'restore') continue;
      expect(plan.settings).toEqual(settings);
      expect(plan.run?.snapshot).toBe(saved.run?.snapshot);
      expect(msgText(plan.note)).toBe(
        'Reopened the saved session where it was, paused at iteration 1: Play goes on.',
      );
    }
    // The same settings written differently (only some keys) are the same settings.
    expect(planBoot(HASH, saved).kind).toBe('restore');
  });

  it('a link with other settings wins and says so', () => {
    expect(planBoot('#preset=tiny&seed=4', saved)).toEqual({ kind: 'new', note: LINK_WINS });
  });

  it('a run saved under other settings is not restored; an imported run is shown as charts', () => {
    const other = { ...saved, run: saved.run && { ...saved.run, settingsHash: '#seed=9' } };
    const plan = planBoot('', other);
    expect(plan).toMatchObject({
      kind: 'restore',
      run: null,
      note: msg(PERSIST_MESSAGES.reopenedSettings),
    });
    const imported = {
      ...saved,
      run: saved.run && { ...saved.run, kind: 'imported' as const, snapshot: null },
    };
    expect(msgText(planBoot('', imported).note ?? msg(PERSIST_MESSAGES.linkWins))).toMatch(
      /^Reopened the imported session: its charts only/,
    );
  });

  it('linkHasSettings ignores keys that are not settings', () => {
    expect(linkHasSettings('#lang=de&lesson=2')).toBe(false);
    expect(linkHasSettings('#seed=2')).toBe(true);
    expect(linkHasSettings('')).toBe(false);
  });
});
