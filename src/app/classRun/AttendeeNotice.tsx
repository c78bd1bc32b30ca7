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
        {t('Display name (optional, shown to the presenter as text)')}{' '}
        <input value={name} maxLength={LIMITS.nameChars} onChange={(e) => setName(e.target.value)} />
      </label>{' '}
      <button type="submit">{t('Send name')}</button>
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
        <strong>{t('Class run, room {code}.', { code })}</strong>{' '}
        {t(
          'At every evaluation this page sends {origin} the iteration and, per arm, its greedy and sampled accuracy and its entropy, under an id made on this device (and the name below, if you give one). Nothing else leaves this device: no answers, no labels.',
          { origin: window.location.origin },
        )}
      </p>
      <p data-testid="class-status">
        {a.seed === null
          ? t('Joining the room…')
          : t('Your seed: {seed}. Sent: {sent} evaluations; waiting: {waiting}.', {
              seed: a.seed,
              sent: o.sent,
              waiting: o.waiting,
            })}{' '}
        {a.joinProblem && t('Not joined yet: {problem}', { problem: a.joinProblem })}
        {o.problem && t('Not sent yet ({problem}); trying again.', { problem: o.problem })}
        {a.settingsDiffer &&
          t("This page's settings differ from the room's: nothing is sent until they match.")}
      </p>
      <NameForm />
    </aside>
  );
}
