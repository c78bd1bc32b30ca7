/**
 * The first thing a newcomer reads, above the controls: one line of what the page is, then a few plain
 * sentences (what the model does, what NFT and RFT each train on, what the curves show) and one link to
 * the first lesson. Short on purpose: the charts still start on the first screen at 1280x720.
 */
import './workshop.css';
import { useT } from '../i18n/t';
import { LESSONS, lessonHash } from '../lesson/lessons';
import { useViewStore } from '../view/viewStore';

export function Intro() {
  const t = useT();
  const lang = useViewStore((s) => s.view.lang);
  const first = LESSONS[0];
  return (
    <div className="intro" data-testid="intro">
      <p className="intro-what">
        {t(
          'A tiny transformer learns arithmetic in your browser: one copy per method, the same start, the same questions.',
        )}
      </p>
      <p className="intro-how">
        {t(
          'Each iteration it answers questions several times and a verifier marks each answer right or wrong. RFT trains only on the right answers; NFT also learns from the wrong ones, pushing the model away from them. The curves show, per method, accuracy on questions it never trains on, the loss and how varied its answers stay (entropy).',
        )}{' '}
        <a href={lessonHash(first, lang)} data-testid="intro-start-here">
          {t('Start here: {lesson}', { lesson: first.text[lang].title })}
        </a>
      </p>
    </div>
  );
}
