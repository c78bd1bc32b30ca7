/**
 * The presenter view's one chart: the same recharts chart as the page's (SeriesChart), every arm's main
 * line of one metric on shared axes, large type on black. Every arm stays visible: each has its colour,
 * dash and marker shape, and a later arm's line is drawn narrower over an earlier one's.
 */
import { useMemo } from 'react';
import { metricValue } from '../charts/describe';
import { overlaySeries } from '../charts/metricSeries';
import { SeriesChart } from '../charts/SeriesChart';
import type { MetricDef } from '../charts/series';
import type { PresentData } from './presentData';

const NONE: readonly string[] = [];

export function PresenterChart(props: {
  data: PresentData;
  metric: MetricDef;
  smoothing: number;
  xTitle: string;
  width: number;
  height: number;
  integerX: boolean;
}) {
  const { data, metric, smoothing } = props;
  const series = useMemo(
    () =>
      overlaySeries(
        data.arms,
        data.arms.map((a) => a.rows),
        metric.lines[0].key,
        smoothing,
        NONE,
      ).map((s) => (s.faint ? s : { ...s, width: (s.width ?? 2) * 2 })),
    [data, metric, smoothing],
  );
  const format = useMemo(() => (v: number) => metricValue(metric, v), [metric]);
  return (
    <div data-testid="presenter-chart">
      <SeriesChart
        series={series}
        xDomain={data.xDomain}
        yDomain={data.yDomain}
        width={Math.max(200, props.width)}
        height={Math.max(160, props.height)}
        xTitle={props.xTitle}
        integerX={props.integerX}
        format={format}
        large
        dotsBelow={60}
      />
    </div>
  );
}
