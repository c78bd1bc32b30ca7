/** Words for what an arm optimises, as the UI states it. */
import type { LossOptions } from '../../engine/losses/options';
import { type T, translate } from '../i18n/t';
import type { MetricDef, Row } from './series';

/** The English translator: the default of the helpers below, so their tests read English. */
export const EN: T = (en, vars) => translate('en', en, vars);

export function describeAggregation(o: LossOptions, t: T = EN): string {
  switch (o.aggregation) {
    case 'sum_const':
      return t('charts.sumCConstant', { c: o.constant });
    case 'token_mean':
      return t('charts.tokenMean');
    case 'answer_mean':
      return t('charts.meanPerAnswer');
  }
}

export const pct = (x: number | undefined) => (x === undefined ? '–' : `${(100 * x).toFixed(1)}%`);
export const num = (x: number | undefined) => (x === undefined ? '–' : x.toPrecision(3));

/** A value of a metric as text: shares (0..1 charts) as percentages, others to 3 significant digits. */
export function metricValue(metric: MetricDef, v: number | undefined): string {
  const share = metric.domain?.[0] === 0 && metric.domain[1] === 1;
  return share ? pct(v) : num(v);
}

/** A chart panel's text summary: what it plots, for which arm, how many points, and the latest values. */
export function panelSummary(metric: MetricDef, arm: string, rows: readonly Row[], t: T = EN): string {
  const last = rows.at(-1);
  const vars = { title: t(metric.title), arm, n: rows.length };
  const head = rows.length === 1 ? t('charts.titleArm', vars) : t('charts.titleArmN', vars);
  if (!last) return head;
  const values = metric.lines
    .map((l) => `${t(l.label)} ${metricValue(metric, last[l.key])}`)
    .join(t('charts.listSeparator'));
  return t('charts.headLatest', { head, x: +last.x.toPrecision(4), values });
}
