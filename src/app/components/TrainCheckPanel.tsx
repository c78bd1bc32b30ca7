import type { TrainCheckResult } from '../../worker/protocol';
import { useT } from '../i18n/t';
import { withNodes } from './withNodes';

/** Shows the training self-check: losses per step, time per step, and whether any tensor leaked. */
export function TrainCheckPanel({ result }: { result: TrainCheckResult }) {
  const t = useT();
  const first = result.losses[0] ?? Number.NaN;
  const last = result.losses[result.losses.length - 1] ?? Number.NaN;
  const leaked = result.tensorsAfter - result.tensorsBefore;
  const sentence = t('controls.goldSteps', {
    n: result.losses.length,
    trend: last < first ? t('controls.falling') : t('controls.notFalling'),
    ms: result.msPerStep.toFixed(0),
  });
  return (
    <section aria-labelledby="check-title" data-testid="train-check">
      <h2 id="check-title">{t('controls.trainingCheck', { backend: result.backend })}</h2>
      <p>
        {withNodes(sentence, {
          losses: (
            <span data-testid="train-check-losses">{result.losses.map((l) => l.toFixed(4)).join(' → ')}</span>
          ),
          leak: (
            <span data-testid="train-check-leak" data-leaked={leaked}>
              {leaked === 0 ? t('controls.noTensor') : t('controls.tensorsLeaked', { n: leaked })}
            </span>
          ),
        })}
      </p>
    </section>
  );
}
