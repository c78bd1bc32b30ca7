/**
 * How backend=auto chose (worker/raceOrder.ts): each backend's measured time on this run's work, which
 * were stopped and which adapters are software renderers, and a button to measure again.
 */
import type { BackendChoice, BackendName, RaceFigure } from '../../worker/protocol';
import { type T, useT } from '../i18n/t';
import { measureAgain } from '../run/session';
import { withNodes } from './withNodes';

const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 0);

/** One backend's figure: its time, or how long it ran before it was stopped, or why it failed. */
export function figureText(t: T, f: RaceFigure): string {
  const time = f.skipped
    ? t('backend.notTimed')
    : f.ms !== null
      ? t('backend.secondsS', { seconds: seconds(f.ms) })
      : f.stopped
        ? t('backend.stoppedAfter', {
            seconds: seconds(f.ranMs),
            limit: seconds(f.limitMs ?? f.ranMs),
          })
        : t('backend.failedError', { error: f.error ?? '' });
  return time;
}

/** The renderer's own name (English, as the driver gives it), marked so. */
function SoftwareName({ text, name }: { text: string; name: string }) {
  return withNodes(text, {
    name: (
      <span translate="no" lang="en">
        {name}
      </span>
    ),
  });
}

/** The sentence above the figures: measured now, or kept from an earlier measurement. */
function summary(t: T, choice: BackendChoice, backend: BackendName): string {
  if (choice.how === 'cached')
    return t('backend.chosenEarlier', {
      date: choice.measuredAt.slice(0, 16).replace('T', ' '),
      backend,
    });
  if (choice.how === 'first') return t('backend.nothingRace', { backend });
  return t('backend.chosenMeasurement', {
    backend,
    seconds: seconds(choice.raceMs),
  });
}

export function BackendChoiceView({ choice, backend }: { choice: BackendChoice; backend: BackendName }) {
  const t = useT();
  const software = Object.entries(choice.adapters).filter(([, a]) => a?.software);
  return (
    <div data-testid="backend-choice">
      <p data-testid="backend-choice-summary">{summary(t, choice, backend)}</p>
      {choice.figures.length > 0 && (
        <>
          <p>{t('backend.oneSampling')}</p>
          <ul data-testid="race-figures">
            {choice.figures.map((f) => (
              <li key={f.name} data-testid={`race-${f.name}`}>
                <code>{f.name}</code>: {figureText(t, f)}
                {f.software && (
                  <>
                    {' '}
                    <SoftwareName text={t('backend.software')} name={f.software} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {software.length > 0 && (
        <ul data-testid="software-adapters">
          {software.map(([name, a]) => (
            <li key={name} data-testid={`software-${name}`}>
              <SoftwareName
                text={t('backend.backendRuns', {
                  backend: name,
                })}
                name={a?.name ?? ''}
              />
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" data-testid="measure-again" onClick={() => void measureAgain()}>
          {t('backend.measureAgain')}
        </button>{' '}
        {t('backend.forceBackend')}
      </p>
    </div>
  );
}
