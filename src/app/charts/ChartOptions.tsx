import { ExportButtons } from '../components/ExportButtons';
import { type MsgId, useT } from '../i18n/t';
import { PresentButton } from '../present/PresentButton';
import { Panel } from '../view/Panel';
import { type ChartMode, useChartView } from './chartViewStore';
import { X_AXES, type XAxisKind } from './series';

/** The two ways to lay out the charts (English; translated where rendered). */
export const CHART_MODES: Record<ChartMode, MsgId> = {
  overlay: 'charts.everyArm',
  multiples: 'charts.onePanel',
};

export function ChartOptions() {
  const { smoothing, xAxis, mode, xZoom } = useChartView();
  const t = useT();
  return (
    <div className="chart-options">
      <label>
        {t('charts.smoothing')} <output data-testid="smoothing">{smoothing.toFixed(2)}</output>
        <input
          type="range"
          min={0}
          max={0.95}
          step={0.05}
          value={smoothing}
          onChange={(e) => useChartView.setState({ smoothing: Number(e.target.value) })}
        />
      </label>
      <label>
        {t('charts.xAxis')}{' '}
        <select
          value={xAxis}
          data-testid="x-axis"
          onChange={(e) => useChartView.setState({ xAxis: e.target.value as XAxisKind, xZoom: null })}
        >
          {Object.entries(X_AXES).map(([k, label]) => (
            <option key={k} value={k}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('charts.chartsLabel')}{' '}
        <select
          value={mode}
          data-testid="chart-mode"
          onChange={(e) => useChartView.setState({ mode: e.target.value as ChartMode })}
        >
          {Object.entries(CHART_MODES).map(([k, label]) => (
            <option key={k} value={k}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      <Switch field="fullRange" testId="full-range" label={t('charts.shares01')} />
      <Switch field="difference" testId="difference" label={t('charts.nftMinusRft')} />
      <span className="help">{t('charts.dragAcross')}</span>
      <button
        type="button"
        data-testid="zoom-reset"
        disabled={xZoom === null}
        onClick={() => useChartView.setState({ xZoom: null })}
      >
        {xZoom
          ? t('charts.resetZoomX', { lo: +xZoom[0].toPrecision(4), hi: +xZoom[1].toPrecision(4) })
          : t('charts.resetZoom')}
      </button>
      <Panel id="export">
        <ExportButtons />
      </Panel>
      <PresentButton />
    </div>
  );
}

/** A checkbox bound to one boolean of the chart view. */
function Switch(props: { field: 'fullRange' | 'difference'; testId: string; label: string }) {
  const on = useChartView((v) => v[props.field]);
  return (
    <label>
      <input
        type="checkbox"
        data-testid={props.testId}
        checked={on}
        onChange={(e) => useChartView.setState({ [props.field]: e.target.checked })}
      />{' '}
      {props.label}
    </label>
  );
}
