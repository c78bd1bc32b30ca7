/**
 * The person's labels (zustand): every sampled batch, the last one being the one labelled, which card
 * has the focus, and an undo stack of marks. Marking moves the focus to the next card. Persistence and
 * import replace everything through replaceLabels.
 */
import { create } from 'zustand';
import type { LabelBatch } from '../../engine/labels/record';

interface UndoEntry {
  batchId: string;
  index: number;
  /** The record's person mark before the change. */
  before: boolean | null;
}

export interface LabelState {
  /** Every batch sampled (or imported); the last is the one being labelled. */
  batches: LabelBatch[];
  /** Index of the focused card among the last batch's records. */
  focus: number;
  undoStack: UndoEntry[];
  /** Replaces every batch (persistence, import); resets the focus and the undo stack. */
  replaceLabels(batches: LabelBatch[]): void;
  /** Appends a newly sampled batch and starts labelling it at its first card. */
  addBatch(batch: LabelBatch): void;
  /** Sets the person's mark on card `index` (default: the focused one), then focuses the next card. */
  mark(value: boolean, index?: number): void;
  /** Takes the verifier's mark as the person's on card `index` (default: the focused one). */
  confirm(index?: number): void;
  /** Flips the mark card `index` (default: the focused one) trains on now: yours, else the verifier's. */
  flip(index?: number): void;
  /** Moves the focus by `delta` cards, within the batch. */
  move(delta: number): void;
  setFocus(index: number): void;
  /** Takes back the last mark (and puts the focus back on its card); false when there is none. */
  undo(): boolean;
}

/** The batch being labelled, or null. */
export function currentBatch(s: Pick<LabelState, 'batches'>): LabelBatch | null {
  return s.batches.at(-1) ?? null;
}

const clamp = (i: number, n: number) => Math.max(0, Math.min(n - 1, i));

export const useLabelStore = create<LabelState>()((set, get) => {
  /** Replaces record `index` of the last batch's person mark; returns the new batches. */
  const withMark = (index: number, value: boolean | null): LabelBatch[] => {
    const { batches } = get();
    const last = batches.at(-1) as LabelBatch;
    const records = last.records.map((r, i) => (i === index ? { ...r, personMark: value } : r));
    return [...batches.slice(0, -1), { ...last, records }];
  };
  const setMark = (value: boolean | ((r: LabelBatch['records'][number]) => boolean), index?: number) => {
    const s = get();
    const batch = currentBatch(s);
    if (!batch || batch.records.length === 0) return;
    const i = clamp(index ?? s.focus, batch.records.length);
    const r = batch.records[i];
    const mark = typeof value === 'function' ? value(r) : value;
    set({
      batches: withMark(i, mark),
      focus: clamp(i + 1, batch.records.length),
      undoStack: [...s.undoStack, { batchId: batch.id, index: i, before: r.personMark }],
    });
  };
  return {
    batches: [],
    focus: 0,
    undoStack: [],
    replaceLabels: (batches) => set({ batches: [...batches], focus: 0, undoStack: [] }),
    addBatch: (batch) => set((s) => ({ batches: [...s.batches, batch], focus: 0, undoStack: [] })),
    mark: (value, index) => setMark(value, index),
    confirm: (index) => setMark((r) => r.verifierMark, index),
    flip: (index) => setMark((r) => !(r.personMark ?? r.verifierMark), index),
    move: (delta) => {
      const batch = currentBatch(get());
      if (batch) set((s) => ({ focus: clamp(s.focus + delta, batch.records.length) }));
    },
    setFocus: (index) => {
      const batch = currentBatch(get());
      if (batch) set({ focus: clamp(index, batch.records.length) });
    },
    undo: () => {
      const s = get();
      const entry = s.undoStack.at(-1);
      const batch = currentBatch(s);
      if (!entry || !batch || entry.batchId !== batch.id) return false;
      set({
        batches: withMark(entry.index, entry.before),
        focus: entry.index,
        undoStack: s.undoStack.slice(0, -1),
      });
      return true;
    },
  };
});
