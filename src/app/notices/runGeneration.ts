/**
 * Which run a notice describes. The generation counts the runs that replace the one before: a fresh run
 * from the base model (new settings, Reset, "Train on my labels", Start fresh). A restore, an imported
 * run's charts and going on after a crash keep the generation: they continue the run the page showed.
 * A notice made for generation g is shown only while the generation is still g, so it goes with its run.
 */
import { create } from 'zustand';
import type { RunRecord } from '../run/history';
import { useRunStore } from '../run/runStore';

type RunShape = Pick<RunRecord, 'runId' | 'phase' | 'completed' | 'arms'>;

/**
 * True when `next` is a fresh run replacing `prev`: a new id whose record starts empty and is being
 * prepared (session.ts newRun). A restored run or a shown record comes with its arms and points.
 */
export function replacesRun(next: RunShape, prev: Pick<RunRecord, 'runId'>): boolean {
  return (
    next.runId !== prev.runId && next.phase === 'preparing' && next.completed === 0 && next.arms.length === 0
  );
}

export const useRunGeneration = create<{ generation: number }>()(() => ({ generation: 0 }));

useRunStore.subscribe((next, prev) => {
  if (replacesRun(next, prev)) useRunGeneration.setState((s) => ({ generation: s.generation + 1 }));
});

/** The generation of the run the page shows now: a notice about it keeps this number. */
export const runGeneration = (): number => useRunGeneration.getState().generation;

/** Is a notice made for `generation` (null: not about a run) still true of the run shown? */
export function stillShown(generation: number | null, now: number): boolean {
  return generation === null || generation === now;
}
