/** Number formatting shared by the explainers: three significant digits, plain minus signs. */
import { type T, translate } from '../i18n/t';

const EN: T = (en, vars) => translate('en', en, vars);

export function num(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '-∞';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 1e-3 || a >= 1e5) return x.toExponential(2);
  return String(+x.toPrecision(3));
}

/** Full precision for data attributes (tests read them back with Number()). */
export const full = (x: number | null | undefined): string | undefined =>
  x === null || x === undefined ? undefined : String(x);

/** Arrow and words for the direction an update moves a probability (colour is never the only signal). */
export function direction(d: number | null, t: T = EN): string {
  if (d === null) return '–';
  if (d > 0) return t('explain.raises');
  if (d < 0) return t('explain.lowers');
  return t('explain.leaves');
}
