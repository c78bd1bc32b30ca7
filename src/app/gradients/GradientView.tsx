import { useState } from 'react';
import { RFT_W1 } from '../../engine/analysis/studyNames';
import type { GradientReport, GradientStudy } from '../../worker/protocol';
import { readable } from '../charts/contrast';
import { METHOD_COLOURS } from '../charts/series';
import { useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';
import { setSetting, useSettingsStore } from '../settings/settingsStore';
import {
  describeStudy,
  domainOf,
  gradientRows,
  keyPair,
  methodLabel,
  methodOf,
  studyMethods,
} from './gradientSummary';
import { XYChart, type XYSeries } from './XYChart';

/** Rollouts the "turn it on" button asks for: enough for a first reading, cheap on the tiny preset. */
const TURN_ON_ROLLOUTS = 4;

const colourOf = (name: string) => {
  const m = methodOf(name);
  return m ? METHOD_COLOURS[m] : '#666';
};

/** Full precision for the tests (String(Infinity) reads back with Number()). */
const value = (x: number) => String(x);
/** The latest report that has a study. */
const lastStudied = (reports: GradientReport[]) => [...reports].reverse().find((r) => r.study);
const three = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '∞');

function CosineTable({ s }: { s: GradientStudy }) {
  const t = useT();
  const names = s.methods.map((m) => m.name);
  return (
    <table className="gradient-table">
      <caption>{t('charts.cosineBetween')}</caption>
      <thead>
        <tr>
          <th />
          {names.map((n) => (
            <th key={n} scope="col">
              {methodLabel(n)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {names.map((a, i) => (
          <tr key={a}>
            <th scope="row">{methodLabel(a)}</th>
            {names.map((b, j) => (
              <td key={b} data-testid={`gradient-cos-${a}-${b}`} data-value={value(s.cosine[i][j])}>
                {s.cosine[i][j].toFixed(3)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MethodTable({ s }: { s: GradientStudy }) {
  const t = useT();
  return (
    <table className="gradient-table">
      <caption>{t('charts.sizeNoise')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('controls.method')}</th>
          <th scope="col">{t('charts.meanUpdate')}</th>
          <th scope="col">{t('charts.oneRollouts')}</th>
          <th scope="col">{t('charts.signalNoise')}</th>
        </tr>
      </thead>
      <tbody>
        {s.methods.map((m) => (
          <tr key={m.name}>
            <th scope="row" style={{ color: readable(colourOf(m.name)) }}>
              {methodLabel(m.name)}
            </th>
            <td data-testid={`gradient-norm-${m.name}`} data-value={value(m.meanNorm)}>
              {m.meanNorm.toPrecision(3)}
            </td>
            <td>{m.rolloutNorm.toPrecision(3)}</td>
            <td data-testid={`gradient-snr-${m.name}`} data-value={value(m.snr)}>
              {s.rollouts >= 2 ? three(m.snr) : '–'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Over evaluations: the key pair's cosine, and every method's signal-to-noise. */
function OverEvaluations({ reports }: { reports: GradientReport[] }) {
  const t = useT();
  const rows = gradientRows(reports);
  if (rows.length < 2) return null;
  const last = lastStudied(reports)?.study;
  const pair = last ? keyPair(last) : null;
  const pairName =
    last && pair
      ? t('charts.vsB', {
          a: methodLabel(last.methods[pair[0]].name),
          b: methodLabel(last.methods[pair[1]].name),
        })
      : '';
  const xDomain = domainOf(rows.map((r) => r.x));
  const cos: XYSeries[] = [
    {
      key: 'cos',
      label: t('charts.cosinePair', { pair: pairName }),
      colour: last && pair ? colourOf(last.methods[pair[0]].name) : '#666',
      points: rows.map((r) => ({ x: r.x, y: r.cos })),
    },
  ];
  const snr: XYSeries[] = studyMethods(reports).map((name) => ({
    key: name,
    label: t('charts.methodSignal', { method: methodLabel(name) }),
    colour: colourOf(name),
    dashed: name === RFT_W1,
    points: rows.map((r) => ({ x: r.x, y: r[`snr:${name}`] })).filter((p) => Number.isFinite(p.y)),
  }));
  const snrValues = snr.flatMap((s) => s.points.map((p) => p.y));
  return (
    <div className="gradient-charts">
      <figure aria-label={t('charts.cosinePairOver', { pair: pairName })} data-testid="gradient-cos-chart">
        <figcaption>{t('charts.cosinePair', { pair: pairName })}</figcaption>
        <XYChart
          series={cos}
          xDomain={xDomain}
          yDomain={domainOf([...rows.map((r) => r.cos), 1], [-1, 1])}
          xTitle={t('charts.iteration')}
          yTitle={t('charts.cosine')}
          integerX
        />
      </figure>
      <figure aria-label={t('charts.signalNoisePer')} data-testid="gradient-snr-chart">
        <figcaption>
          {t('charts.signalNoise')}{' '}
          <small>
            {snr.map((s, i) => (
              <span key={s.key} style={{ color: readable(s.colour) }}>
                {i > 0 && t('charts.listSeparator')}
                {methodLabel(s.key)}
                {s.dashed ? ` ${t('charts.dashed')}` : ''}
              </span>
            ))}
          </small>
        </figcaption>
        <XYChart
          series={snr}
          xDomain={xDomain}
          yDomain={domainOf([0, ...snrValues])}
          xTitle={t('charts.iteration')}
          yTitle="SNR"
          integerX
        />
      </figure>
    </div>
  );
}

/**
 * How the methods' updates relate, per evaluation: the cosine between each pair's mean updates, each
 * one's signal-to-noise, and what that means in a sentence or two. The worker samples the rollouts from
 * the first arm's weights (engine/analysis/runStudy.ts; the CLI's `gradients` prints the same numbers).
 */
export function GradientView() {
  const t = useT();
  const reports = useRunStore((s) => s.gradients);
  const rollouts = useSettingsStore((s) => s.settings.gradRollouts);
  // The evaluation picked in the list; null (or one this run does not have) follows the latest.
  const [picked, setPicked] = useState<number | null>(null);
  const chosen = reports.find((r) => r.iteration === picked);
  const latest = chosen ?? reports.at(-1);
  const shown = chosen?.study ? chosen : lastStudied(reports);
  // The sentence names the arm in bold: split the translated template at its {arm}.
  const [before, after] = latest
    ? t('charts.eachEvaluation', { n: latest.requested }).split('{arm}')
    : ['', ''];
  return (
    <section className="gradients" aria-labelledby="gradients-title" data-testid="gradient-view">
      <h2 id="gradients-title">{t('charts.gradients')}</h2>
      {rollouts === 0 ? (
        <p className="help">
          {t('charts.offEvery')}{' '}
          <button type="button" onClick={() => setSetting('gradRollouts', TURN_ON_ROLLOUTS)}>
            {t('charts.turnNRollouts', { n: TURN_ON_ROLLOUTS })}
          </button>
        </p>
      ) : !latest ? (
        <p className="help">{t('charts.firstStudy')}</p>
      ) : (
        <>
          <p className="help">
            {before}
            <strong>{latest.weightsOf}</strong>
            {after}
          </p>
          <label>
            {t('charts.evaluation')}{' '}
            <select
              data-testid="gradient-iteration"
              value={chosen ? String(chosen.iteration) : 'latest'}
              onChange={(e) => setPicked(e.target.value === 'latest' ? null : Number(e.target.value))}
            >
              <option value="latest">{t('charts.latest')}</option>
              {reports.map((r) => (
                <option key={r.iteration} value={r.iteration}>
                  {t('charts.iterationN', { n: r.iteration })}
                </option>
              ))}
            </select>
          </label>
          <p data-testid="gradient-sentence" aria-live="polite" data-iteration={latest.iteration}>
            <strong>{t('charts.iterationNColon', { n: latest.iteration })}</strong>{' '}
            {describeStudy(latest, t).join(' ')}
          </p>
          {shown?.study && (
            <div data-testid="gradient-latest" data-iteration={shown.iteration} data-ms={shown.ms}>
              <p className="help">
                {t('charts.iterationNUsed', {
                  n: shown.iteration,
                  used: shown.study.rollouts,
                  requested: shown.requested,
                  s: (shown.ms / 1000).toFixed(1),
                })}
              </p>
              <CosineTable s={shown.study} />
              <MethodTable s={shown.study} />
            </div>
          )}
          <OverEvaluations reports={reports} />
        </>
      )}
    </section>
  );
}
