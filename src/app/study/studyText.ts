/** The sentences the lesson and the class view say about the study, from its data (pure, translated). */
import type { IntervalFigure, StudyPoint } from '../../formats/study/dataFile';
import type { T } from '../i18n/t';
import { signedPoints } from './yourRun';

/** "-1.2 to +3.4 points (95% interval of the mean, 15 seeds; NFT ahead on 11 of 15)". */
export function rangeText(t: T, f: IntervalFigure): string {
  const range =
    f.low === null || f.high === null
      ? t('study.meanPoints', { mean: signedPoints(f.mean ?? Number.NaN) })
      : t('study.lowHighPoints', { low: signedPoints(f.low), high: signedPoints(f.high) });
  return t('study.range95Interval', {
    range,
    n: f.n,
    k: f.aAhead,
    b: f.bAhead,
  });
}

export function pointName(t: T, p: Pick<StudyPoint, 'labelNoise' | 'verifier'>): string {
  return p.verifier === 'exact'
    ? t('study.labelNoise', { pct: Math.round(p.labelNoise * 100) })
    : t('study.verifier', { verifier: p.verifier });
}
