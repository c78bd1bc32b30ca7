/**
 * Packing (prompt, answer) pairs into one right-padded batch for teacher-forced passes.
 *
 *   sequence s = prompt ++ answer (++ EOS when the answer ended)      length L+1
 *   ids[t] = s[t], targets[t] = s[t+1]  for t < L;  PAD beyond           [B, T]
 *   mask[t] = 1 where targets[t] is an answer token (t >= |prompt| - 1)  [B, T]
 *
 * T is the longest L rounded up to a multiple of `padTo`, so that few distinct shapes reach the
 * backend (each new shape can compile new GPU programs).
 */
import { EOS, encode, PAD } from '../tokenizer';

export interface SeqItem {
  prompt: number[];
  /** Answer tokens, ending with EOS unless the answer was truncated. */
  answer: number[];
}

export interface SequenceBatch {
  B: number;
  T: number;
  ids: Int32Array;
  targets: Int32Array;
  mask: Float32Array;
  /** Number of answer tokens (mask ones) in each row. */
  answerLengths: number[];
}

/** A gold item: the reference answer followed by EOS. */
export function goldItem(prompt: string, answer: string): SeqItem {
  return { prompt: encode(prompt), answer: [...encode(answer), EOS] };
}

export function makeSequenceBatch(items: SeqItem[], contextLength: number, padTo = 8): SequenceBatch {
  if (items.length === 0) throw new Error('empty batch');
  let maxL = 0;
  for (const it of items) {
    if (it.prompt.length === 0) throw new Error('empty prompt');
    if (it.answer.length === 0) throw new Error('empty answer');
    const n = it.prompt.length + it.answer.length;
    if (n > contextLength) throw new Error(`sequence of ${n} tokens exceeds the context of ${contextLength}`);
    maxL = Math.max(maxL, n - 1);
  }
  const T = Math.min(contextLength, Math.ceil(maxL / padTo) * padTo);
  const B = items.length;
  const ids = new Int32Array(B * T).fill(PAD);
  const targets = new Int32Array(B * T).fill(PAD);
  const mask = new Float32Array(B * T);
  const answerLengths: number[] = [];
  items.forEach((it, b) => {
    const s = [...it.prompt, ...it.answer];
    for (let t = 0; t < s.length - 1; t++) {
      ids[b * T + t] = s[t];
      targets[b * T + t] = s[t + 1];
      if (t >= it.prompt.length - 1) mask[b * T + t] = 1;
    }
    answerLengths.push(it.answer.length);
  });
  return { B, T, ids, targets, mask, answerLengths };
}
