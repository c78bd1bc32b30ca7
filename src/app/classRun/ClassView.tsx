/**
 * The presenter's class view: a modal over the presenter view with the attendees' link (QR code and
 * text, the room in it), every attendee's NFT minus RFT as a dot, the pooled mean with its 95% interval,
 * on how many seeds each method was ahead, the attendees (each can be dropped), and the exports.
 */
import { useEffect, useRef, useState } from 'react';
import type { RoomView } from '../../formats/classRoom/roomMessages';
import { useModal } from '../components/useModal';
import { downloadText, exportFileName } from '../export/download';
import type { T } from '../i18n/t';
import { useT } from '../i18n/t';
import { ShareLink } from '../present/ShareLink';
import { ClassStudyLine, useClassStudy } from '../study/ClassStudy';
import { ClassChart } from './ClassChart';
import { useClassRunStore } from './classRunStore';
import {
  type ClassFigures,
  type ClassIteration,
  type ClassMetric,
  classFigures,
  roomCsv,
} from './classStats';
import { closeClassView, dropFromRoom, REFRESH_MS, refreshRoom, startClassRun } from './presenter';
import './classRun.css';

const fmt = (v: number) => (Number.isFinite(v) ? `${v > 0 ? '+' : ''}${v.toFixed(1)}` : '–');

function summaryText(t: T, f: ClassFigures, metric: ClassMetric): string {
  const s = f.summary;
  if (s.n === 0) return t('classRun.noAttendee');
  const what = metric === 'greedy' ? t('classRun.greedyAccuracy') : t('classRun.sampledAccuracy');
  const head = t('classRun.nftMinusRft', { what, mean: fmt(s.mean), n: s.n });
  const interval =
    s.n >= 2 ? t('classRun.n95Interval', { low: fmt(s.low), high: fmt(s.high) }) : t('classRun.noInterval');
  const ahead = t('classRun.nftAhead', {
    a: s.aAhead,
    b: s.bAhead,
    ties: s.ties,
    n: s.n,
  });
  return `${head}; ${interval}. ${ahead}.`;
}

function Exports({ view }: { view: RoomView }) {
  const t = useT();
  const now = () => new Date();
  return (
    <span className="class-exports">
      <button
        type="button"
        onClick={() =>
          downloadText(roomCsv(view), exportFileName('csv', now(), `class-${view.code}`), 'text/csv')
        }
      >
        {t('controls.exportCSV')}
      </button>
      <button
        type="button"
        onClick={() =>
          downloadText(
            `${JSON.stringify({ format: 'nft-playground-class-room', version: 1, room: view }, null, 1)}\n`,
            exportFileName('json', now(), `class-${view.code}`),
            'application/json',
          )
        }
      >
        {t('classRun.exportRoom')}
      </button>
    </span>
  );
}

function Attendees({ figures, view }: { figures: ClassFigures; view: RoomView }) {
  const t = useT();
  const dots = new Map(figures.dots.map((d) => [d.id, d]));
  return (
    <table className="class-attendees" data-testid="class-attendees">
      <thead>
        <tr>
          <th>{t('classRun.seed')}</th>
          <th>{t('classRun.name')}</th>
          <th>{t('classRun.evaluations')}</th>
          <th>{t('classRun.iterationTitle')}</th>
          <th>{t('classRun.nftMinusRftPoints')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {view.attendees.map((a) => {
          const d = dots.get(a.id);
          return (
            <tr key={a.id} data-testid={`class-attendee-${a.seed}`} data-results={a.results.length}>
              <td>{a.seed}</td>
              <td>{a.name}</td>
              <td>{a.results.length}</td>
              <td>{d ? d.iteration : '–'}</td>
              <td>{d ? fmt(d.diff) : '–'}</td>
              <td>
                <button
                  type="button"
                  onClick={() => void dropFromRoom(a.id)}
                  aria-label={t('classRun.dropSeed', { seed: a.seed })}
                >
                  {t('classRun.drop')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ClassView() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const { room, view, problem } = useClassRunStore();
  const [metric, setMetric] = useState<ClassMetric>('greedy');
  const [at, setAt] = useState<ClassIteration>('latest');
  useModal(dialog);
  useEffect(() => {
    const timer = setInterval(() => void refreshRoom(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  const figures = view ? classFigures(view, metric, at) : null;
  const s = figures?.summary;
  const study = useClassStudy(view?.settings, metric);
  return (
    <dialog
      ref={dialog}
      className="class-view"
      aria-labelledby="class-view-title"
      data-testid="class-view"
      onCancel={(e) => {
        e.preventDefault();
        closeClassView();
      }}
      // The presenter view's keys (arrows, L, P, Esc) stay with it, not with this view.
      onKeyDown={(e) => e.stopPropagation()}
    >
      <div className="class-head">
        <h2 id="class-view-title">
          {room ? t('classRun.classRunRoom', { code: room.code }) : t('classRun.classRun')}
        </h2>
        <span>
          <button type="button" onClick={() => void startClassRun(true)}>
            {t('classRun.newRoom')}
          </button>
          {view && <Exports view={view} />}
          <button type="button" onClick={closeClassView} data-testid="class-view-close">
            {t('charts.close')} <kbd>Esc</kbd>
          </button>
        </span>
      </div>
      {problem && (
        <p className="class-problem" role="alert" data-testid="class-problem">
          {problem}
        </p>
      )}
      <div className="class-body">
        <div className="class-link">{room && <ShareLink key={room.code} width={280} height={380} />}</div>
        <div className="class-figures">
          <div className="class-choices">
            <label>
              {t('classRun.metric')}{' '}
              <select value={metric} onChange={(e) => setMetric(e.target.value as ClassMetric)}>
                <option value="greedy">{t('classRun.greedyAccuracy')}</option>
                <option value="sampled">{t('classRun.sampledAccuracy')}</option>
              </select>
            </label>{' '}
            <label>
              {t('classRun.iteration')}{' '}
              <select
                value={String(at)}
                onChange={(e) => setAt(e.target.value === 'latest' ? 'latest' : Number(e.target.value))}
              >
                <option value="latest">{t('classRun.eachAttendees')}</option>
                {figures?.iterations.map((i) => (
                  <option key={i} value={i}>
                    {i}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p
            className="class-summary"
            data-testid="class-summary"
            data-n={s?.n ?? 0}
            data-mean={s?.mean}
            data-low={s?.low}
            data-high={s?.high}
            aria-live="polite"
          >
            {figures ? summaryText(t, figures, metric) : t('classRun.readingRoom')}
          </p>
          <ClassStudyLine study={study} />
          {figures && s && (
            <ClassChart
              dots={figures.dots}
              summary={s}
              study={study.state === 'found' ? study.figure : undefined}
              width={720}
              height={340}
            />
          )}
          {view && figures && <Attendees figures={figures} view={view} />}
        </div>
      </div>
    </dialog>
  );
}
