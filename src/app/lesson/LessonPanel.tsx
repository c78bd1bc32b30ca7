import './lesson.css';
import { useT } from '../i18n/t';
import { DoseResponse } from '../study/DoseResponse';
import { leaveLesson, useViewStore } from '../view/viewStore';
import { lessonById } from './lessons';

/** The open lesson's text (what to do, what to look for) and a way out of it. */
export function LessonPanel() {
  const { lesson: id, lang } = useViewStore((s) => s.view);
  const t = useT();
  if (id === 'none') return null;
  const lesson = lessonById(id).text[lang];
  return (
    <section className="lesson" aria-labelledby="lesson-title" data-testid="lesson-panel">
      <h2 id="lesson-title">{t('page.lessonTitle', { title: lesson.title })}</h2>
      <p>{lesson.idea}</p>
      <ol>
        {lesson.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <p>
        <strong>{t('page.whatLook')}</strong> {lesson.lookFor}
      </p>
      {id === 'noisy' && <DoseResponse />}
      <button type="button" onClick={leaveLesson} data-testid="leave-lesson">
        {t('page.leaveLesson')}
      </button>
    </section>
  );
}
