/**
 * Two tabs' labels as one: when a tab takes over saving (the saving tab closed, or "Save this tab's
 * session instead"), the marks the other tab saved are kept rather than silently dropped. Batches and
 * records are matched by id (Maps: no lookup by a name from storage in a plain object).
 */
import type { LabelBatch, LabelRecord } from '../../engine/labels/record';

export interface MergedLabels {
  batches: LabelBatch[];
  /** Marks taken from the saved session (this tab had none for those answers). */
  adopted: number;
  /** Answers both marked, differently: this tab's mark is kept. */
  conflicts: number;
}

const byId = <T extends { id: string }>(xs: readonly T[]) => new Map(xs.map((x) => [x.id, x]));

/** This tab's batches with the saved session's marks added, then the saved batches this tab lacks. */
export function mergeLabels(mine: readonly LabelBatch[], saved: readonly LabelBatch[]): MergedLabels {
  const savedById = byId(saved);
  let adopted = 0;
  let conflicts = 0;
  const merged = mine.map((b) => {
    const other = savedById.get(b.id);
    if (!other) return b;
    const theirs = byId(other.records);
    let changed = false;
    const records = b.records.map((r): LabelRecord => {
      const t = theirs.get(r.id);
      if (!t || t.personMark === null || t.personMark === r.personMark) return r;
      if (r.personMark !== null) {
        conflicts += 1;
        return r;
      }
      adopted += 1;
      changed = true;
      return { ...r, personMark: t.personMark };
    });
    return changed ? { ...b, records } : b;
  });
  const mineIds = new Set(mine.map((b) => b.id));
  const added = saved.filter((b) => !mineIds.has(b.id));
  for (const b of added) adopted += b.records.filter((r) => r.personMark !== null).length;
  return { batches: [...merged, ...added], adopted, conflicts };
}
