/**
 * One metric on one chart with every arm (the overlay, the default): its heading (title, x axis, which
 * line of a several-line metric, PNG export), the chart, a legend that hides and shows arms, and with
 * the difference on, NFT minus RFT under it.
 */
import { memo, useMemo } from 'react';
import { canExportChart, exportChartPng } from '../actions/actions';
import { useT } from '../i18n/t';
import type { ArmSeries } from '../run/history';
import type { ArmStyle } from './armStyle';
import { ChartLegend } from './ChartLegend';
import { fitDomain } from './chartData';
import { useChartView, useChartViewDeferred } from './chartViewStore';
import { metricValue } from './describe';
import { differencePoints, overlaySeries } from './metricSeries';
import { type ChartSeries, SeriesChart } from './SeriesChart';
import { type MetricDef, type Row, X_AXES } from './series';

export const CHART_HEIGHT = 220;

/** A drag across a chart zooms every chart into that x range. */
export const zoomTo = (r: [number, number]) => useChartView.setState({ xZoom: r });
export const SYNC_ID = 'metrics';

/** The y range the chart shows: fitted to the visible lines in the zoomed x range, or 0 to 1 for shares. */
export function yRange(
  metric: MetricDef,
  series: readonly ChartSeries[],
  xZoom: readonly [number, number] | null,
  fullRange: boolean,
): [number, number] {
  if (fullRange && metric.domain) return metric.domain;
  return fitDomain(
    series.filter((s) => !s.hidden).map((s) => s.points),
    xZoom,
    metric.domain,
  );
}

export interface MetricCardProps {
  metric: MetricDef;
  arms: readonly ArmSeries[];
  styles: readonly ArmStyle[];
  rowsPerArm: readonly (readonly Row[])[];
  xDomain: readonly [number, number];
  width: number;
  /** The arms of "NFT minus RFT" (indices into `styles`), or null. */
  pair: readonly [number, number] | null;
}

export const MetricCard = memo(function MetricCard(props: MetricCardProps) {
  const { metric, styles, rowsPerArm, width } = props;
  const t = useT();
  const { smoothing, xAxis, hidden, fullRange, xZoom, lineOf, difference } = useChartViewDeferred();
  const line = metric.lines.find((l) => l.key === lineOf[metric.id]) ?? metric.lines[0];
  const series = useMemo(
    () => overlaySeries(styles, rowsPerArm, line.key, smoothing, hidden),
    [styles, rowsPerArm, line.key, smoothing, hidden],
  );
  const xDomain = xZoom ?? props.xDomain;
  const yDomain = useMemo(() => yRange(metric, series, xZoom, fullRange), [metric, series, xZoom, fullRange]);
  const format = useMemo(() => (v: number) => metricValue(metric, v), [metric]);
  // A new key whenever the person changes what this chart shows (SeriesChart redraws it without
  // waiting); the 0 to 1 switch changes only the charts of shares.
  const ownRange = fullRange && metric.domain !== undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the point
  const viewKey = useMemo(() => ({}), [xZoom, hidden, ownRange, line.key, smoothing, xAxis]);
  const xTitle = t(X_AXES[xAxis]);
  return (
    <section className="metric-card" data-testid={`metric-${metric.id}`} style={{ width }}>
      <h3>
        {t(metric.title)} <small>x: {xTitle}</small>{' '}
        {metric.lines.length > 1 && (
          <select
            aria-label={t('charts.lineTitle', { title: t(metric.title) })}
            data-testid={`line-${metric.id}`}
            value={line.key}
            onChange={(e) =>
              useChartView.setState((v) => ({ lineOf: { ...v.lineOf, [metric.id]: e.target.value } }))
            }
          >
            {metric.lines.map((l) => (
              <option key={l.key} value={l.key}>
                {t(l.label)}
              </option>
            ))}
          </select>
        )}{' '}
        <button
          type="button"
          className="chart-png"
          data-testid={`png-${metric.id}`}
          aria-label={t('charts.download', { title: t(metric.title) })}
          disabled={!canExportChart(props.arms, metric)}
          onClick={() => exportChartPng(metric)}
        >
          PNG
        </button>
      </h3>
      {metric.note && props.arms.some((a) => metric.note?.methods.includes(a.method)) && (
        <p className="help chart-note">{t(metric.note.text)}</p>
      )}
      <figure
        className="panel"
        data-testid={`chart-${metric.id}`}
        data-y-min={yDomain[0]}
        data-y-max={yDomain[1]}
        aria-label={t('charts.titleEvery', { title: t(metric.title) })}
      >
        <SeriesChart
          series={series}
          xDomain={xDomain}
          yDomain={yDomain}
          width={width}
          height={CHART_HEIGHT}
          integerX={xAxis !== 'seconds'}
          syncId={SYNC_ID}
          xTitle={xTitle}
          format={format}
          onZoom={zoomTo}
          live
          viewKey={viewKey}
        />
      </figure>
      <ChartLegend
        metric={metric}
        lineKey={line.key}
        styles={styles}
        rowsPerArm={rowsPerArm}
        hidden={hidden}
      />
      {difference && props.pair && (
        <Difference {...props} pair={props.pair} lineKey={line.key} xDomain={xDomain} viewKey={viewKey} />
      )}
    </section>
  );
});

function Difference(
  props: MetricCardProps & { pair: readonly [number, number]; lineKey: string; viewKey: unknown },
) {
  const { metric, styles, rowsPerArm, pair, lineKey } = props;
  const t = useT();
  const { smoothing, xAxis, xZoom } = useChartView();
  const [a, b] = pair;
  const name = t('charts.minusB', { a: styles[a].name, b: styles[b].name });
  const series = useMemo((): ChartSeries[] => {
    const smooth = differencePoints(rowsPerArm[a], rowsPerArm[b], `${lineKey}~`);
    const raw = differencePoints(rowsPerArm[a], rowsPerArm[b], lineKey);
    const line = { key: 'd', name, colour: '#333', shape: 'circle' as const, points: smooth };
    return smoothing > 0 ? [{ ...line, key: 'd_raw', faint: true, points: raw }, line] : [line];
  }, [rowsPerArm, a, b, lineKey, name, smoothing]);
  const yDomain = useMemo(() => {
    const [lo, hi] = fitDomain(
      series.map((s) => s.points),
      xZoom,
    );
    return [Math.min(lo, 0), Math.max(hi, 0)] as [number, number];
  }, [series, xZoom]);
  const format = useMemo(() => (v: number) => metricValue(metric, v), [metric]);
  const last = series.at(-1)?.points.at(-1);
  return (
    <figure
      className="panel chart-difference"
      data-testid={`diff-${metric.id}`}
      data-points={series.at(-1)?.points.length ?? 0}
      aria-label={t('charts.nameTitle', {
        name,
        title: t(metric.title),
        v: metricValue(metric, last?.y),
      })}
    >
      <figcaption>
        {name} <small>({t('charts.above0Ahead', { a: styles[a].name })})</small>
      </figcaption>
      <SeriesChart
        series={series}
        xDomain={props.xDomain}
        yDomain={yDomain}
        width={props.width}
        height={140}
        integerX={xAxis !== 'seconds'}
        syncId={SYNC_ID}
        format={format}
        zeroLine
        live
        viewKey={props.viewKey}
      />
    </figure>
  );
}
