/**
 * Property-based fuzzing of the session-file reader (fast-check, bounded: a few seconds). Random JSON,
 * random text, valid files built from the schema, and those files mutated (values swapped for hostile
 * ones, keys deleted or added, prototype names as arm names, ids and keys, 100,000-deep arrays). The
 * reader must never throw, only refuse with its own message; and what it accepts must pass, without a
 * throw, through what the page does with it: the stores the import fills, the whole page rendered
 * (react-dom/server: no error boundary hides a failure there), the charts' data, the CSV and JSON
 * exports, the saved-session round trip and the boot plan a reload would follow.
 */
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOSS_OPTIONS, METHODS } from '../../engine/losses/options';
import { ERROR_KINDS } from '../../engine/train/errorKinds';
import { msgText } from '../../formats/msg';
import { readSession, type SessionContent, sessionJson } from '../../formats/sessionFile/format';
import { formatHash } from '../../formats/settings/hash';
import { App } from '../App';
import { gridData } from '../charts/gridData';
import { metricsJson } from '../export/json';
import { metricsCsv } from '../export/pageCsv';
import { describeEntropyAccuracy, entropyAccuracyPoints } from '../gradients/gradientSummary';
import { useLabelStore } from '../labelling/labelStore';
import { checkSaved, planBoot, reopenNote } from '../persist/stored';
import { emptyRun } from '../run/history';
import { useRunStore } from '../run/runStore';
import { useSettingsStore } from '../settings/settingsStore';

const PROTO_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const DEEP = '"__DEEP__"';
const deepArray = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;

/**
 * react-dom/server renders a zustand store's initial state (its server snapshot), an object the store
 * keeps: it is made to hold the state the import put there, so the page renders that, as the browser does.
 */
function serverSeesState(): void {
  for (const store of [useRunStore, useLabelStore, useSettingsStore])
    Object.assign(store.getInitialState(), store.getState());
}

const count = { tried: 0, refused: 0, accepted: 0, lost: 0 };
afterAll(() => {
  console.info(
    `session-file fuzz: ${count.tried} inputs tried, ${count.refused + count.accepted} handled (${count.refused} refused with a message, ${count.accepted} accepted and shown), ${count.lost} lost`,
  );
});

/** What the page does with an accepted file; throws if any of it does. */
function applyAsThePageDoes(content: SessionContent): void {
  const { settings, batches, run } = content;
  useLabelStore.getState().replaceLabels(batches);
  useSettingsStore.setState({ settings, linkProblems: [] });
  useRunStore.setState({ ...emptyRun(7, 'done'), arms: run?.arms ?? [], completed: run?.completed ?? 0 });
  serverSeesState();
  const html = renderToString(createElement(App, { optionsError: null, faults: false }));
  for (const a of run?.arms ?? []) expect(html).toContain(`data-testid="rollout-arm-${a.name}"`);
  const arms = run?.arms ?? [];
  for (const x of ['iteration', 'answers', 'seconds'] as const) gridData(arms, x, 0.6, null);
  describeEntropyAccuracy(entropyAccuracyPoints(arms));
  metricsCsv({ arms }, settings);
  metricsJson({ arms, completed: run?.completed ?? 0 }, settings, { exportedAt: new Date(0), backend: null });
  // Saved as the page saves an import, read back after a reload.
  const hash = formatHash(settings);
  const parts = structuredClone({
    settings: hash,
    labels: batches,
    run: run && {
      settingsHash: hash,
      kind: 'imported',
      histories: run,
      snapshot: null,
      gradients: [],
      rollouts: {},
    },
  });
  const saved = checkSaved(parts);
  expect(saved.problems).toEqual([]);
  const plan = planBoot('', saved);
  if (plan.kind === 'restore') msgText(reopenNote(plan.run));
  // And exported again, it reads back the same.
  const again = readSession(sessionJson(content, new Date(0)));
  expect(again.ok).toBe(true);
}

/** Reads `text`; counts the outcome; a throw anywhere is a lost input (the test fails). */
function tryFile(text: string): 'refused' | 'accepted' {
  count.tried += 1;
  let r: ReturnType<typeof readSession>;
  try {
    r = readSession(text);
  } catch (e) {
    count.lost += 1;
    throw e;
  }
  if (!r.ok) {
    count.refused += 1;
    expect(r.error.length).toBeGreaterThan(0);
    expect(r.error.length).toBeLessThan(2000);
    return 'refused';
  }
  try {
    applyAsThePageDoes(r.content);
  } catch (e) {
    count.lost += 1;
    throw e;
  }
  count.accepted += 1;
  return 'accepted';
}

const big = 1e12;
const metric = fc.oneof(fc.double({ min: -big, max: big, noNaN: true }), fc.constant(null));
const n = fc.oneof(fc.nat(1000), fc.constantFrom(0, big));
const share = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1));
const secs = fc.oneof(fc.double({ min: 0, max: big, noNaN: true }), fc.constant(0));
const safeId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9:_.#-]{0,12}$/);
const armName = fc
  .tuple(fc.constantFrom(...METHODS), fc.boolean(), fc.option(fc.integer({ min: 2, max: 99 })))
  .map(([m, l, k]) => `${m}${l ? '-labels' : ''}${k ? `#${k}` : ''}`);
const text = fc.string({ unit: 'grapheme', maxLength: 30 });

const iteration = fc.record(
  {
    iteration: fc.nat(1000),
    steps: n,
    loss: metric,
    gradNorm: metric,
    entropy: metric,
    right: n,
    wrong: n,
    keptQuestions: n,
    drawn: n,
    droppedAllRight: n,
    droppedAllWrong: n,
    sampleMs: secs,
    updateMs: secs,
    errors: fc.record(Object.fromEntries(ERROR_KINDS.map((k) => [k, n]))),
    flipped: n,
    absLogRatio: metric,
    absLogRatioLast: metric,
  },
  {
    requiredKeys: [
      'iteration',
      'steps',
      'loss',
      'gradNorm',
      'entropy',
      'right',
      'wrong',
      'keptQuestions',
      'drawn',
      'droppedAllRight',
      'droppedAllWrong',
      'sampleMs',
      'updateMs',
    ],
  },
);
const level = fc.record({ correct: n, total: n, accuracy: share });
const perLevel = fc.dictionary(safeId, level, { maxKeys: 3 });
const evalPoint = fc.record({
  iteration: fc.nat(1000),
  answersSeen: n,
  computeSeconds: secs,
  eval: fc.record({
    greedy: fc.record({ accuracy: share, n, perLevel }),
    sampled: fc.record({
      accuracy: share,
      n,
      perLevel,
      perQuestion: fc.array(share, { maxLength: 4 }),
      allRight: share,
      allWrong: share,
      mixed: share,
    }),
    passAtK: share,
    k: fc.integer({ min: 1, max: 64 }),
    entropy: metric,
  }),
});
const arms = fc.uniqueArray(armName, { maxLength: 4 }).chain((names) =>
  fc.tuple(
    ...names.map((name) =>
      fc.record({
        name: fc.constant(name),
        method: fc.constant(name.split(/-labels|#/)[0]),
        loss: fc.constant(DEFAULT_LOSS_OPTIONS[name.split(/-labels|#/)[0] as 'nft']),
        iterations: fc.array(iteration, { maxLength: 5 }),
        evals: fc.array(evalPoint, { maxLength: 3 }),
      }),
    ),
  ),
);
const record = fc.record(
  {
    id: safeId,
    question: fc.nat(100),
    answer: fc.nat(100),
    prompt: text,
    level: safeId,
    gold: text,
    result: fc.double({ min: -big, max: big, noNaN: true }),
    output: text,
    tokens: fc.array(fc.nat(65_535), { maxLength: 5 }),
    truncated: fc.boolean(),
    verifierMark: fc.boolean(),
    error: fc.constantFrom(...ERROR_KINDS),
    badStep: fc.integer({ min: 1, max: 1000 }),
    personMark: fc.option(fc.boolean()),
    tokenProbs: fc.array(share, { maxLength: 5 }),
  },
  {
    requiredKeys: [
      'id',
      'question',
      'answer',
      'prompt',
      'level',
      'gold',
      'result',
      'output',
      'tokens',
      'truncated',
      'verifierMark',
      'error',
      'personMark',
    ],
  },
);
const batch = fc.record({
  id: safeId,
  model: text,
  seed: fc.nat(),
  K: fc.integer({ min: 1, max: 16 }),
  temperature: fc.double({ min: 0, max: 100, noNaN: true }),
  createdAt: fc.constant('2026-01-01T00:00:00.000Z'),
  records: fc.array(record, { maxLength: 4 }),
});
const HASHES = ['#preset=tiny&methods=nft,rft', '#preset=workshop&seed=3&lang=ja', '#methods=grpo,dapo&K=8'];
/** A file as the page writes it (valid by construction, up to the schema's cross-checks). */
const validDoc = fc
  .record({
    settings: fc.constantFrom(...HASHES),
    batches: fc.array(batch, { maxLength: 2 }),
    arms,
  })
  .map(({ settings, batches, arms }) => ({
    format: 'nft-playground-session',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    about: 'fuzz',
    settings,
    labels: { batches },
    run: arms.length ? { completed: Math.min(...arms.map((a) => a.iterations.length)), arms } : null,
  }));

const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(...PROTO_NAMES),
  fc.constant({ toString: null, valueOf: null }),
  fc.constant(DEEP),
  fc.constantFrom(-1, 1e300, -0, 0.5, 2 ** 53, '', 'x'.repeat(5000), [], {}),
);

type Json = Record<string, unknown> | unknown[];
/** Every (container, key) pair in a document, in a fixed order. */
function places(doc: unknown, out: [Json, string | number][] = []): [Json, string | number][] {
  if (doc === null || typeof doc !== 'object') return out;
  for (const [k, v] of Object.entries(doc)) {
    out.push([doc as Json, Array.isArray(doc) ? Number(k) : k]);
    places(v, out);
  }
  return out;
}

const mutation = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('set', 'set', 'delete', 'add'),
  value: hostile,
  key: fc.oneof(fc.constantFrom(...PROTO_NAMES), fc.string({ maxLength: 8 })),
});

/** The document with the mutations applied, as text (a deep array where the marker was put). */
function mutated(doc: unknown, ms: { at: number; op: string; value: unknown; key: string }[]): string {
  const copy = JSON.parse(JSON.stringify(doc));
  for (const m of ms) {
    const ps = places(copy);
    if (ps.length === 0) break;
    const [parent, key] = ps[m.at % ps.length];
    if (m.op === 'set') (parent as Record<string, unknown>)[key] = m.value;
    else if (m.op === 'delete' && !Array.isArray(parent)) delete parent[key as string];
    else if (!Array.isArray(parent))
      Object.defineProperty(parent, m.key, {
        value: m.value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
  }
  return JSON.stringify(copy).replaceAll(DEEP, deepArray);
}

const RUNS = { numRuns: 150, seed: 16, endOnFailure: true } as const;

describe('the session-file reader, fuzzed', () => {
  it('never throws on random text or random JSON', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (t) => {
        tryFile(t);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        tryFile(JSON.stringify(v) ?? 'null');
      }),
      RUNS,
    );
  });

  it('accepts the files the page writes, and the page shows every one of them', () => {
    fc.assert(
      fc.property(validDoc, (d) => {
        expect(tryFile(JSON.stringify(d))).toBe('accepted');
      }),
      { ...RUNS, numRuns: 100 },
    );
  });

  it('mutated files (hostile values, prototype names, deep arrays): refused or shown, never a throw', () => {
    fc.assert(
      fc.property(validDoc, fc.array(mutation, { minLength: 1, maxLength: 3 }), (d, ms) => {
        tryFile(mutated(d, ms));
      }),
      { ...RUNS, numRuns: 250 },
    );
  });

  it('prototype names anywhere a name or key goes are refused, and pollute nothing', () => {
    const spots: ((d: ReturnType<typeof JSON.parse>, k: string) => void)[] = [
      (d, k) => {
        if (d.run?.arms[0]) d.run.arms[0].name = k;
      },
      (d, k) => {
        if (d.labels.batches[0]) d.labels.batches[0].id = k;
      },
      (d, k) => {
        const r = d.labels.batches[0]?.records[0];
        if (r) r.level = k;
      },
    ];
    fc.assert(
      fc.property(validDoc, fc.constantFrom(...PROTO_NAMES), fc.nat(2), (d, k, s) => {
        const doc = JSON.parse(JSON.stringify(d));
        spots[s](doc, k);
        tryFile(JSON.stringify(doc));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { ...RUNS, numRuns: 100 },
    );
    expect(count.lost).toBe(0);
  });
});
