import { describe, expect, it } from 'vitest';
import type { LabelBatch, LabelRecord } from '../../engine/labels/record';
import { formatHash, parseHash } from '../settings/hash';
import { MAX_FILE_BYTES, readSession, type SessionContent, sessionDocument, sessionJson } from './format';
import { ARMS } from './testRun.testing';

const record = (i: number, over: Partial<LabelRecord> = {}): LabelRecord => ({
  id: `b1:0:${i}`,
  question: 0,
  answer: i,
  prompt: '12+34=',
  level: 'add2',
  gold: '46',
  result: 46,
  output: i === 0 ? '46' : '47',
  tokens: [5, 7, 1],
  truncated: false,
  verifierMark: i === 0,
  error: i === 0 ? 'none' : 'wrong_final',
  personMark: i === 1 ? true : null,
  ...over,
});

const batch = (records: LabelRecord[]): LabelBatch => ({
  id: 'b1',
  model: 'base',
  seed: 7,
  K: 2,
  temperature: 1,
  createdAt: '2026-01-02T03:04:05.000Z',
  records,
});

const settings = parseHash('#preset=tiny&methods=nft,rft&seed=3&mix=add1,add2&backend=wasm').settings;
const CONTENT: SessionContent = {
  settings,
  batches: [batch([record(0), record(1, { badStep: 2, error: 'wrong_step' })])],
  run: { completed: 1, arms: ARMS },
};
const DATE = new Date('2026-02-03T04:05:06Z');

/** The exported document as plain JSON values, with `edit` applied. */
// biome-ignore lint/suspicious/noExplicitAny: the tests edit arbitrary JSON
function fileWith(edit: (doc: Record<string, any>) => void): string {
  const doc = JSON.parse(sessionJson(CONTENT, DATE));
  edit(doc);
  return JSON.stringify(doc);
}

function refused(text: string): string {
  const r = readSession(text);
  if (r.ok) throw new Error('the file was accepted');
  return r.error;
}

describe('session file', () => {
  it('round-trips an exported session: settings, labels and histories (NaN as null)', () => {
    const text = sessionJson(CONTENT, DATE);
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({
      format: 'nft-playground-session',
      version: 1,
      exportedAt: DATE.toISOString(),
    });
    expect(doc.settings).toBe(formatHash(settings));
    expect(doc.run.arms[1].iterations[0].loss).toBeNull();
    const r = readSession(text);
    if (!r.ok) throw new Error(r.error);
    expect(r.content.settings).toEqual(settings);
    expect(r.content.batches).toEqual(CONTENT.batches);
    expect(r.content.run).toEqual(CONTENT.run); // toEqual treats NaN as equal to NaN
    expect(Number.isNaN(r.content.run?.arms[1].iterations[0].loss)).toBe(true);
    // A second round gives the same document.
    expect(JSON.parse(sessionJson(r.content, DATE))).toEqual(doc);
  });

  it('keeps a file without a run, and strings with markup as plain strings', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const text = sessionJson(
      { ...CONTENT, run: null, batches: [batch([record(0, { output: evil, prompt: evil })])] },
      DATE,
    );
    const r = readSession(text);
    if (!r.ok) throw new Error(r.error);
    expect(r.content.run).toBeNull();
    expect(r.content.batches[0].records[0].output).toBe(evil);
  });

  it('refuses what is not JSON, or not a session file, with what is wrong', () => {
    expect(refused('{"format": "nft-playground-session", ')).toMatch(/^not a JSON file \(/);
    expect(refused('[1, 2]')).toBe('not a session file: expected a JSON object');
    expect(refused('{"format": "nft-playground-metrics", "version": 1}')).toBe(
      'format: expected "nft-playground-session", got "nft-playground-metrics"',
    );
    expect(refused(fileWith((d) => (d.version = 2)))).toBe(
      'version: this page reads version 1 of nft-playground-session, the file is version 2',
    );
    expect(refused(fileWith((d) => delete d.labels))).toBe('labels: missing');
    expect(refused(fileWith((d) => (d.extra = 1)))).toBe('extra: unknown key');
  });

  it('refuses too large a file before reading it', () => {
    const big = 'x'.repeat(MAX_FILE_BYTES + 1);
    expect(refused(big)).toMatch(/^the file is 20\.0 MB; a session file may be at most 20\.0 MB$/);
  });

  it('names the place of a wrong type, a huge number or too long a string', () => {
    expect(refused(fileWith((d) => (d.labels.batches[0].records[1].output = 'x'.repeat(2001))))).toBe(
      'labels.batches[0].records[1].output: expected a string of at most 2000 characters',
    );
    expect(refused(fileWith((d) => (d.labels.batches[0].records[0].personMark = 'yes')))).toBe(
      'labels.batches[0].records[0].personMark: expected true or false',
    );
    expect(refused(fileWith((d) => (d.labels.batches[0].seed = -1)))).toBe(
      'labels.batches[0].seed: expected a whole number in 0..4294967295',
    );
    expect(refused(fileWith((d) => (d.run.arms[0].iterations[1].right = 1e300)))).toBe(
      'run.arms[0].iterations[1].right: expected a whole number in 0..1000000000000',
    );
    expect(refused(fileWith((d) => (d.run.arms[0].evals[0].eval.greedy.accuracy = '1')))).toBe(
      'run.arms[0].evals[0].eval.greedy.accuracy: expected a finite number in 0..1',
    );
    expect(refused(fileWith((d) => (d.run.arms[0].method = 'ppo')))).toBe(
      'run.arms[0].method: expected one of nft, rft, sft, grpo, dr_grpo, dapo',
    );
    expect(refused(fileWith((d) => (d.run.completed = 2)))).toBe(
      'run.completed: expected 1 (the fewest iterations of an arm)',
    );
    expect(refused(fileWith((d) => (d.labels.batches = new Array(1001).fill(d.labels.batches[0]))))).toBe(
      'labels.batches: expected at most 1000 items, got 1001',
    );
  });

  it('refuses 1e400 (Infinity once parsed) where a number is expected', () => {
    const text = sessionJson(CONTENT, DATE).replace('"passAtK":0.75', '"passAtK":1e400');
    expect(refused(text)).toBe('run.arms[0].evals[0].eval.passAtK: expected a finite number in 0..1');
  });

  it('refuses __proto__ and constructor keys wherever they are', () => {
    const proto = sessionJson(CONTENT, DATE).replace(
      '"id":"b1:0:0"',
      '"__proto__":{"polluted":1},"id":"b1:0:0"',
    );
    expect(refused(proto)).toBe('labels.batches[0].records[0].__proto__: forbidden key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(refused(fileWith((d) => (d.run.arms[0].evals[0].eval.greedy.perLevel.constructor = {})))).toBe(
      'run.arms[0].evals[0].eval.greedy.perLevel.constructor: forbidden key',
    );
  });

  it('refuses, with a message, a format or version that no String() could show', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = sessionJson(CONTENT, DATE);
    expect(refused(fileWith((d) => (d.format = { toString: null })))).toBe(
      'format: expected "nft-playground-session", got an object',
    );
    expect(refused(text.replace('"nft-playground-session"', deep))).toBe(
      'format: expected "nft-playground-session", got an array of 1 items',
    );
    expect(refused(text.replace('"version":1', `"version":${deep}`))).toBe(
      'version: this page reads version 1 of nft-playground-session, the file is version an array of 1 items',
    );
    expect(refused(fileWith((d) => (d.version = { toString: null, valueOf: null })))).toBe(
      'version: this page reads version 1 of nft-playground-session, the file is version an object',
    );
    expect(refused(fileWith((d) => (d.format = 'x'.repeat(10_000)))).length).toBeLessThan(120);
  });

  it('refuses arm names and ids that are not the ones the page writes (no built-in names)', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'nft ', 'x'])
      expect(refused(fileWith((d) => (d.run.arms[0].name = name)))).toMatch(
        /^run\.arms\[0\]\.name: expected an arm name/,
      );
    for (const id of ['constructor', 'valueOf', 'b1 x', '', '<b>'])
      expect(refused(fileWith((d) => (d.labels.batches[0].id = id)))).toMatch(
        /^labels\.batches\[0\]\.id: expected an id/,
      );
    expect(refused(fileWith((d) => (d.labels.batches[0].records[0].level = 'toString')))).toMatch(
      /^labels\.batches\[0\]\.records\[0\]\.level: expected an id/,
    );
    const named = (name: string) => readSession(fileWith((d) => (d.run.arms[0].name = name))).ok;
    expect(['nft', 'nft#2', 'rft-labels', 'dr_grpo-labels#3'].map(named)).toEqual([true, true, true, true]);
  });

  it('checks the settings through the settings table, and refuses them on any problem', () => {
    expect(refused(fileWith((d) => (d.settings = '#preset=tiny&lr=banana')))).toMatch(
      /^settings: lr: must be a number in \(0, 0\.1\], got "banana"/,
    );
    expect(refused(fileWith((d) => (d.settings = '#preset=tiny&evil=1')))).toBe(
      'settings: unknown setting "evil" ignored',
    );
    expect(refused(fileWith((d) => (d.settings = 'preset=tiny')))).toBe(
      'settings: expected a link hash starting with #',
    );
  });

  it("lists at most ten of a settings hash's problems and counts the rest", () => {
    const error = refused(fileWith((d) => (d.settings = `#${'seed=1&'.repeat(500)}`)));
    expect(error).toMatch(/; and 489 more$/);
    expect(error.length).toBeLessThan(1000);
  });

  it('builds the document it writes', () => {
    const doc = sessionDocument(CONTENT, DATE);
    expect(doc.labels.batches).toBe(CONTENT.batches);
    expect(doc.about).toMatch(/No model weights/);
  });
});
