/** Where the page stands with the saved session (zustand): who saves it, and what happened at load. */
import { create } from 'zustand';
import type { Msg } from '../../formats/msg';

export type PersistMode =
  /** Opening IndexedDB, waiting for the lock. */
  | 'starting'
  /** This tab saves the session as it changes. */
  | 'saving'
  /** Another tab saves it: this one shows a copy and saves nothing. */
  | 'other-tab'
  /** This tab saved it until another tab took over. */
  | 'taken-over'
  /** No IndexedDB (a private window, a blocked storage): nothing is kept. */
  | 'off';

export interface PersistState {
  mode: PersistMode;
  /**
   * What the page opened with (restored, or the link won), or the last session action: messages shown
   * one after the other, in the page's language; empty when there is nothing to say.
   */
  note: Msg[];
  /**
   * The run generation (notices/runGeneration.ts) the note describes: it shows only while that run is the
   * page's; null: the note is not about a run (who saves, what the browser keeps).
   */
  noteGeneration: number | null;
  /** The last save's failure, until a save succeeds. */
  error: Msg | null;
  /** Date.now() of the last completed save. */
  savedAt: number | null;
}

export const usePersistStore = create<PersistState>()(() => ({
  mode: 'starting',
  note: [],
  noteGeneration: null,
  error: null,
  savedAt: null,
}));
