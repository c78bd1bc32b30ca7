/**
 * The sentences beside the charts when a run has arms on a person's labels: what those arms train on,
 * what a wrong mark does to NFT and RFT, that the answers are reused, and how many labelled questions
 * the dynamic-sampling filter dropped. Pure, no React.
 */
import { isLabelledArm } from '../../engine/labels/names';
import type { IterationMetrics } from '../../worker/protocol';
import { type T, translate } from '../i18n/t';

/** English, for callers (and tests) that pass no translator. */
const EN: T = (en, vars) => translate('en', en, vars);

export function labelledNote(
  arms: readonly { name: string; iterations: readonly IterationMetrics[] }[],
  t: T = EN,
): string | null {
  const labelled = arms.filter((a) => isLabelledArm(a.name));
  if (labelled.length === 0) return null;
  const names = labelled.map((a) => a.name).join(', ');
  // Every iteration of a labelled arm trains on the same batch, so any iteration tells the filter's count.
  const m = labelled.find((a) => a.iterations.length > 0)?.iterations[0];
  if (!m)
    return t(
      "{names} train on your labelled batch, with your marks (the verifier's where you gave none). Answers you marked wrong go to NFT's negative term and are dropped by RFT. The same labelled answers are reused every iteration, so after the first update they are no longer fresh samples from the current model.",
      { names },
    );
  return t(
    "{names} train on your labelled batch, with your marks (the verifier's where you gave none). Answers you marked wrong go to NFT's negative term and are dropped by RFT. The same labelled answers are reused every iteration, so after the first update they are no longer fresh samples from the current model. Of its {drawn} questions, {right} had every answer marked right and {wrong} every answer marked wrong: dropped, as the dynamic-sampling filter drops them ({kept} train).",
    { names, drawn: m.drawn, right: m.droppedAllRight, wrong: m.droppedAllWrong, kept: m.keptQuestions },
  );
}
