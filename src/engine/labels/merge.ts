/**
 * Every labelling round a person did, as one batch to train on: the records of each batch in order,
 * their questions numbered on from the previous batch's (a question is a group of answers, and
 * byQuestion groups by that number). Records keep their ids, which name their own batch. The merged
 * batch's sampling fields (seed, K, temperature, time) are the latest batch's; `model` lists every
 * model that sampled. One batch is returned as it is.
 */
import type { LabelBatch } from './record';

export function mergeLabelBatches(batches: readonly LabelBatch[]): LabelBatch {
  if (batches.length === 0) throw new Error('there are no labelled batches to train on');
  if (batches.length === 1) return batches[0];
  const latest = batches[batches.length - 1];
  let offset = 0;
  const records = batches.flatMap((b) => {
    const questions = new Set(b.records.map((r) => r.question));
    const numbered = new Map([...questions].map((q, i) => [q, offset + i]));
    offset += questions.size;
    return b.records.map((r) => ({ ...r, question: numbered.get(r.question) as number }));
  });
  return {
    ...latest,
    id: batches.map((b) => b.id).join('+'),
    model: [...new Set(batches.map((b) => b.model))].join(', '),
    records,
  };
}
