/**
 * The noisy-labels lesson's dose-response: the attendee's own NFT − RFT beside the study's interval at
 * the same settings, the study's chart over label noise in greedy or sampled accuracy (a switch: at 10%
 * noise the study's greedy gap is a tie while its sampled one is not), and its numbers as a table. Until the study's
 * data file exists it shows the attendee's figure and the command that makes the file, no study number.
 */

import { useState } from 'react';
import type { Settings } from '../../formats/settings/table';
import {
  type IntervalFigure,
  type StudyData,
  type StudyPoint,
  studyPointFor,
} from '../../formats/study/dataFile';
import { type T, useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';
import { useSettingsStore } from '../settings/settingsStore';
import { DoseChart, type DoseMetric } from './DoseChart';
import { NotRun } from './NotRun';
import { useStudyData } from './studyData';
import { pointName, rangeText } from './studyText';
import { type OwnGap, ownGap, signedPoints } from './yourRun';
import './study.css';

function OwnRun({ gap, settings }: { gap: OwnGap | null; settings: Settings }) {
  const t = useT();
  const where = pointName(t, settings);
  return (
    <p data-testid="study-own" data-greedy={gap?.greedy}>
      {gap
        ? t('study.yourRunWhere', {
            where,
            i: gap.iteration,
            greedy: signedPoints(gap.greedy),
            sampled: signedPoints(gap.sampled),
          })
        : t('study.yourRunWhereNo', { where })}
    </p>
  );
}

const interval = (t: T, f: IntervalFigure) =>
  f.low === null || f.high === null
    ? signedPoints(f.mean ?? Number.NaN)
    : t('study.lowToHigh', { low: signedPoints(f.low), high: signedPoints(f.high) });

function StudyTable({ data }: { data: StudyData }) {
  const t = useT();
  return (
    <table className="study-table" data-testid="study-table">
      <thead>
        <tr>
          <th>{t('study.marks')}</th>
          <th>{t('study.greedyInterval')}</th>
          <th>{t('study.nftAheadGreedy')}</th>
          <th>{t('study.sampledInterval')}</th>
          <th>{t('study.nftAheadSampled')}</th>
        </tr>
      </thead>
      <tbody>
        {data.points.map((p) => (
          <tr key={p.config} data-finding={p.finding}>
            <td>{pointName(t, p)}</td>
            {p.finding ? (
              <>
                <td>{interval(t, p.greedy)}</td>
                <td>{t('study.kOfN', { k: p.greedy.aAhead, n: p.greedy.n })}</td>
                <td>{interval(t, p.sampled)}</td>
                <td>{t('study.kOfN', { k: p.sampled.aAhead, n: p.sampled.n })}</td>
              </>
            ) : (
              <td colSpan={4}>{t('study.rowPending', { n: p.greedy.n, planned: p.planned })}</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const METRIC_NAME = { greedy: 'study.greedy', sampled: 'study.sampled' } as const;

function StudyHere({ point, metric }: { point: StudyPoint | undefined; metric: DoseMetric }) {
  const t = useT();
  if (!point)
    return (
      <p data-testid="study-range" data-found="false">
        {t('study.studyHas')}
      </p>
    );
  if (!point.finding)
    return (
      <p data-testid="study-range" data-found="pending">
        {t('study.pointPending', { n: point.greedy.n, planned: point.planned })}
      </p>
    );
  return (
    <p
      data-testid="study-range"
      data-found="true"
      data-low={point[metric].low ?? ''}
      data-high={point[metric].high ?? ''}
    >
      {t('study.studysRange', { metric: t(METRIC_NAME[metric]), range: rangeText(t, point[metric]) })}
    </p>
  );
}

/** Which accuracy the range and the chart show; the table always has both. */
function MetricSwitch(props: { metric: DoseMetric; set: (m: DoseMetric) => void }) {
  const t = useT();
  return (
    <fieldset className="pressed-group study-metric">
      <legend>{t('study.accuracy')}</legend>
      {(['greedy', 'sampled'] as const).map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={props.metric === m}
          data-testid={`study-metric-${m}`}
          onClick={() => props.set(m)}
        >
          {t(METRIC_NAME[m])}
        </button>
      ))}
    </fieldset>
  );
}

export function DoseResponse() {
  const t = useT();
  const study = useStudyData('noise-dose');
  const settings = useSettingsStore((s) => s.settings);
  const arms = useRunStore((s) => s.arms);
  const [metric, setMetric] = useState<DoseMetric>('greedy');
  const gap = ownGap(arms);
  const own = gap && settings.verifier === 'exact' ? { x: settings.labelNoise, y: gap[metric] } : null;
  return (
    <section
      className="study-dose"
      data-testid="study-dose"
      data-state={study.state}
      aria-labelledby="study-dose-title"
    >
      <h3 id="study-dose-title">{t('study.doseTitle')}</h3>
      <OwnRun gap={gap} settings={settings} />
      {study.state === 'missing' && <NotRun />}
      {study.state === 'ready' && (
        <>
          <MetricSwitch metric={metric} set={setMetric} />
          <StudyHere point={studyPointFor(study.data, settings)} metric={metric} />
          <DoseChart points={study.data.points} metric={metric} own={own} />
          <StudyTable data={study.data} />
        </>
      )}
    </section>
  );
}
