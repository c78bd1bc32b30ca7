import { useT } from '../i18n/t';
import { useViewStore } from '../view/viewStore';
import { LESSONS, lessonHash } from './lessons';

/** The lessons as links an instructor can open or copy and hand out. */
export function LessonLinks() {
  const lang = useViewStore((s) => s.view.lang);
  const t = useT();
  return (
    <nav className="lesson-links" aria-label={t('page.lessons')}>
      <h2 id="lessons-title" tabIndex={-1}>
        {t('page.lessons')}
      </h2>
      <p className="help">{t('page.eachLesson')}</p>
      <ul>
        {LESSONS.map((l) => (
          <li key={l.id}>
            <a href={lessonHash(l, lang)} data-testid={`lesson-link-${l.id}`}>
              {l.text[lang].title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
