/**
 * Labelled answers: what a person (or the verifier) said about one sampled answer, with everything a
 * practitioner would log to reuse it (the question, the model's output, the true answer, the verifier's
 * mark, the person's mark and which model produced it). Plain JSON data: it crosses the worker boundary,
 * goes into IndexedDB and into session files, and is exported for verl.
 *
 * A batch is one labelling round: K answers for each of a few questions, sampled from one model with one
 * seed. Records are ordered question by question (the K answers of question 0, then question 1, ...).
 */
import type { ErrorKind } from '../tasks/verify';

export interface LabelRecord {
  /** Stable id: `${batchId}:${question}:${answer}`. */
  id: string;
  /** Index of the question in its batch, and of the answer among the question's K. */
  question: number;
  answer: number;
  /** The question as the model saw it, its task level and the gold answer (worked solution for chains). */
  prompt: string;
  level: string;
  gold: string;
  /** The gold final result. */
  result: number;
  /** The model's decoded answer (EOS excluded). */
  output: string;
  /** The generated token ids (EOS included when the model produced it): what training uses. */
  tokens: number[];
  truncated: boolean;
  /** The verifier's mark and how a wrong answer is wrong (badStep: 1-based, for 'wrong_step'). */
  verifierMark: boolean;
  error: ErrorKind;
  badStep?: number;
  /** The person's mark; null until they confirm or flip the verifier's. */
  personMark: boolean | null;
  /** Probability the sampling model gave each token of `tokens` (temperature 1); absent in old records. */
  tokenProbs?: number[];
}

export interface LabelBatch {
  /** Unique per batch (e.g. `b${Date.now().toString(36)}`). */
  id: string;
  /** Which model produced the answers, in words a log would keep, e.g. 'base', 'nft @ iteration 20'. */
  model: string;
  /** How the answers were sampled. */
  seed: number;
  K: number;
  temperature: number;
  /** ISO time of sampling. */
  createdAt: string;
  records: LabelRecord[];
}

/** The mark training uses for a record: the person's when given, else the verifier's. */
export function effectiveMark(r: LabelRecord): boolean {
  return r.personMark ?? r.verifierMark;
}
