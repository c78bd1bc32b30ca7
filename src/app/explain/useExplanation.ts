/**
 * Asks the worker for one question's per-token numbers under the arm's current weights
 * (session.explainGroup) whenever the question shown changes (a new rollout, another arm or question).
 * The latest request wins; a failure is shown as a note, never as a run error.
 */
import { useEffect, useState } from 'react';
import type { GroupExplanation, GroupView } from '../../worker/protocol';
import { explainGroup } from '../run/session';

/** The problem when the engine is not started yet (the page translates it; engine errors stay English). */
export const NOT_READY = 'the engine is not ready';

export interface ExplanationState {
  data: GroupExplanation | null;
  /** The group the data belongs to (it can lag behind the group shown for a moment). */
  of: GroupView | null;
  problem: string | null;
}

export function useExplanation(arm: string, group: GroupView | null): ExplanationState {
  const [state, setState] = useState<ExplanationState>({ data: null, of: null, problem: null });
  useEffect(() => {
    if (!group) return;
    let live = true;
    const request = {
      arm,
      prompt: group.prompt,
      answers: group.answers.map((a) => ({ tokens: a.tokens, probs: a.probs, correct: a.correct })),
    };
    const pending = explainGroup(request);
    if (!pending) {
      setState({ data: null, of: null, problem: NOT_READY });
      return;
    }
    pending.then(
      (data) => {
        if (live) setState({ data, of: group, problem: null });
      },
      (e: unknown) => {
        if (live) setState({ data: null, of: null, problem: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [arm, group]);
  return state;
}
