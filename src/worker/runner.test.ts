import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleLabelBatch } from '../engine/labels/sample';
import { DEFAULT_MODEL_CONFIG } from '../engine/model/config';
import { Gpt } from '../engine/model/gpt';
import type { Experiment } from '../engine/train/experiment';
import { useBackend } from '../node/backend';
import type { RunConfig, RunEvent } from './protocol';
import { Runner } from './runner';

const CONFIG: RunConfig = {
  mix: [
    { level: 'add1', weight: 1 },
    { level: 'sub1', weight: 1 },
  ],
  experiment: {
    methods: ['nft', 'rft'],
    seed: 5,
    iterations: 4,
    evalEvery: 2,
    rollout: { M: 2, K: 2, temperature: 1, filter: false, maxRounds: 1 },
    mu: 1,
    lr: 1e-3,
    warmupSteps: 1,
    weightDecay: 0,
    clipNorm: 1,
    loss: {},
    eval: { perLevel: 2, k: 2, seed: 9 },
  },
};

let base: Gpt;
beforeAll(async () => {
  await useBackend('wasm');
  base = Gpt.init({ ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 }, 1);
});
afterAll(() => base.dispose());

function recorder() {
  const events: RunEvent[] = [];
  return { events, emit: (e: RunEvent) => events.push(e) };
}
const losses = (events: RunEvent[], runId: number) =>
  events.flatMap((e) => (e.runId === runId && e.type === 'iteration' ? [[e.arm, e.metrics.loss]] : []));
const lastStatus = (events: RunEvent[]) => events.filter((e) => e.type === 'status').at(-1);

describe('Runner', () => {
  it('steps one full iteration at a time, plays to the end, and resets to the same run', async () => {
    const r = recorder();
    const before = tf.memory().numTensors;
    const runner = new Runner(() => base, r.emit);
    const arms = await runner.configure(1, CONFIG);
    expect(arms.map((a) => [a.name, a.loss.negWeight])).toEqual([
      ['nft', 1],
      ['rft', 0],
    ]);
    await runner.step(1);
    expect(lastStatus(r.events)).toMatchObject({ status: 'paused', completed: 1 });
    expect(r.events.filter((e) => e.type === 'eval').map((e) => e.type === 'eval' && e.arm)).toEqual([
      'nft',
      'rft',
    ]);
    expect(losses(r.events, 1).map(([arm]) => arm)).toEqual(['nft', 'rft']);
    runner.play(1);
    await new Promise<void>((done) => {
      const t = setInterval(() => {
        if (
          lastStatus(r.events)?.type === 'status' &&
          (lastStatus(r.events) as { status: string }).status === 'done'
        ) {
          clearInterval(t);
          done();
        }
      }, 20);
    });
    expect(losses(r.events, 1)).toHaveLength(8);
    const first = losses(r.events, 1).slice(0, 2);
    await runner.reset(2);
    await runner.step(2);
    expect(losses(r.events, 2)).toEqual(first);
    runner.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('pause stops at the next boundary; nothing of a reset run comes after the reset', async () => {
    const r = recorder();
    const runner = new Runner(() => base, r.emit);
    await runner.configure(7, { ...CONFIG, experiment: { ...CONFIG.experiment, iterations: 1000 } });
    runner.play(7);
    while (losses(r.events, 7).length < 3) await new Promise((res) => setTimeout(res, 10));
    await runner.pause(7);
    const n = r.events.length;
    expect(lastStatus(r.events)).toMatchObject({ status: 'paused' });
    await new Promise((res) => setTimeout(res, 200));
    expect(r.events.length).toBe(n);
    // iterations are atomic per arm: every iteration event was a whole arm-iteration
    runner.play(7);
    const reset = runner.reset(8);
    runner.play(7); // stale id: ignored
    await reset;
    const at = r.events.length;
    await runner.pause(8);
    await new Promise((res) => setTimeout(res, 100));
    expect(r.events.slice(at).every((e) => e.runId === 8)).toBe(true);
    expect(r.events.slice(at).filter((e) => e.type === 'iteration')).toEqual([]);
    runner.dispose();
  });

  it('reports a failure as an error event', async () => {
    const r = recorder();
    const runner = new Runner(() => base, r.emit);
    await runner.configure(1, CONFIG);
    (runner as unknown as { exp: { stepOne: () => Promise<void> } }).exp.stepOne = async () => {
      throw new Error('boom');
    };
    await expect(runner.step(1)).rejects.toThrow('boom');
    expect(r.events.at(-1)).toEqual({ runId: 1, type: 'error', message: 'training failed: boom' });
    await expect(runner.reset(2)).resolves.toHaveLength(2);
    runner.dispose();
  });

  it("labels can be sampled from an arm's weights of the moment, named by its iteration", async () => {
    const runner = new Runner(() => base, recorder().emit);
    await runner.configure(1, CONFIG);
    await runner.step(1);
    const { model, name } = runner.armSnapshot(1, 'nft');
    expect(name).toBe('nft @ iteration 1');
    const trained = await (runner as unknown as { exp: Experiment }).exp.modelOf('nft').values();
    expect(await model.values()).toEqual(trained);
    const options = { mix: CONFIG.mix, runSeed: 5, batch: 0, questions: 2, K: 2, temperature: 1 };
    const stamp = { id: 'b', createdAt: '2026-01-01T00:00:00.000Z' };
    const fromArm = await sampleLabelBatch(model, { ...options, ...stamp, model: name });
    const fromBase = await sampleLabelBatch(base, { ...options, ...stamp, model: 'base' });
    model.dispose();
    expect(fromArm.model).toBe('nft @ iteration 1');
    // Same questions and seed, other weights: the answers' probabilities differ.
    expect(fromArm.records.map((r) => r.prompt)).toEqual(fromBase.records.map((r) => r.prompt));
    expect(fromArm.records.map((r) => r.tokenProbs)).not.toEqual(fromBase.records.map((r) => r.tokenProbs));
    await runner.step(1); // the arm trains on after its copy is gone
    expect(() => runner.armSnapshot(2, 'nft')).toThrow('that run is over');
    expect(() => runner.armSnapshot(1, 'sft')).toThrow('no arm named "sft"');
    runner.dispose();
  });

  it('sends a snapshot after each unit, after its events; a new runner goes on from it exactly', async () => {
    const whole = recorder();
    const a = new Runner(() => base, whole.emit);
    await a.configure(1, CONFIG);
    for (let i = 0; i < 4; i++) await a.step(1);
    a.dispose();

    const r = recorder();
    const runner = new Runner(() => base, r.emit);
    await runner.configure(1, CONFIG);
    await runner.step(1);
    await runner.step(1);
    // Every snapshot holds exactly the iterations reported before it.
    let iterations = 0;
    for (const e of r.events) {
      if (e.type === 'iteration') iterations++;
      if (e.type === 'snapshot')
        expect(e.snapshot.arms.reduce((n, arm) => n + arm.history.iterations.length, 0)).toBe(iterations);
    }
    const snaps = r.events.filter((e) => e.type === 'snapshot');
    expect(snaps).toHaveLength(5); // the base evaluation, then 2 x 2 arm-iterations
    const last = snaps.at(-1);
    if (last?.type !== 'snapshot') throw new Error('no snapshot');
    runner.fail('the GPU device was lost (test)');
    expect(r.events.at(-1)).toEqual({ runId: 1, type: 'error', message: 'the GPU device was lost (test)' });
    runner.dispose();

    const next = new Runner(() => base, r.emit);
    const arms = await next.restore(2, structuredClone(last.snapshot));
    expect(arms.map((x) => x.name)).toEqual(['nft', 'rft']);
    expect(lastStatus(r.events)).toMatchObject({ runId: 2, status: 'paused', completed: 2 });
    await next.step(2);
    await next.step(2);
    expect(losses(r.events, 2)).toEqual(losses(whole.events, 1).slice(4));
    next.dispose();
  });

  it('with gradients on: one study per evaluation, at the first arm, inside its unit (before the snapshot)', async () => {
    const { loadCheckpoint } = await import('../node/checkpoint-fs');
    const { model } = await loadCheckpoint('public/models/base');
    const r = recorder();
    const runner = new Runner(() => model, r.emit);
    const config: RunConfig = {
      mix: [
        { level: 'add1', weight: 1 },
        { level: 'add2', weight: 1 },
      ],
      experiment: {
        ...CONFIG.experiment,
        iterations: 3,
        evalEvery: 1,
        rollout: { M: 4, K: 4, temperature: 1, filter: true, maxRounds: 3 },
      },
      gradients: { rollouts: 2 },
    };
    await runner.configure(1, config);
    await runner.step(1);
    await runner.step(1);
    const reports = r.events.flatMap((e) => (e.type === 'gradients' ? [e.report] : []));
    expect(reports.map((g) => g.iteration)).toEqual([0, 1, 2]);
    for (const g of reports) {
      expect(g.weightsOf).toBe('nft');
      expect(g.problem).toBeUndefined();
      const s = g.study;
      if (!s) throw new Error('no study');
      expect(s.methods.map((m) => m.name)).toEqual(['nft', 'rft', 'rft:one']);
      expect(s.rollouts).toBe(2);
      for (const m of s.methods)
        for (const v of [m.meanNorm, m.rolloutNorm]) expect(Number.isFinite(v)).toBe(true);
      for (const m of s.methods) expect(m.snr).toBeGreaterThan(0);
      for (const m of s.methods) expect(Number.isFinite(m.snr)).toBe(true);
      for (const c of s.cosine.flat()) {
        expect(Number.isFinite(c)).toBe(true);
        expect(Math.abs(c)).toBeLessThanOrEqual(1 + 1e-9);
      }
    }
    // Each study comes after its evaluation of the first arm and before the snapshot of that unit.
    const kinds = r.events.map((e) => (e.type === 'eval' ? `eval:${e.arm}` : e.type));
    for (const [i, k] of kinds.entries()) {
      if (k !== 'gradients') continue;
      expect(kinds.slice(0, i).lastIndexOf('eval:nft')).toBeGreaterThan(
        kinds.slice(0, i).lastIndexOf('snapshot'),
      );
      expect(kinds.slice(i + 1).find((x) => x === 'snapshot' || x === 'eval:nft')).toBe('snapshot');
    }
    // A run restored from its last snapshot (after a crash) goes on with the same studies.
    const last = r.events.filter((e) => e.type === 'snapshot').at(-1);
    if (last?.type !== 'snapshot') throw new Error('no snapshot');
    await runner.step(1);
    const next = new Runner(() => model, r.emit);
    await next.restore(2, structuredClone(last.snapshot), config.gradients);
    await next.step(2);
    const study = (runId: number) =>
      r.events.flatMap((e) => (e.runId === runId && e.type === 'gradients' ? [e.report] : [])).at(-1);
    expect(study(2)?.iteration).toBe(3);
    expect(study(2)?.study).toEqual(study(1)?.study);
    next.dispose();
    runner.dispose();
    model.dispose();
  });

  it('with label noise 0.5: some marks differ from the verifier, the counts add up, a restored run flips alike', async () => {
    const config: RunConfig = { ...CONFIG, labels: { noise: 0.5, verifier: 'exact' } };
    const whole = recorder();
    const a = new Runner(() => base, whole.emit);
    await a.configure(1, config);
    for (let i = 0; i < 4; i++) await a.step(1);
    a.dispose();
    const its = whole.events.flatMap((e) => (e.type === 'iteration' ? [e.metrics] : []));
    const views = whole.events.flatMap((e) => (e.type === 'rollout' ? [e.rollout] : []));
    expect(its.length).toBeGreaterThan(0);
    expect(views).toHaveLength(its.length);
    const { M, K } = CONFIG.experiment.rollout;
    let flipped = 0;
    for (const [i, m] of its.entries()) {
      // No filter and one round: the first round is the whole rollout, M x K answers.
      const errors = m.errors;
      if (!errors) throw new Error('no error counts');
      expect(Object.values(errors).reduce((x, n) => x + n, 0)).toBe(M * K);
      const answers = views[i].groups.filter((g) => g.firstRound).flatMap((g) => g.answers);
      expect(errors.none).toBe(answers.filter((x) => x.verified).length);
      expect(m.flipped).toBe(answers.filter((x) => x.correct !== x.verified).length);
      expect(m.right + m.wrong).toBe(M * K);
      flipped += m.flipped ?? 0;
    }
    expect(flipped).toBeGreaterThan(0);

    // A run restored from a snapshot rebuilds the same labeler from its settings and seed.
    const r = recorder();
    const b = new Runner(() => base, r.emit);
    await b.configure(1, config);
    await b.step(1);
    await b.step(1);
    const last = r.events.filter((e) => e.type === 'snapshot').at(-1);
    if (last?.type !== 'snapshot') throw new Error('no snapshot');
    b.dispose();
    const next = new Runner(() => base, r.emit);
    await next.restore(2, structuredClone(last.snapshot), undefined, config.labels);
    await next.step(2);
    await next.step(2);
    const flips = (events: RunEvent[], runId: number) =>
      events.flatMap((e) => (e.runId === runId && e.type === 'iteration' ? [e.metrics.flipped] : []));
    expect(flips(r.events, 2)).toEqual(flips(whole.events, 1).slice(its.length - flips(r.events, 2).length));
    expect(losses(r.events, 2)).toEqual(
      losses(whole.events, 1).slice(its.length - losses(r.events, 2).length),
    );
    next.dispose();
  });
  it('pauses between sub-units (rounds, update steps, evaluation chunks) and gives the same numbers paused or not', async () => {
    const config: RunConfig = {
      ...CONFIG,
      experiment: {
        ...CONFIG.experiment,
        iterations: 3,
        evalEvery: 1,
        mu: 2,
        rollout: { M: 2, K: 2, temperature: 1, filter: false, maxRounds: 1 },
      },
    };
    const numbers = (events: RunEvent[]) =>
      events.flatMap((e) =>
        e.type === 'iteration'
          ? [
              [
                e.arm,
                e.metrics.iteration,
                e.metrics.loss,
                e.metrics.gradNorm,
                e.metrics.entropy,
                e.metrics.drawn,
              ],
            ]
          : e.type === 'eval'
            ? [[e.arm, e.point.iteration, e.point.eval.greedy.accuracy, e.point.eval.entropy]]
            : [],
      );
    const straight = recorder();
    const a = new Runner(() => base, straight.emit, false);
    await a.configure(1, config);
    await a.play(1);
    a.dispose();

    // Pause at every sub-unit the pacer reports, check nothing moves while paused, then play on.
    const r = recorder();
    const b = new Runner(() => base, r.emit, false);
    await b.configure(1, config);
    const phases = new Set<string>();
    let pauses = 0;
    b.setListener((e) => {
      r.emit(e);
      if (e.type !== 'progress') return;
      phases.add(e.progress.phase);
      pauses++;
      void b.pause(1).then(async () => {
        const n = r.events.length;
        await new Promise((res) => setTimeout(res, 5));
        expect(r.events.length).toBe(n);
        expect(lastStatus(r.events)).toMatchObject({ status: 'paused' });
        void b.play(1);
      });
    });
    void b.play(1);
    while (!r.events.some((e) => e.type === 'status' && e.status === 'done'))
      await new Promise((res) => setTimeout(res, 10));
    b.dispose();
    expect([...phases].sort()).toEqual(['evaluating', 'sampling', 'updating']);
    expect(pauses).toBeGreaterThan(10);
    expect(numbers(r.events)).toEqual(numbers(straight.events));
    expect(numbers(r.events).length).toBeGreaterThan(10);
  });

  it('a reset while paused inside an iteration abandons it and frees its tensors', async () => {
    const before = tf.memory().numTensors;
    const r = recorder();
    const runner = new Runner(() => base, r.emit, false);
    await runner.configure(1, { ...CONFIG, experiment: { ...CONFIG.experiment, mu: 2 } });
    await runner.step(1);
    let stopAt: Promise<void> | null = null;
    runner.setListener((e) => {
      r.emit(e);
      if (e.type === 'progress' && e.progress.phase === 'updating' && e.progress.step === 2 && !stopAt)
        stopAt = runner.pause(1);
    });
    void runner.step(1);
    while (!stopAt) await new Promise((res) => setTimeout(res, 5));
    await stopAt;
    const iterations = r.events.filter((e) => e.type === 'iteration').length;
    await runner.reset(2);
    expect(r.events.filter((e) => e.runId === 1 && e.type === 'iteration')).toHaveLength(iterations);
    runner.dispose();
    await new Promise((res) => setTimeout(res, 20));
    expect(tf.memory().numTensors).toBe(before);
  });
  it('a run given the base evaluation starts with it as iteration 0, skips evaluating it and trains the same', async () => {
    const live = recorder();
    const a = new Runner(() => base, live.emit, false);
    await a.configure(1, CONFIG);
    await a.step(1);
    a.dispose();
    const baseEval = live.events.find((e) => e.type === 'eval' && e.point.iteration === 0);
    if (baseEval?.type !== 'eval') throw new Error('no base evaluation');

    const r = recorder();
    const b = new Runner(
      () => base,
      r.emit,
      false,
      () => baseEval.point.eval,
    );
    const arms = await b.configure(1, CONFIG);
    expect(arms.map((x) => x.baseEval)).toEqual([baseEval.point, baseEval.point]);
    await b.step(1);
    b.dispose();
    expect(r.events.filter((e) => e.type === 'eval' && e.point.iteration === 0)).toEqual([]);
    expect(losses(r.events, 1)).toEqual(losses(live.events, 1));
    // With a gradient study the run evaluates iteration 0 itself (the study comes with that evaluation).
    const c = new Runner(
      () => base,
      recorder().emit,
      false,
      () => baseEval.point.eval,
    );
    const studied = await c.configure(1, { ...CONFIG, gradients: { rollouts: 1 } });
    expect(studied.map((x) => x.baseEval)).toEqual([undefined, undefined]);
    c.dispose();
  });
});
