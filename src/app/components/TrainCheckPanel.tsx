import type { TrainCheckResult } from '../../worker/protocol';
import { useT } from '../i18n/t';
import { withNodes } from './withNodes';

/** Shows the training self-check: losses per step, time per step, and whether any tensor leaked. */
export function TrainCheckPanel({ result }: { result: TrainCheckResult }) {
  const t = useT();
  const first = result.losses[0] ?? Number.NaN;
  const last = result.losses[result.losses.length - 1] ?? Number.NaN;
  const leaked = result.tensorsAfter - result.tensorsBefore;
  const sentence = t(
    '{n} gold-answer steps on a copy of the model: {losses} ({trend}), {ms} ms per step, {leak}.',
    {
      n: result.losses.length,
      trend: last < first ? t('falling') : t('not falling'),
      ms: result.msPerStep.toFixed(0),
    },
  );
  return (
    <section aria-labelledby="check-title" data-testid="train-check">
      <h2 id="check-title">{t('Training check on {backend}', { backend: result.backend })}</h2>
      <p>
        {withNodes(sentence, {
          losses: (
            <span data-testid="train-check-losses">{result.losses.map((l) => l.toFixed(4)).join(' → ')}</span>
          ),
          leak: (
            <span data-testid="train-check-leak" data-leaked={leaked}>
              {leaked === 0 ? t('no tensor leaked') : t('{n} tensors leaked', { n: leaked })}
            </span>
          ),
        })}
      </p>
    </section>
  );
}
