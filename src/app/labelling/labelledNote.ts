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
  if (!m) return t('labels.namesTrain', { names });
  return t('labels.namesTrainYour', {
    names,
    drawn: m.drawn,
    right: m.droppedAllRight,
    wrong: m.droppedAllWrong,
    kept: m.keptQuestions,
  });
}
