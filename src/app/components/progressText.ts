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
        ? t('progress.baseModel')
        : t('progress.armAfter', { arm: p.arm, n: p.iteration })
      : t('progress.armIteration', { arm: p.arm, n: p.iteration });
  const what =
    q.phase === 'sampling'
      ? t('progress.sampling', { round: q.round, max: q.maxRounds })
      : q.phase === 'updating'
        ? t('progress.updateStep', { step: q.step, steps: q.steps })
        : t('progress.evaluating', { done: q.done, total: q.total });
  return `${where}: ${what}`;
}

/** Seconds left at `itPerSec` iterations (of every arm) a second; null without a speed or when done. */
export function secondsLeft(completed: number, iterations: number, itPerSec: number | null): number | null {
  if (itPerSec === null || itPerSec <= 0 || completed >= iterations) return null;
  return (iterations - completed) / itPerSec;
}

export function durationText(t: T, seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return t('progress.seconds', { s });
  const m = Math.floor(s / 60);
  return m < 60
    ? t('progress.mMinSS', { m, s: s % 60 })
    : t('progress.hHMMin', { h: Math.floor(m / 60), m: m % 60 });
}
