import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { LabelBatch, LabelRecord } from '../engine/labels/record';
import { REWARD_SOURCE } from '../engine/labels/verlReward';
import { sessionJson } from '../formats/sessionFile/format';
import { defaultSettings } from '../formats/settings/table';
import { batchesFromText, verlExportCommand } from './verl-export';

const rec = (
  q: number,
  a: number,
  output: string,
  verifierMark: boolean,
  personMark: boolean | null,
): LabelRecord => ({
  id: `b1:${q}:${a}`,
  question: q,
  answer: a,
  prompt: q === 0 ? '12+34=' : '3+4=',
  level: q === 0 ? 'add2' : 'add1',
  gold: q === 0 ? '46' : '7',
  result: q === 0 ? 46 : 7,
  output,
  tokens: [5, 6],
  truncated: false,
  verifierMark,
  error: verifierMark ? 'none' : 'wrong_final',
  personMark,
});

const batch: LabelBatch = {
  id: 'b1',
  model: 'base',
  seed: 42,
  K: 2,
  temperature: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  records: [
    rec(0, 0, '46', true, null),
    rec(0, 1, '45', false, true),
    rec(1, 0, '7', true, false),
    rec(1, 1, '8', false, null),
  ],
};

const dirs: string[] = [];
const tempDir = async () => {
  const d = await mkdtemp(join(tmpdir(), 'verl-export-'));
  dirs.push(d);
  return d;
};
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('verl-export reads labels', () => {
  it('from {"batches": [...]}', () => {
    expect(batchesFromText(JSON.stringify({ batches: [batch] }), 'f.json')).toEqual({ batches: [batch] });
  });

  it('from a session file saved by the page, with its settings', () => {
    const settings = { ...defaultSettings('tiny'), seed: 9, methods: ['nft' as const, 'grpo' as const] };
    const text = sessionJson({ settings, batches: [batch], run: null }, new Date(0));
    const read = batchesFromText(text, 's.json');
    expect(read.batches).toEqual([batch]);
    expect(read.settings?.seed).toBe(9);
    expect(read.settings?.methods).toEqual(['nft', 'grpo']);
  });

  it('and says what is wrong with a file it cannot use', () => {
    expect(() => batchesFromText('{', 'f.json')).toThrow(/f\.json is not JSON/);
    expect(() => batchesFromText('[]', 'f.json')).toThrow(
      /expected a session file or an object with "batches"/,
    );
    const bad = { batches: [{ ...batch, records: [{ ...batch.records[0], personMark: 'yes' }] }] };
    expect(() => batchesFromText(JSON.stringify(bad), 'f.json')).toThrow(/personMark/);
    expect(() => batchesFromText(JSON.stringify({ format: 'other' }), 'f.json')).toThrow(/format/);
    // A format no String() can show: a message, not "Cannot convert object to primitive value".
    expect(() => batchesFromText('{"format": {"toString": null}}', 'f.json')).toThrow(
      'f.json: format: expected "nft-playground-session", got an object',
    );
  });
});

describe('npm run cli -- verl-export', () => {
  it('writes the Parquet, JSONL, settings and reward files from a labels file', async () => {
    const dir = await tempDir();
    const input = join(dir, 'labels-in.json');
    await (await import('node:fs/promises')).writeFile(input, JSON.stringify({ batches: [batch] }));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await verlExportCommand(['--labels', input, '--out', dir, '--link', '#preset=tiny&methods=nft,rft']);
    expect(log.mock.calls.join('\n')).toContain(
      '4 labelled answers (2 marked right, 2 wrong; 2 marked by a person)',
    );
    log.mockRestore();
    const buf = await readFile(join(dir, 'labels.parquet'));
    const rows = await parquetReadObjects({
      file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength),
    });
    expect(
      rows.map((r) => [
        r.extra_info.record_id,
        r.extra_info.answer,
        r.extra_info.mark,
        r.extra_info.person_mark,
      ]),
    ).toEqual([
      ['b1:0:0', '46', true, null],
      ['b1:0:1', '45', true, true],
      ['b1:1:0', '7', false, false],
      ['b1:1:1', '8', false, null],
    ]);
    expect(rows[1].prompt).toEqual([{ role: 'user', content: '12+34=' }]);
    const jsonl = (await readFile(join(dir, 'labels.jsonl'), 'utf8'))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(jsonl.map((r) => r.reward_model.ground_truth)).toEqual(['46', '46', '7', '7']);
    const settings = JSON.parse(await readFile(join(dir, 'verl-settings.json'), 'utf8'));
    expect(settings.methods.map((m: { method: string }) => m.method)).toEqual(['nft', 'rft']);
    expect(settings.methods[0].overrides['actor_rollout_ref.rollout.n']).toBe(4); // the tiny preset's K
    expect(await readFile(join(dir, 'nft_playground_reward.py'), 'utf8')).toBe(REWARD_SOURCE);
  });

  it('refuses a labels file over the size limit by its size, unread', async () => {
    const { open } = await import('node:fs/promises');
    const dir = await tempDir();
    const big = join(dir, 'big.json');
    const f = await open(big, 'w');
    await f.truncate(600 * 1024 * 1024); // sparse: 600 MB on paper, nothing on disk
    await f.close();
    await expect(verlExportCommand(['--labels', big, '--out', join(dir, 'big')])).rejects.toThrow(
      /big\.json is larger than 20971520 bytes/,
    );
  });

  it('needs exactly one of --labels and --sample, and a valid --link', async () => {
    await expect(verlExportCommand([])).rejects.toThrow('give one of --labels FILE or --sample N');
    await expect(verlExportCommand(['--labels', 'x', '--sample', '2'])).rejects.toThrow(/give one of/);
    await expect(verlExportCommand(['--sample', '2', '--link', '#K=1000'])).rejects.toThrow(/--link/);
  });

  it('--sample N samples N questions from the base model, marked by the verifier', async () => {
    const dir = await tempDir();
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await verlExportCommand(['--sample', '1', '--out', dir, '--link', '#preset=tiny&mix=add1']);
    log.mockRestore();
    const lines = (await readFile(join(dir, 'labels.jsonl'), 'utf8'))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4); // 1 question x K = 4
    for (const r of lines) {
      expect(r.extra_info.person_mark).toBeNull();
      expect(r.extra_info.mark).toBe(r.extra_info.verifier_mark);
      expect(r.extra_info.verifier_mark).toBe(r.extra_info.error === 'none');
      expect(r.extra_info.level).toBe('add1');
    }
  }, 120_000);
});
