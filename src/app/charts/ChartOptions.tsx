import { ExportButtons } from '../components/ExportButtons';
import { useT } from '../i18n/t';
import { PresentButton } from '../present/PresentButton';
import { Panel } from '../view/Panel';
import { X_AXES, type XAxisKind } from './series';
import { useChartView } from './viewStore';

export function ChartOptions() {
  const { smoothing, xAxis } = useChartView();
  const t = useT();
  return (
    <div className="chart-options">
      <label>
        {t('smoothing (EMA)')} <output data-testid="smoothing">{smoothing.toFixed(2)}</output>
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
        {t('x axis')}{' '}
        <select
          value={xAxis}
          data-testid="x-axis"
          onChange={(e) => useChartView.setState({ xAxis: e.target.value as XAxisKind })}
        >
          {Object.entries(X_AXES).map(([k, label]) => (
            <option key={k} value={k}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      <Panel id="export">
        <ExportButtons />
      </Panel>
      <PresentButton />
    </div>
  );
}
