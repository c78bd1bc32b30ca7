import type { TrainCheckResult } from '../../worker/protocol';

/** Shows the training self-check: losses per step, time per step, and whether any tensor leaked. */
export function TrainCheckPanel({ result }: { result: TrainCheckResult }) {
  const first = result.losses[0] ?? Number.NaN;
  const last = result.losses[result.losses.length - 1] ?? Number.NaN;
  const leaked = result.tensorsAfter - result.tensorsBefore;
  return (
    <section aria-labelledby="check-title" data-testid="train-check">
      <h2 id="check-title">Training check on {result.backend}</h2>
      <p>
        {result.losses.length} gold-answer steps on a copy of the model:{' '}
        <span data-testid="train-check-losses">{result.losses.map((l) => l.toFixed(4)).join(' → ')}</span> (
        {last < first ? 'falling' : 'not falling'}), {result.msPerStep.toFixed(0)} ms per step,{' '}
        <span data-testid="train-check-leak" data-leaked={leaked}>
          {leaked === 0 ? 'no tensor leaked' : `${leaked} tensors leaked`}
        </span>
        .
      </p>
    </section>
  );
}
