import { useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';
import { num, pct } from './describe';

/** The latest values of every arm as text, announced politely to screen readers. */
export function LatestValues() {
  const arms = useRunStore((s) => s.arms);
  const t = useT();
  return (
    <div aria-live="polite" className="latest" data-testid="latest">
      {arms.map((a) => {
        const m = a.iterations.at(-1);
        const e = a.evals.at(-1);
        const answered = m ? m.right + m.wrong : 0;
        return (
          <p key={a.name} data-testid={`latest-${a.name}`}>
            {t('charts.armIteration', {
              arm: a.name,
              n: a.iterations.length,
              greedy: pct(e?.eval.greedy.accuracy),
              sampled: pct(e?.eval.sampled.accuracy),
              at: e?.iteration ?? '–',
              loss: num(m?.loss),
              entropy: num(m?.entropy),
              right: m && answered > 0 ? pct(m.right / answered) : '–',
            })}
            {m?.flipped ? t('charts.marksFlipped', { n: m.flipped }) : ''}
            {m?.absLogRatioLast ? t('charts.offPolicy', { d: num(m.absLogRatioLast) }) : ''}
          </p>
        );
      })}
    </div>
  );
}
