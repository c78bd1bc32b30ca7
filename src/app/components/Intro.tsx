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
      <p className="intro-what">{t('workshop.tinyTransformer')}</p>
      <p className="intro-how">
        {t('workshop.eachIteration')}{' '}
        <a href={lessonHash(first, lang)} data-testid="intro-start-here">
          {t('workshop.startHere', { lesson: first.text[lang].title })}
        </a>
      </p>
    </div>
  );
}
