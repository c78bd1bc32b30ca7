/**
 * Summaries of labelled answers, pure and shared by the engine and the page: the records grouped by
 * question, r_hat per question from the marks training uses (the person's, else the verifier's), and
 * how far the person's marks agree with the verifier's.
 */
import { effectiveMark, type LabelRecord } from './record';

export interface QuestionRecords {
  /** Index of the question in its batch. */
  question: number;
  prompt: string;
  gold: string;
  level: string;
  records: LabelRecord[];
}

/** The records grouped by question, in order of first appearance. */
export function byQuestion(records: readonly LabelRecord[]): QuestionRecords[] {
  const out = new Map<number, QuestionRecords>();
  for (const r of records) {
    let g = out.get(r.question);
    if (!g) {
      g = { question: r.question, prompt: r.prompt, gold: r.gold, level: r.level, records: [] };
      out.set(r.question, g);
    }
    g.records.push(r);
  }
  return [...out.values()];
}

/** Share of the records marked right (person's mark, else verifier's); 0 for none. */
export function rHat(records: readonly LabelRecord[]): number {
  return records.length ? records.filter(effectiveMark).length / records.length : 0;
}

export interface Agreement {
  /** Records the person marked, and of them those where the person's mark equals the verifier's. */
  marked: number;
  agree: number;
}

export function agreement(records: readonly LabelRecord[]): Agreement {
  let marked = 0;
  let agree = 0;
  for (const r of records) {
    if (r.personMark === null) continue;
    marked += 1;
    if (r.personMark === r.verifierMark) agree += 1;
  }
  return { marked, agree };
}
