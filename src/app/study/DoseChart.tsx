/**
 * The label-noise dose-response (SeriesChart, recharts): per noise level that is a finding, the study's
 * mean NFT − RFT in one metric (greedy or sampled accuracy) and its 95% interval's ends as lines, zero
 * dashed, and the attendee's own run in the same metric as one marked point.
 * Hidden from screen readers: DoseResponse gives the same numbers as a table.
 */
import { useRef } from 'react';
import type { StudyPoint } from '../../formats/study/dataFile';
import { type ChartSeries, SeriesChart } from '../charts/SeriesChart';
import { useWidth } from '../charts/useWidth';
import { useT } from '../i18n/t';

export type DoseMetric = 'greedy' | 'sampled';

export function DoseChart(props: {
  points: StudyPoint[];
  metric: DoseMetric;
  own: { x: number; y: number } | null;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  // 420 px, or the lesson panel's width in a narrow window (a phone: about 300 px)
  const width = Math.min(420, useWidth(box, 420, 20));
  const m = props.metric;
  const noise = props.points
    .filter((p) => p.verifier === 'exact' && p.finding && p[m].low !== null)
    .sort((a, b) => a.labelNoise - b.labelNoise);
  const line = (f: (p: StudyPoint) => number) => noise.map((p) => ({ x: p.labelNoise, y: f(p) }));
  const series: ChartSeries[] = [
    {
      key: 'mean',
      name: t('study.studyMean'),
      colour: '#1f4e9c',
      shape: 'circle',
      points: line((p) => p[m].mean ?? 0), // findings only: never null
    },
    {
      key: 'low',
      name: t('study.study95Interval'),
      colour: '#6d8fc7',
      dash: '5 4',
      width: 1.5,
      points: line((p) => p[m].low ?? 0),
    },
    {
      key: 'high',
      name: t('study.study95Interval'),
      colour: '#6d8fc7',
      dash: '5 4',
      width: 1.5,
      points: line((p) => p[m].high ?? 0),
    },
  ];
  if (props.own)
    series.push({
      key: 'own',
      name: t('study.yourRun'),
      colour: '#c2410c',
      shape: 'diamond',
      points: [props.own],
    });
  const ys = series.flatMap((s) => s.points.map((p) => p.y));
  const span = Math.max(1, ...ys.map(Math.abs)) * 1.1;
  // A round bound (1, 2, 5, 10, 15, 20, 25, 50 points, ...) with ticks at its halves.
  const y = [1, 2, 5, 10, 15, 20, 25, 50, 100].find((n) => n >= span) ?? Math.ceil(span);
  const xs = [0, ...noise.map((p) => p.labelNoise), props.own?.x ?? 0];
  return (
    <div
      ref={box}
      aria-hidden="true"
      data-testid="dose-chart"
      data-points={noise.length}
      data-metric={m}
      data-width={width}
    >
      <SeriesChart
        series={series}
        xDomain={[0, Math.max(0.4, ...xs)]}
        yDomain={[-y, y]}
        yTicks={[-y, -y / 2, 0, y / 2, y]}
        width={width}
        height={240}
        xTitle={t('controls.labelNoise')}
        yTitle={t('study.points')}
        zeroLine
        format={(v) => v.toFixed(1)}
      />
      <p className="study-legend">{t(m === 'greedy' ? 'study.nFTRFTGreedy' : 'study.nFTRFTSampled')}</p>
    </div>
  );
}
