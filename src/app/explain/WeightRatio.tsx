/**
 * Explainer: per-token gradient weight against the ratio R = pi_theta / pi_old, for a right and a wrong
 * token: NFT at the chosen eps and r_hat beside the hard clip of PPO / GRPO and DAPO, crossing at R = 1
 * where they coincide on-policy. Sliders (keyboard operable) for eps and r_hat, starting at the run's eps
 * and the chosen question's r_hat.
 */
import { useState } from 'react';
import { nftClipPoint, promptWeightOf } from '../../engine/explain/weights';
import type { LossOptions } from '../../engine/losses/options';
import { METHOD_COLOURS } from '../charts/series';
import { type T, useT } from '../i18n/t';
import { type Curve, CurveChart, CurveLegend } from './CurveChart';
import { full, num } from './numberFormat';
import { R_MAX, weightCurves, weightTable } from './weightTable';

const EPS = { min: 0.05, max: 3, step: 0.05 };

type Side = 'Right' | 'Wrong';

function curves(t: T, rows: ReturnType<typeof weightCurves>, side: Side): Curve[] {
  const pts = (k: 'nft' | 'grpo' | 'dapo') =>
    rows.map((r) => ({ x: r.R, y: r[`${k}${side}` as keyof typeof r] as number }));
  return [
    { key: 'nft', label: t('explain.nftSolid'), colour: METHOD_COLOURS.nft, points: pts('nft') },
    {
      key: 'grpo',
      label: t('explain.pPOGRPOClip'),
      colour: METHOD_COLOURS.grpo,
      dash: '6 3',
      points: pts('grpo'),
    },
    {
      key: 'dapo',
      label: t('explain.dAPOClip'),
      colour: METHOD_COLOURS.dapo,
      dash: '2 3',
      points: pts('dapo'),
    },
  ];
}

export function WeightRatio(props: { options: LossOptions; rHat: number; K: number }) {
  const { options, K } = props;
  const t = useT();
  const den = 10 * Math.max(1, K);
  const runNum = Math.min(den - 1, Math.max(1, Math.round(props.rHat * den)));
  const runEps = Math.min(EPS.max, Math.max(EPS.min, Math.round(options.eps / EPS.step) * EPS.step));
  const [epsSet, setEps] = useState<number | null>(null);
  const [numSet, setNum] = useState<number | null>(null);
  const eps = +(epsSet ?? runEps).toFixed(2);
  const n = numSet ?? runNum;
  const rHat = n / den;
  const o = { ...options, eps };
  const table = weightTable(o, rHat);
  const rows = weightCurves(o, rHat);
  const r = Math.min(o.rHatMax, Math.max(o.rHatMin, rHat));
  const w = promptWeightOf(r, o.weighting);
  const clip = nftClipPoint(eps, r);
  const all = rows.flatMap((x) => [x.nftRight, x.nftWrong, x.grpoRight, x.grpoWrong]);
  const yMax = Math.min(Math.max(...all, 0.1) * 1.05, 20 * w + 1);
  const yMin = Math.min(...all, 0) * 1.05;
  return (
    <section
      className="explain-card"
      data-testid="explain-weight-ratio"
      data-eps={eps}
      data-rhat={rHat}
      data-rhat-num={n}
      data-rhat-den={den}
      data-weighting={o.weighting}
    >
      <h3>{t('explain.gradient')}</h3>
      <p className="help">
        {t('explain.howHardLoss', { w: num(-w), clip: clip === null ? t('explain.never') : num(clip) })}
      </p>
      <div className="explain-sliders">
        <label>
          eps = <output data-testid="weight-eps">{eps}</output>{' '}
          <input
            type="range"
            data-testid="weight-eps-slider"
            min={EPS.min}
            max={EPS.max}
            step={EPS.step}
            value={eps}
            aria-valuetext={`eps ${eps}`}
            onChange={(e) => setEps(Number(e.target.value))}
          />
        </label>
        <label>
          r̂ = <output data-testid="weight-rhat">{num(rHat)}</output>{' '}
          <input
            type="range"
            data-testid="weight-rhat-slider"
            min={1}
            max={den - 1}
            step={1}
            value={n}
            aria-valuetext={t('explain.rHatV', { v: num(rHat) })}
            onChange={(e) => setNum(Number(e.target.value))}
          />
        </label>
        <button
          type="button"
          data-testid="weight-reset"
          onClick={() => {
            setEps(null);
            setNum(null);
          }}
        >
          {t('explain.backRuns', {
            eps: num(options.eps),
            r: num(props.rHat),
          })}
        </button>
      </div>
      <div className="explain-charts">
        {(['Right', 'Wrong'] as const).map((side) => (
          <figure
            key={side}
            aria-label={side === 'Right' ? t('explain.gradientWeight') : t('explain.gradientWeightWrong')}
          >
            <figcaption>{side === 'Right' ? t('explain.rightToken') : t('explain.wrongToken')}</figcaption>
            <CurveChart
              curves={curves(t, rows, side)}
              xDomain={[0, R_MAX]}
              yDomain={[yMin, yMax]}
              xTitle="R = π_θ / π_old"
              yTitle="d loss / d log π"
              markers={[
                { x: 1, label: 'R = 1' },
                ...(clip !== null && clip < R_MAX && side === 'Wrong'
                  ? [{ x: clip, label: t('explain.floor') }]
                  : []),
              ]}
            />
          </figure>
        ))}
      </div>
      <CurveLegend curves={curves(t, [], 'Right')} />
      <table className="explain-table" data-testid="weight-table">
        <caption>{t('explain.curvesValues', { weighting: o.weighting, w: num(w) })}</caption>
        <thead>
          <tr>
            <th scope="col">R</th>
            <th scope="col">NFT ✓</th>
            <th scope="col">NFT ✗</th>
            <th scope="col">GRPO ✓</th>
            <th scope="col">GRPO ✗</th>
            <th scope="col">DAPO ✓</th>
            <th scope="col">DAPO ✗</th>
          </tr>
        </thead>
        <tbody>
          {table.map((x) => (
            <tr key={x.R} data-testid="weight-row" data-r={x.R}>
              <th scope="row">{num(x.R)}</th>
              {(['nftRight', 'nftWrong', 'grpoRight', 'grpoWrong', 'dapoRight', 'dapoWrong'] as const).map(
                (k) => (
                  <td key={k} data-key={k} data-value={full(x[k])}>
                    {num(x[k])}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
