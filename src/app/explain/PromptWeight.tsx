/**
 * Explainer: the prompt weight w(r_hat) of the three weightings, and how the latest rollout's questions
 * spread over r_hat (which weights they actually got). Dropped questions (r_hat 0 or 1) train nothing.
 */
import { rHatHistogram } from '../../engine/explain/split';
import { clampR, promptWeightOf, WEIGHTING_NAMES } from '../../engine/explain/weights';
import type { LossOptions, Weighting } from '../../engine/losses/options';
import type { RolloutView } from '../../worker/protocol';
import { type T, useT } from '../i18n/t';
import { type Curve, CurveChart, CurveLegend } from './CurveChart';
import { countAxis } from './countAxis';
import { full, num } from './numberFormat';
import { rich } from './rich';

const style = (t: T): Record<Weighting, { label: string; colour: string; dash?: string }> => ({
  one_minus_r: { label: t('explain.w1RSolid'), colour: '#0072B2' },
  one: { label: t('explain.w1Dashed'), colour: '#E69F00', dash: '6 3' },
  grpo: { label: t('explain.w1RRDotted'), colour: '#CC79A7', dash: '2 3' },
});

export function PromptWeight({ options, rollout }: { options: LossOptions; rollout: RolloutView }) {
  const t = useT();
  const STYLE = style(t);
  const K = rollout.K;
  const counts = rHatHistogram(
    rollout.groups.map((g) => g.rHat),
    K,
  );
  const curves: Curve[] = WEIGHTING_NAMES.map((wt) => ({
    key: wt,
    ...STYLE[wt],
    label: wt === options.weighting ? t('explain.labelUse', { label: STYLE[wt].label }) : STYLE[wt].label,
    points: Array.from({ length: 97 }, (_, i) => {
      const r = (i + 2) / 100;
      return { x: r, y: promptWeightOf(r, wt) };
    }),
  }));
  const mixed = counts.slice(1, K).reduce((a, b) => a + b, 0);
  const total = counts.reduce((a, b) => a + b, 0);
  return (
    <section className="explain-card" data-testid="explain-prompt-weight" data-questions={total}>
      <h3>{t('explain.promptWeightW')}</h3>
      <p className="help">
        {rich(t('explain.everyToken'), {
          weighting: <strong translate="no">{options.weighting}</strong>,
          it: rollout.iteration,
          mixed,
          total,
        })}
      </p>
      <div className="explain-charts">
        <figure aria-label={t('explain.promptWeightAgainst')}>
          <figcaption>{t('explain.wAgainst')}</figcaption>
          <CurveChart curves={curves} xDomain={[0, 1]} yDomain={[0, 3]} xTitle="r̂" yTitle="w" />
        </figure>
        <figure aria-label={t('explain.questions')}>
          <figcaption>{t('explain.questionsPer')}</figcaption>
          <CurveChart
            curves={[]}
            bars={counts.map((c, j) => ({ x: j / K, height: c, width: 0.6 / K }))}
            xDomain={[-0.5 / K, 1 + 0.5 / K]}
            yDomain={countAxis(counts).domain}
            yTicks={countAxis(counts).ticks}
            xTitle="r̂"
            yTitle={t('explain.questionsWord')}
          />
        </figure>
      </div>
      <CurveLegend curves={curves} />
      <table className="explain-table" data-testid="prompt-weight-table">
        <caption>{t('explain.questionsLatest')}</caption>
        <thead>
          <tr>
            <th scope="col">r̂</th>
            <th scope="col">{t('explain.questionsWord')}</th>
            {WEIGHTING_NAMES.map((wt) => (
              <th key={wt} scope="col">
                {wt === options.weighting ? t('explain.wWtUse', { wt }) : `w (${wt})`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {counts.map((c, j) => {
            const r = j / K;
            const trains = j > 0 && j < K;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: one row per r_hat level j / K
              <tr key={j} data-testid="prompt-weight-row" data-rhat={r} data-count={c}>
                <th scope="row">
                  {j}/{K}
                </th>
                <td>{c}</td>
                {WEIGHTING_NAMES.map((wt) => {
                  const w = trains ? promptWeightOf(clampR(r, options), wt) : null;
                  return (
                    <td key={wt} data-weighting={wt} data-value={full(w)}>
                      {trains ? num(w) : t('explain.dropped')}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
