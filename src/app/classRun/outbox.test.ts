import { describe, expect, it } from 'vitest';
import type { ClassResult } from '../../formats/classRoom/roomMessages';
import { Outbox, type SendOutcome } from './outbox';

const result = (iteration: number): ClassResult => ({
  iteration,
  arms: [{ name: 'nft', method: 'nft', greedy: 0.5, sampled: 0.4, entropy: null }],
});

/** An outbox whose timers are run by hand and whose sends answer from `answers` (then ok). */
function harness(answers: SendOutcome[], restored: ClassResult[] = []) {
  const sent: number[][] = [];
  const timers: { f: () => void; ms: number }[] = [];
  const saved: number[][] = [];
  const box = new Outbox(
    {
      send: async (rs) => {
        sent.push(rs.map((r) => r.iteration));
        return answers.shift() ?? { ok: true };
      },
      save: (rs) => saved.push(rs.map((r) => r.iteration)),
      setTimer: (f, ms) => timers.push({ f, ms }),
      clearTimer: () => {},
      minDelay: 100,
      maxDelay: 400,
    },
    restored,
  );
  return { box, sent, timers, saved };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('outbox', () => {
  it('sends each iteration once, in order', async () => {
    const h = harness([]);
    h.box.add([result(0), result(1)]);
    await settle();
    h.box.add([result(0), result(1), result(2)]);
    await settle();
    expect(h.sent).toEqual([[0, 1], [2]]);
    expect(h.box.state()).toMatchObject({ waiting: 0, sent: 3, problem: null });
  });

  it('keeps results while offline, retries with a growing pause, and sends them all when back', async () => {
    const offline: SendOutcome = { ok: false, retry: true, message: 'Failed to fetch' };
    const h = harness([offline, offline, offline]);
    h.box.add([result(0)]);
    await settle();
    h.box.add([result(1)]);
    await settle();
    expect(h.box.state()).toMatchObject({ waiting: 2, sent: 0, problem: 'Failed to fetch' });
    h.timers.shift()?.f();
    await settle();
    h.timers.shift()?.f();
    await settle();
    expect(h.sent.at(-1)).toEqual([0, 1]);
    expect(h.box.state()).toMatchObject({ waiting: 0, sent: 2, problem: null });
    // The saved copy follows: last saved, nothing waits.
    expect(h.saved.at(-1)).toEqual([]);
  });

  it('doubles the pause up to its cap', async () => {
    const offline: SendOutcome = { ok: false, retry: true, message: 'offline' };
    const h = harness([offline, offline, offline, offline]);
    h.box.add([result(0)]);
    await settle();
    for (let i = 0; i < 3; i++) {
      h.timers[h.timers.length - 1].f();
      await settle();
    }
    expect(h.timers.map((t) => t.ms)).toEqual([100, 200, 400, 400]);
  });

  it('stops for good on a refusal (e.g. dropped by the presenter)', async () => {
    const h = harness([{ ok: false, retry: false, message: 'the presenter removed this attendee' }]);
    h.box.add([result(0)]);
    await settle();
    h.box.retryNow();
    await settle();
    expect(h.sent.length).toBe(1);
    expect(h.timers.length).toBe(0);
    expect(h.box.state()).toMatchObject({ refused: true, waiting: 1 });
  });

  it('sends results restored from storage first, in batches of at most 50', async () => {
    const h = harness(
      [],
      Array.from({ length: 60 }, (_, i) => result(i)),
    );
    h.box.add([result(60)]);
    await settle();
    await settle();
    expect(h.sent.map((b) => b.length)).toEqual([50, 11]);
  });
});
