import { useMemo, useRef } from 'react';
import { canExportChart, exportChartPng } from '../actions/actions';
import { useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';
import { readable } from './contrast';
import { describeAggregation } from './describe';
import { type GridData, gridData } from './gridData';
import { LabelNote } from './LabelNote';
import { gridLayout } from './layout';
import { MetricPanel } from './MetricPanel';
import { armColour, lineStyle, METRICS, X_AXES } from './series';
import { useWidth } from './useWidth';
import { useChartView } from './viewStore';

/** The charts: as wide as the page allows. */
export function ChartGrid() {
  const arms = useRunStore((s) => s.arms);
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const available = useWidth(box, 640, 20);
  const layout = gridLayout(available, arms.length);
  return (
    <div ref={box} className="chart-box">
      <h2 className="sr-only">{t('Charts')}</h2>
      {arms.length === 0 ? <p className="help">{t('Preparing the arms…')}</p> : <Grid {...layout} />}
    </div>
  );
}

/**
 * Small multiples: one row per metric, one column per arm, shared axes along each row. With fewer
 * columns than arms the panels wrap, each under its arm's name.
 */
function Grid({ columns, width }: { columns: number; width: number }) {
  const arms = useRunStore((s) => s.arms);
  const { smoothing, xAxis } = useChartView();
  const t = useT();
  // Only the panels whose data changed redraw (a few times a second while training).
  const cache = useRef<GridData | null>(null);
  const { rows, xDomain, yDomains } = useMemo(() => {
    cache.current = gridData(arms, xAxis, smoothing, cache.current);
    return cache.current;
  }, [arms, xAxis, smoothing]);
  return (
    <div className="chart-grid" style={{ gridTemplateColumns: `repeat(${columns}, ${width}px)` }}>
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
          m.note && arms.some((a) => m.note?.methods.includes(a.method)) ? (
            <p key={`${m.id}-note`} className="help chart-note" style={{ gridColumn: '1 / -1' }}>
              {t(m.note.text)}
            </p>
          ) : null,
          ...arms.map((a, j) => (
            <div key={`${m.id}-${a.name}`}>
              {columns < arms.length && (
                <div className="arm-caption" style={{ color: readable(armColour(a)) }}>
                  {a.name}
                </div>
              )}
              <MetricPanel
                arm={a.name}
                colour={armColour(a)}
                metric={m}
                rows={rows[i][j]}
                xDomain={xDomain}
                yDomain={yDomains[i]}
                width={width}
                integerX={xAxis !== 'seconds'}
              />
            </div>
          )),
        ];
      })}
    </div>
  );
}
