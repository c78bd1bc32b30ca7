/**
 * On an attendee's page (a link with ?room=): starts reporting to the room and says plainly what is sent,
 * where, and how far the sending has got. Renders nothing without a room in the link.
 */
import { useEffect, useState } from 'react';
import { LIMITS } from '../../formats/classRoom/roomMessages';
import { useT } from '../i18n/t';
import { sendName, startAttendee } from './attendee';
import { useClassRunStore } from './classRunStore';
import { roomInLink } from './roomLink';
import './classRun.css';

function NameForm() {
  const t = useT();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="class-name"
      onSubmit={(e) => {
        e.preventDefault();
        void sendName(name.trim()).then(setProblem);
      }}
    >
      <label>
        {t('classRun.displayName')}{' '}
        <input value={name} maxLength={LIMITS.nameChars} onChange={(e) => setName(e.target.value)} />
      </label>{' '}
      <button type="submit">{t('classRun.sendName')}</button>
      {problem && <span role="alert"> {problem}</span>}
    </form>
  );
}

export function AttendeeNotice() {
  const t = useT();
  // No window when the page is rendered outside a browser (the session-file fuzz tests render it in Node).
  const [code] = useState(() => (typeof window === 'undefined' ? null : roomInLink(window.location.href)));
  const a = useClassRunStore((s) => s.attendee);
  useEffect(() => (code ? startAttendee(code) : undefined), [code]);
  if (!code || !a) return null;
  const o = a.outbox;
  return (
    <aside
      className="class-notice"
      data-testid="class-notice"
      data-seed={a.seed ?? ''}
      data-sent={o.sent}
      data-waiting={o.waiting}
    >
      <p>
        <strong>{t('classRun.classRunRoomCode', { code })}</strong>{' '}
        {t('classRun.everyEvaluation', { origin: window.location.origin })}
      </p>
      <p data-testid="class-status">
        {a.seed === null
          ? t('classRun.joiningRoom')
          : t('classRun.yourSeed', {
              seed: a.seed,
              sent: o.sent,
              waiting: o.waiting,
            })}{' '}
        {a.joinProblem && t('classRun.notJoined', { problem: a.joinProblem })}
        {o.problem && t('classRun.notSentYet', { problem: o.problem })}
        {a.settingsDiffer && t('classRun.pagesSettings')}
      </p>
      <NameForm />
    </aside>
  );
}
