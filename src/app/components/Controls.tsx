import { ActionButton } from '../actions/ActionButton';
import { ACTIONS } from '../actions/actions';
import { KeysButton } from '../actions/KeysHelp';
import { useShortcuts } from '../actions/useShortcuts';
import { type T, useT } from '../i18n/t';
import { usePerfStore } from '../perf/probe';
import type { RunPhase } from '../run/history';
import { useRunStore } from '../run/runStore';
import { useSettingsStore } from '../settings/settingsStore';
import { durationText, progressText, secondsLeft } from './progressText';
import { withNodes } from './withNodes';

/** The run phase as one word (English: its code word, which data-phase also carries for tests and tools). */
function phaseWord(t: T, phase: RunPhase): string {
  switch (phase) {
    case 'starting':
      return t('starting');
    case 'preparing':
      return t('preparing');
    case 'idle':
      return t('idle');
    case 'running':
      return t('running');
    case 'pausing':
      return t('pausing…');
    case 'stepping':
      return t('stepping…');
    case 'paused':
      return t('paused');
    case 'done':
      return t('done');
    case 'error':
      return t('error');
  }
}

/** What a run phase means. */
function phaseTitle(t: T, phase: RunPhase): string {
  switch (phase) {
    case 'starting':
      return t('The worker is starting');
    case 'preparing':
      return t('The run is being prepared');
    case 'idle':
      return t('Ready, not started yet');
    case 'running':
      return t('Training');
    case 'pausing':
      return t('Pausing: the worker stops at its next sampling round, update step or evaluation chunk');
    case 'stepping':
      return t('One iteration of every arm');
    case 'paused':
      return t('Paused');
    case 'done':
      return t('Finished');
    case 'error':
      return t('Stopped on an error');
  }
}

/** Where the unit of work in progress has got, and the time left to the end of the run. */
function RunProgressLine() {
  const t = useT();
  const phase = useRunStore((s) => s.phase);
  const progress = useRunStore((s) => s.progress);
  const completed = useRunStore((s) => s.completed);
  const iterations = useSettingsStore((s) => s.settings.iterations);
  const itPerSec = usePerfStore((s) => s.itPerSec);
  const active = phase === 'running' || phase === 'pausing' || phase === 'stepping' || phase === 'paused';
  if (!active) return null;
  const left = secondsLeft(completed, iterations, itPerSec);
  return (
    <span className="progress" aria-live="off">
      {progress && <span data-testid="run-progress">{progressText(t, progress)}</span>}
      {left !== null && (
        <span data-testid="run-eta">
          {progress ? '; ' : ''}
          {t('about {time} to the end of the run', { time: durationText(t, left) })}
        </span>
      )}
    </span>
  );
}

/** Play / pause, step and reset: one button per action, with its key. */
export function Controls() {
  useShortcuts(ACTIONS);
  const t = useT();
  const phase = useRunStore((s) => s.phase);
  const completed = useRunStore((s) => s.completed);
  const total = useSettingsStore((s) => s.settings.iterations);
  const backend = useRunStore((s) => s.init?.backend);
  return (
    <div className="controls" role="toolbar" aria-label={t('Run controls')}>
      {ACTIONS.map((a) => (
        <ActionButton key={a.name} action={a} phase={phase} />
      ))}
      <KeysButton />
      <span className="status">
        {withNodes(t('{phase}, iteration {n} of {total}'), {
          phase: (
            <span data-testid="status" data-phase={phase} title={phaseTitle(t, phase)}>
              {phaseWord(t, phase)}
            </span>
          ),
          n: <span data-testid="iteration">{completed}</span>,
          total: <span data-testid="iterations-total">{total}</span>,
        })}
        {backend &&
          withNodes(t(', on {backend}'), {
            backend: <strong data-testid="status-backend">{backend}</strong>,
          })}
      </span>
      <RunProgressLine />
    </div>
  );
}
