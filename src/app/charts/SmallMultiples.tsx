/**
 * Small multiples (the switch beside the charts): one row per metric, one panel per arm with all of the
 * metric's lines, on shared axes along each row. With fewer columns than arms the panels wrap, each
 * under its arm's name.
 */
import { memo, useMemo } from 'react';
import { canExportChart, exportChartPng } from '../actions/actions';
import { type MsgId, useT } from '../i18n/t';
import type { ArmSeries } from '../run/history';
import type { ArmStyle } from './armStyle';
import { useChartViewDeferred } from './chartViewStore';
import { readable } from './contrast';
import { metricValue, panelSummary } from './describe';
import { gridLayout } from './layout';
import { CHART_HEIGHT, SYNC_ID, yRange, zoomTo } from './MetricCard';
import { armPanelSeries } from './metricSeries';
import { SeriesChart } from './SeriesChart';
import { lineStyle, METRICS, type MetricDef, type Row, X_AXES } from './series';
import { useStableArray } from './useStable';

export function SmallMultiples(props: {
  arms: readonly ArmSeries[];
  styles: readonly ArmStyle[];
  rows: readonly (readonly (readonly Row[])[])[];
  xDomain: readonly [number, number];
  available: number;
}) {
  const { arms, styles } = props;
  const { xAxis } = useChartViewDeferred();
  const t = useT();
  const { columns, width } = gridLayout(props.available, arms.length);
  return (
    <div className="chart-grid" style={{ gridTemplateColumns: `repeat(${columns}, ${width}px)` }}>
      {METRICS.map((m, i) => [
        <h3 key={`${m.id}-title`} style={{ gridColumn: '1 / -1' }}>
          {t(m.title)}{' '}
          <small>
            {m.lines.length > 1 &&
              m.lines.map((l) => `${t(l.label)} ${t(lineStyle(l).name)}`).join(t('charts.listSeparator'))}
            {m.lines.length > 1 && ' · '}x: {t(X_AXES[xAxis])}
          </small>{' '}
          <button
            type="button"
            className="chart-png"
            data-testid={`png-${m.id}`}
            aria-label={t('charts.download', { title: t(m.title) })}
            disabled={!canExportChart(arms, m)}
            onClick={() => exportChartPng(m)}
          >
            PNG
          </button>
        </h3>,
        m.note && arms.some((a) => m.note?.methods.includes(a.method)) ? (
          <p key={`${m.id}-note`} className="help chart-note" style={{ gridColumn: '1 / -1' }}>
            {t(m.note.text)}
          </p>
        ) : null,
        <ArmRow
          key={`${m.id}-row`}
          metric={m}
          styles={styles}
          rowsPerArm={props.rows[i]}
          xDomain={props.xDomain}
          width={width}
          captions={columns < arms.length}
        />,
      ])}
    </div>
  );
}

const ArmRow = memo(function ArmRow(props: {
  metric: MetricDef;
  styles: readonly ArmStyle[];
  rowsPerArm: readonly (readonly Row[])[];
  xDomain: readonly [number, number];
  width: number;
  captions: boolean;
}) {
  const { metric, styles, width } = props;
  const rowsPerArm = useStableArray(props.rowsPerArm);
  const t = useT();
  const { smoothing, xAxis, fullRange, xZoom } = useChartViewDeferred();
  const label = useMemo(() => (l: MsgId) => t(l), [t]);
  const perArm = useMemo(
    () => styles.map((s, j) => armPanelSeries(s, metric, rowsPerArm[j] ?? [], smoothing, label)),
    [styles, metric, rowsPerArm, smoothing, label],
  );
  const yDomain = useMemo(
    () => yRange(metric, perArm.flat(), xZoom, fullRange),
    [metric, perArm, xZoom, fullRange],
  );
  const format = useMemo(() => (v: number) => metricValue(metric, v), [metric]);
  // A new key whenever the person changes what is shown (SeriesChart redraws it without waiting).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the point
  const viewKey = useMemo(() => ({}), [xZoom, fullRange, smoothing, xAxis]);
  const xDomain = xZoom ?? props.xDomain;
  return styles.map((s, j) => (
    <div key={s.name}>
      {props.captions && (
        <div className="arm-caption" style={{ color: readable(s.colour) }}>
          {s.name}
        </div>
      )}
      <figure
        className="panel"
        data-testid={`chart-${metric.id}-${s.name}`}
        data-points={rowsPerArm[j]?.length ?? 0}
        aria-label={panelSummary(metric, s.name, rowsPerArm[j] ?? [], t)}
      >
        <SeriesChart
          series={perArm[j]}
          xDomain={xDomain}
          yDomain={yDomain}
          width={width}
          height={CHART_HEIGHT - 40}
          integerX={xAxis !== 'seconds'}
          syncId={SYNC_ID}
          format={format}
          onZoom={zoomTo}
          live
          viewKey={viewKey}
        />
      </figure>
    </div>
  ));
});
