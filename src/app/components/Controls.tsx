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
      return t('controls.starting');
    case 'preparing':
      return t('controls.preparing');
    case 'idle':
      return t('controls.idle');
    case 'running':
      return t('controls.running');
    case 'pausing':
      return t('progress.pausing');
    case 'stepping':
      return t('progress.stepping');
    case 'paused':
      return t('controls.paused');
    case 'done':
      return t('controls.done');
    case 'error':
      return t('controls.error');
  }
}

/** What a run phase means. */
function phaseTitle(t: T, phase: RunPhase): string {
  switch (phase) {
    case 'starting':
      return t('controls.workerStarting');
    case 'preparing':
      return t('controls.runBeing');
    case 'idle':
      return t('controls.readyNot');
    case 'running':
      return t('controls.training');
    case 'pausing':
      return t('progress.pausingWorker');
    case 'stepping':
      return t('progress.oneIteration');
    case 'paused':
      return t('controls.pausedTitle');
    case 'done':
      return t('controls.finished');
    case 'error':
      return t('controls.stoppedError');
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
          {t('progress.aboutTime', { time: durationText(t, left) })}
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
    <div className="controls" role="toolbar" aria-label={t('controls.runControls')}>
      {ACTIONS.map((a) => (
        <ActionButton key={a.name} action={a} phase={phase} />
      ))}
      <KeysButton />
      <span className="status">
        {withNodes(t('workshop.phaseIteration'), {
          phase: (
            <span data-testid="status" data-phase={phase} title={phaseTitle(t, phase)}>
              {phaseWord(t, phase)}
            </span>
          ),
          n: <span data-testid="iteration">{completed}</span>,
          total: <span data-testid="iterations-total">{total}</span>,
        })}
        {backend &&
          withNodes(t('controls.backend'), {
            backend: <strong data-testid="status-backend">{backend}</strong>,
          })}
      </span>
      <RunProgressLine />
    </div>
  );
}
