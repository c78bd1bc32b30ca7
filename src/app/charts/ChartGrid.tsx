import { useMemo, useRef } from 'react';
import { canExportChart, exportChartPng } from '../actions/actions';
import { useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';
import { readable } from './contrast';
import { describeAggregation } from './describe';
import { type GridData, gridData } from './gridData';
import { LabelNote } from './LabelNote';
import { MetricPanel } from './MetricPanel';
import { armColour, lineStyle, METRICS, X_AXES } from './series';
import { useChartView } from './viewStore';

/** Small multiples: one row per metric, one column per arm, shared axes along each row. */
export function ChartGrid() {
  const arms = useRunStore((s) => s.arms);
  const { smoothing, xAxis } = useChartView();
  const t = useT();
  // Only the panels whose data changed redraw (a few times a second while training).
  const cache = useRef<GridData | null>(null);
  const { rows, xDomain, yDomains } = useMemo(() => {
    cache.current = gridData(arms, xAxis, smoothing, cache.current);
    return cache.current;
  }, [arms, xAxis, smoothing]);
  if (arms.length === 0) return <p className="help">{t('Preparing the arms…')}</p>;
  const width = arms.length <= 3 ? 300 : 240;
  return (
    <div className="chart-grid" style={{ gridTemplateColumns: `repeat(${arms.length}, ${width}px)` }}>
      <div style={{ gridColumn: '1 / -1' }}>
        <LabelNote />
      </div>
      {arms.map((a) => (
        <div key={a.name} className="arm-head" style={{ borderColor: armColour(a) }}>
          <strong style={{ color: readable(armColour(a)) }}>{a.name}</strong>{' '}
          <span data-testid={`aggregation-${a.name}`}>
            {t('aggregation: {how}', { how: describeAggregation(a.loss, t) })}
          </span>
        </div>
      ))}
      {METRICS.map((m, i) => {
        return [
          <h3 key={`${m.id}-title`} style={{ gridColumn: '1 / -1' }}>
            {t(m.title)}{' '}
            <small>
              {m.lines.length > 1 &&
                m.lines.map((l) => `${t(l.label)} ${t(lineStyle(l).name)}`).join(t(', '))}
              {m.lines.length > 1 && ' · '}x: {t(X_AXES[xAxis])}
            </small>{' '}
            <button
              type="button"
              className="chart-png"
              data-testid={`png-${m.id}`}
              aria-label={t('Download {title} chart as PNG', { title: t(m.title) })}
              disabled={!canExportChart(arms, m)}
              onClick={() => exportChartPng(m)}
            >
              PNG
            </button>
          </h3>,
          ...arms.map((a, j) => (
            <MetricPanel
              key={`${m.id}-${a.name}`}
              arm={a.name}
              colour={armColour(a)}
              metric={m}
              rows={rows[i][j]}
              xDomain={xDomain}
              yDomain={yDomains[i]}
              width={width}
              integerX={xAxis !== 'seconds'}
            />
          )),
        ];
      })}
    </div>
  );
}
