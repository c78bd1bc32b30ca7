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
            {t(
              '{arm}: iteration {n}; held-out greedy {greedy}, sampled {sampled} (at iteration {at}); loss {loss}, entropy {entropy}, right answers {right}',
              {
                arm: a.name,
                n: a.iterations.length,
                greedy: pct(e?.eval.greedy.accuracy),
                sampled: pct(e?.eval.sampled.accuracy),
                at: e?.iteration ?? '–',
                loss: num(m?.loss),
                entropy: num(m?.entropy),
                right: m && answered > 0 ? pct(m.right / answered) : '–',
              },
            )}
            {m?.flipped ? t(', marks flipped {n}', { n: m.flipped }) : ''}
            {m?.absLogRatioLast
              ? t(', off policy |log R| {d} at the last step', { d: num(m.absLogRatioLast) })
              : ''}
          </p>
        );
      })}
    </div>
  );
}
