/**
 * Explainer: "same gradient, different theory". On a rollout's first update (R = 1) NFT's per-token
 * gradient equals GRPO's (weighting sqrt((1 - r)/r)) or Dr. GRPO's (weighting 1 - r) up to the factor the
 * spec gives; under the arm's current weights, after off-policy steps, they part. Per token of the question.
 */
import type { GroupExplanation, GroupView } from '../../worker/protocol';
import { type T, useT } from '../i18n/t';
import { full, num } from './numberFormat';

const NAMES = { grpo: 'GRPO', dr_grpo: 'Dr. GRPO' } as const;

const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? null : Number.NaN) : a / b);

/** The ratio now, in words where one side is 0 (the clip stopped it). */
function nowText(t: T, now: number | null, versus: number, name: string): string {
  if (now === null) return t('explain.both0');
  if (versus === 0) return t('explain.nameClipped', { name });
  return num(now);
}

function factorText(t: T, ex: GroupExplanation): string {
  const w = ex.nftOptions.weighting;
  const f = num(ex.factor);
  if (ex.factor === null) return t('explain.noConstant');
  if (w === 'grpo')
    return ex.versusOptions.std === 'bessel'
      ? t('explain.kK1FGRPO', {
          f,
        })
      : f;
  if (w === 'one') return t('explain.n11RFW1Dr', { f });
  return t('explain.n1W1RTwo');
}

export function SameGradient({ group, ex }: { group: GroupView; ex: GroupExplanation | null }) {
  const t = useT();
  if (!ex) {
    return (
      <section className="explain-card" data-testid="explain-same-gradient">
        <h3>{t('explain.sameGradientDifferent')}</h3>
        <p className="help">{t('explain.waitingEngines')}</p>
      </section>
    );
  }
  const vs = NAMES[ex.versus];
  const rows = ex.answers.flatMap((a, b) =>
    a.tokens.map((tk, i) => ({
      b,
      i,
      token: group.answers[b]?.tokens[i] ?? '?',
      correct: a.correct,
      t: tk,
      first: ratio(tk.nftFirst, tk.versusFirst),
      now: ratio(tk.nft, tk.versus),
    })),
  );
  const f = ex.factor;
  const parted =
    f === null
      ? []
      : rows.filter((r) => r.now === null || Number.isNaN(r.now) || Math.abs(r.now - f) > 0.01 * f);
  const scrollLabel = t('explain.perTokenGradients');
  const firstRatios = rows.map((r) => r.first).filter((x): x is number => x !== null && Number.isFinite(x));
  return (
    <section
      className="explain-card"
      data-testid="explain-same-gradient"
      data-versus={ex.versus}
      data-factor={full(f)}
      data-parted={parted.length}
    >
      <h3>{t('explain.sameGradientDifferent')}</h3>
      <p className="help">
        {ex.completed === 1
          ? t('explain.nFTComes', { vs, factor: factorText(t, ex), arm: ex.arm, n: ex.completed })
          : t('explain.nFTComesFrom', { vs, factor: factorText(t, ex), arm: ex.arm, n: ex.completed })}
      </p>
      <p data-testid="same-summary">
        {t('explain.firstUpdate', {
          vs,
          range: firstRatios.length
            ? t('explain.aToB', { a: num(Math.min(...firstRatios)), b: num(Math.max(...firstRatios)) })
            : '–',
          n: rows.length,
          f: num(f),
          now:
            parted.length === 0
              ? t('explain.everyTokenStill')
              : t('explain.kNTokens', {
                  k: parted.length,
                  n: rows.length,
                }),
        })}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so keyboard users can scroll it (axe scrollable-region-focusable) */}
      <section className="explain-scroll" aria-label={scrollLabel} tabIndex={0}>
        <table className="explain-table" data-testid="same-table">
          <caption>
            {t('explain.perTokenD', {
              w: ex.nftOptions.weighting,
              eps: num(ex.nftOptions.eps),
              vs,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('explain.answerToken')}</th>
              <th scope="col">NFT, R = 1</th>
              <th scope="col">{vs}, R = 1</th>
              <th scope="col">{t('explain.ratio')}</th>
              <th scope="col">{t('explain.rNow')}</th>
              <th scope="col">{t('explain.nftNow')}</th>
              <th scope="col">{t('explain.vsNow', { vs })}</th>
              <th scope="col">{t('explain.ratioNow')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={`${r.b}-${r.i}`}
                data-testid="same-row"
                data-answer={r.b}
                data-correct={String(r.correct)}
                data-old={full(r.t.oldProb)}
                data-now={full(r.t.prob)}
                data-nft={full(r.t.nft)}
                data-versus={full(r.t.versus)}
                data-first-ratio={full(r.first)}
                data-now-ratio={full(r.now)}
              >
                <th scope="row">
                  {r.b + 1} {r.correct ? '✓' : '✗'} · <code>{r.token}</code>
                </th>
                <td data-value={full(r.t.nftFirst)}>{num(r.t.nftFirst)}</td>
                <td data-value={full(r.t.versusFirst)}>{num(r.t.versusFirst)}</td>
                <td>{num(r.first)}</td>
                <td>{num(r.t.R)}</td>
                <td>{num(r.t.nft)}</td>
                <td>{num(r.t.versus)}</td>
                <td>{nowText(t, r.now, r.t.versus, vs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
