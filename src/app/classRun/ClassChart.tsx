/**
 * The class view's chart (recharts): one dot per attendee, its NFT minus RFT in points; the pooled mean
 * as a line with its 95% interval as a band, zero (no difference) as a dashed line, and, where the study
 * has a point at the room's settings, the study's 95% interval as a hatched-edged band of its own.
 */
import {
  CartesianGrid,
  Cell,
  ReferenceArea,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { PairedSummary } from '../../engine/analysis/pairedStats';
import type { IntervalFigure } from '../../formats/study/dataFile';
import { useT } from '../i18n/t';
import type { AttendeeDot } from './classStats';

const AHEAD = '#4cc9f0';
const BEHIND = '#ff8fab';
const TIE = '#dddddd';
const NICE = [1, 2, 5, 10, 20, 25, 50, 100];

export function ClassChart(props: {
  dots: AttendeeDot[];
  summary: PairedSummary;
  /** The study's interval at the room's settings, if it has one. */
  study?: IntervalFigure;
  width: number;
  height: number;
}) {
  const t = useT();
  const { dots, summary, study, width, height } = props;
  const studyBand = study && study.low !== null && study.high !== null ? [study.low, study.high] : null;
  const values = [
    0,
    ...dots.map((d) => d.diff),
    ...(Number.isFinite(summary.low) ? [summary.low, summary.high] : []),
    ...(studyBand ?? []),
  ];
  const span = Math.max(1, ...values.map(Math.abs)) * 1.1;
  // A round bound (1, 2, 5, 10, 20, 25, 50, 100 points, ...) and ticks at its halves.
  const y = NICE.find((n) => n >= span) ?? Math.ceil(span);
  const data = dots.map((d, i) => ({ x: i + 1, y: d.diff, seed: d.seed, name: d.name }));
  return (
    <div data-testid="class-chart" data-dots={dots.length} data-study={studyBand ? 'band' : 'none'}>
      <p className="class-legend">
        {t('classRun.eachDotOne')}
        {studyBand && ` ${t('study.blueBand')}`}
      </p>
      <ScatterChart width={width} height={height} margin={{ top: 16, right: 24, bottom: 32, left: 16 }}>
        <CartesianGrid stroke="#444" />
        <XAxis
          type="number"
          dataKey="x"
          domain={[0, Math.max(1, dots.length) + 1]}
          allowDecimals={false}
          stroke="#fff"
          label={{
            value: t('classRun.attendees'),
            position: 'insideBottom',
            offset: -16,
            fill: '#fff',
          }}
        />
        <YAxis type="number" dataKey="y" domain={[-y, y]} ticks={[-y, -y / 2, 0, y / 2, y]} stroke="#fff" />
        {studyBand && (
          <ReferenceArea
            y1={studyBand[0]}
            y2={studyBand[1]}
            fill="#4cc9f0"
            fillOpacity={0.12}
            stroke="#4cc9f0"
            strokeDasharray="4 4"
          />
        )}
        {Number.isFinite(summary.low) && (
          <ReferenceArea y1={summary.low} y2={summary.high} fill="#ffd60a" fillOpacity={0.25} stroke="none" />
        )}
        {Number.isFinite(summary.mean) && <ReferenceLine y={summary.mean} stroke="#ffd60a" strokeWidth={3} />}
        <ReferenceLine y={0} stroke="#fff" strokeDasharray="6 4" />
        <Tooltip
          cursor={false}
          formatter={(v) => `${Number(v).toFixed(1)}`}
          contentStyle={{ background: '#000', border: '1px solid #fff' }}
        />
        <Scatter data={data} isAnimationActive={false} shape="circle" name={t('classRun.nftMinusRftPoints')}>
          {/* Each dot coloured by the method ahead on that seed. */}
          {data.map((d) => (
            <Cell key={d.seed} fill={d.y > 0 ? AHEAD : d.y < 0 ? BEHIND : TIE} />
          ))}
        </Scatter>
      </ScatterChart>
    </div>
  );
}
