import { useMemo, useRef } from 'react';
import { isLabelledArm } from '../../engine/labels/names';
import { useT } from '../i18n/t';
import type { ArmSeries } from '../run/history';
import { useRunStore } from '../run/runStore';
import { armStyles } from './armStyle';
import { useChartViewDeferred } from './chartViewStore';
import { readable } from './contrast';
import { describeAggregation } from './describe';
import { type GridData, gridData } from './gridData';
import { LabelNote } from './LabelNote';
import { MetricCard } from './MetricCard';
import { SmallMultiples } from './SmallMultiples';
import { METRICS } from './series';
import { useStableArray } from './useStable';
import { useWidth } from './useWidth';

const GAP = 16;
/** Two overlay charts side by side from this wide a chart area. */
const TWO_COLUMNS = 2 * 420 + GAP;

/** The charts: as wide as the page allows. */
export function ChartGrid() {
  const arms = useRunStore((s) => s.arms);
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const available = useWidth(box, 640, 20);
  return (
    <div ref={box} className="chart-box">
      <h2 className="sr-only">{t('charts.charts')}</h2>
      {arms.length === 0 ? <p className="help">{t('charts.preparing')}</p> : <Charts available={available} />}
    </div>
  );
}

/** The arms of "NFT minus RFT": the automatically verified NFT and RFT arms, when both run. */
function pairOf(arms: readonly ArmSeries[]): [number, number] | null {
  const find = (m: string) => arms.findIndex((a) => a.method === m && !isLabelledArm(a.name));
  const [a, b] = [find('nft'), find('rft')];
  return a >= 0 && b >= 0 ? [a, b] : null;
}

function Charts({ available }: { available: number }) {
  const arms = useRunStore((s) => s.arms);
  const { smoothing, xAxis, mode } = useChartViewDeferred();
  const t = useT();
  const who = arms.map((a) => `${a.name}:${a.method}`).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the styles depend on the arms' names and methods only
  const styles = useMemo(() => armStyles(arms), [who]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the pair depends on the arms' names and methods only
  const pair = useMemo(() => pairOf(arms), [who]);
  // Only the charts whose data changed redraw.
  const cache = useRef<GridData | null>(null);
  const data = useMemo(() => {
    cache.current = gridData(arms, xAxis, smoothing, cache.current);
    return cache.current;
  }, [arms, xAxis, smoothing]);
  const columns = available >= TWO_COLUMNS ? 2 : 1;
  const width = Math.floor((available - GAP * (columns - 1)) / columns);
  return (
    <>
      <LabelNote />
      <div className="arm-heads">
        {arms.map((a, i) => (
          <div key={a.name} className="arm-head" style={{ borderColor: styles[i]?.colour }}>
            <strong style={{ color: readable(styles[i]?.colour ?? '#000') }}>{a.name}</strong>{' '}
            <span data-testid={`aggregation-${a.name}`}>
              {t('charts.aggregation', { how: describeAggregation(a.loss, t) })}
            </span>
          </div>
        ))}
      </div>
      {mode === 'overlay' ? (
        <div className="overlay-grid" style={{ gridTemplateColumns: `repeat(${columns}, ${width}px)` }}>
          {METRICS.map((m, i) => (
            <Card key={m.id} index={i} data={data} arms={arms} styles={styles} width={width} pair={pair} />
          ))}
        </div>
      ) : (
        <SmallMultiples
          arms={arms}
          styles={styles}
          rows={data.rows}
          xDomain={data.xDomain}
          available={available}
        />
      )}
    </>
  );
}

function Card(props: {
  index: number;
  data: GridData;
  arms: readonly ArmSeries[];
  styles: ReturnType<typeof armStyles>;
  width: number;
  pair: [number, number] | null;
}) {
  const m = METRICS[props.index];
  const rowsPerArm = useStableArray(props.data.rows[props.index]);
  return (
    <MetricCard
      metric={m}
      arms={props.arms}
      styles={props.styles}
      rowsPerArm={rowsPerArm}
      xDomain={props.data.xDomain}
      width={props.width}
      pair={props.pair}
    />
  );
}
