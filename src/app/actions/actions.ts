/**
 * User actions, one small function each, bound to a button and a key (after excalidraw's actions).
 * They only ask the session to act; the worker does the work. Exports (button only) read the stores and
 * save a file.
 */
import { armStyles } from '../charts/armStyle';
import { useChartView } from '../charts/chartViewStore';
import { type MetricDef, X_AXES } from '../charts/series';
import { type ChartPanel, chartRowPng, chartSvg } from '../export/chartPng';
import { downloadBlob, downloadText, exportFileName } from '../export/download';
import { metricsJson } from '../export/json';
import { metricsCsv } from '../export/pageCsv';
import { rowSubtitle } from '../export/pngLayout';
import type { MsgId } from '../i18n/t';
import type { ArmSeries, RunPhase } from '../run/history';
import { useRunStore } from '../run/runStore';
import * as session from '../run/session';
import { useSettingsStore } from '../settings/settingsStore';

export interface Action {
  name: string;
  /** KeyboardEvent.key values that trigger it. */
  keys: readonly string[];
  /** How the key is written in the UI. */
  keyLabel: string;
  label: (phase: RunPhase) => MsgId;
  /** What the key does, for the keyboard help (English; translated there). */
  help: MsgId;
  enabled: (phase: RunPhase) => boolean;
  perform: () => void;
}

const steppable = (p: RunPhase) => p === 'idle' || p === 'paused';

export const playPause: Action = {
  name: 'play-pause',
  keys: [' '],
  keyLabel: 'Space',
  label: (p) =>
    p === 'running' || p === 'stepping'
      ? 'controls.pause'
      : p === 'pausing'
        ? 'progress.pausingButton'
        : 'controls.play',
  help: 'controls.playPause',
  enabled: (p) => steppable(p) || p === 'running' || p === 'stepping',
  perform: () => {
    const p = useRunStore.getState().phase;
    if (p === 'running' || p === 'stepping') session.pause();
    else session.play();
  },
};

export const stepOnce: Action = {
  name: 'step',
  keys: ['s', 'S'],
  keyLabel: 'S',
  label: (p) => (p === 'stepping' ? 'progress.steppingButton' : 'controls.step'),
  help: 'controls.oneIteration',
  enabled: steppable,
  perform: () => session.step(),
};

export const resetRun: Action = {
  name: 'reset',
  keys: ['r', 'R'],
  keyLabel: 'R',
  label: () => 'controls.reset',
  help: 'controls.sameRunAgain',
  enabled: (p) => p !== 'starting' && p !== 'preparing',
  perform: () => void session.reset(),
};

export const ACTIONS: readonly Action[] = [playPause, stepOnce, resetRun];

/** A button-only action that depends on the run's data rather than its phase (exports). */
export interface DataAction {
  name: string;
  label: MsgId;
  enabled: (arms: readonly ArmSeries[]) => boolean;
  perform: () => void;
}

const hasData = (arms: readonly ArmSeries[]) => arms.some((a) => a.iterations.length + a.evals.length > 0);

export const exportCsv: DataAction = {
  name: 'export-csv',
  label: 'controls.exportCSV',
  enabled: hasData,
  perform: () =>
    downloadText(
      metricsCsv(useRunStore.getState(), useSettingsStore.getState().settings),
      exportFileName('csv', new Date()),
      'text/csv',
    ),
};

export const exportJson: DataAction = {
  name: 'export-json',
  label: 'controls.exportJSON',
  enabled: hasData,
  perform: () => {
    const run = useRunStore.getState();
    const meta = { exportedAt: new Date(), backend: run.init?.backend ?? null };
    const text = metricsJson(run, useSettingsStore.getState().settings, meta);
    downloadText(text, exportFileName('json', meta.exportedAt), 'application/json');
  },
};

export const EXPORT_ACTIONS: readonly DataAction[] = [exportCsv, exportJson];

/** Whether a metric's chart row has a point to draw. */
export const canExportChart = (arms: readonly ArmSeries[], metric: MetricDef) =>
  arms.some((a) => (metric.source === 'eval' ? a.evals : a.iterations).length > 0);

/**
 * One metric's chart as a PNG (the chart of every arm, or every arm's panel), its legend in the arms'
 * colours and dashes as on the page; a failure is logged, the run goes on.
 */
export function exportChartPng(metric: MetricDef): void {
  const { xAxis, smoothing, mode } = useChartView.getState();
  const styles = armStyles(useRunStore.getState().arms);
  const whole = chartSvg(`chart-${metric.id}`);
  const panels: ChartPanel[] =
    mode === 'overlay' && whole
      ? [{ name: '', colour: '#1b1b1f', svg: whole }]
      : styles.flatMap((s): ChartPanel[] => {
          const svg = chartSvg(`chart-${metric.id}-${s.name}`);
          return svg ? [{ name: s.name, colour: s.colour, svg }] : [];
        });
  const legend = styles.map((s) => ({
    name: s.name,
    colour: s.colour,
    dash: mode === 'overlay' ? s.dash : '',
  }));
  chartRowPng(metric.title, rowSubtitle(metric, X_AXES[xAxis], smoothing), legend, panels)
    .then((png) => downloadBlob(png, exportFileName('png', new Date(), metric.id)))
    .catch((e: unknown) => console.error(`PNG export of ${metric.title} failed:`, e));
}
