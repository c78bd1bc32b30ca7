/** Words for what an arm optimises, as the UI states it. */
import type { LossOptions } from '../../engine/losses/options';

export function describeAggregation(o: LossOptions): string {
  switch (o.aggregation) {
    case 'sum_const':
      return `sum / ${o.constant} (constant)`;
    case 'token_mean':
      return 'token mean';
    case 'answer_mean':
      return 'mean per answer, then over answers';
  }
}

export const pct = (x: number | undefined) => (x === undefined ? '–' : `${(100 * x).toFixed(1)}%`);
export const num = (x: number | undefined) => (x === undefined ? '–' : x.toPrecision(3));
