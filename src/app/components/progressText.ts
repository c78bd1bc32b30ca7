/**
 * Where the run is inside an iteration ("nft, iteration 3: update step 1 of 2"), and the time left to
 * the end of the run from the measured speed. Pure: Controls.tsx shows them.
 */
import type { T } from '../i18n/t';
import type { RunProgress } from '../run/runStore';

export function progressText(t: T, p: RunProgress): string {
  const q = p.progress;
  const where =
    q.phase === 'evaluating'
      ? p.iteration === 0
        ? t('base model')
        : t('{arm} after iteration {n}', { arm: p.arm, n: p.iteration })
      : t('{arm}, iteration {n}', { arm: p.arm, n: p.iteration });
  const what =
    q.phase === 'sampling'
      ? t('sampling round {round} of up to {max}', { round: q.round, max: q.maxRounds })
      : q.phase === 'updating'
        ? t('update step {step} of {steps}', { step: q.step, steps: q.steps })
        : t('evaluating {done} of {total}', { done: q.done, total: q.total });
  return `${where}: ${what}`;
}

/** Seconds left at `itPerSec` iterations (of every arm) a second; null without a speed or when done. */
export function secondsLeft(completed: number, iterations: number, itPerSec: number | null): number | null {
  if (itPerSec === null || itPerSec <= 0 || completed >= iterations) return null;
  return (iterations - completed) / itPerSec;
}

export function durationText(t: T, seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return t('{s} s', { s });
  const m = Math.floor(s / 60);
  return m < 60
    ? t('{m} min {s} s', { m, s: s % 60 })
    : t('{h} h {m} min', { h: Math.floor(m / 60), m: m % 60 });
}
