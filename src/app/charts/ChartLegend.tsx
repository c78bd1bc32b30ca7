import { useT } from '../i18n/t';
import type { ArmStyle } from './armStyle';
import { toggleArm } from './chartViewStore';
import { metricValue, panelSummary } from './describe';
import { LegendKey } from './LegendKey';
import type { MetricDef, Row } from './series';

/**
 * Under an overlay chart: each arm's key (colour, dash, shape), name and latest value, as a button that
 * hides or shows the arm on every chart; and, for screen readers, what the arm's line holds.
 */
export function ChartLegend(props: {
  metric: MetricDef;
  lineKey: string;
  styles: readonly ArmStyle[];
  rowsPerArm: readonly (readonly Row[])[];
  hidden: readonly string[];
}) {
  const { metric, styles, hidden } = props;
  const t = useT();
  return (
    <ul className="chart-legend">
      {styles.map((s, i) => {
        const rows = props.rowsPerArm[i] ?? [];
        const off = hidden.includes(s.name);
        return (
          <li
            key={s.name}
            data-testid={`chart-${metric.id}-${s.name}`}
            data-points={rows.length}
            data-colour={s.colour}
            data-dash={s.dash}
          >
            <button
              type="button"
              aria-pressed={!off}
              data-testid={`legend-${metric.id}-${s.name}`}
              title={off ? t('charts.showArm', { arm: s.name }) : t('charts.hideArm', { arm: s.name })}
              onClick={() => toggleArm(s.name)}
            >
              <LegendKey colour={s.colour} dash={s.dash} shape={s.shape} />
              <span style={{ textDecoration: off ? 'line-through' : undefined }}>{s.name}</span>{' '}
              <span className="legend-value">{metricValue(metric, rows.at(-1)?.[props.lineKey])}</span>
            </button>
            <span className="sr-only">{panelSummary(metric, s.name, rows, t)}</span>
          </li>
        );
      })}
    </ul>
  );
}
