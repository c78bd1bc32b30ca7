/** A long note folded behind "more": its first sentence shows, the rest opens on demand (a details element). */
import './workshop.css';
import { useT } from '../i18n/t';
import { splitFirstSentence } from './firstSentence';

export function Fold({ text, className, testId }: { text: string; className?: string; testId?: string }) {
  const t = useT();
  const { first, rest } = splitFirstSentence(text);
  if (!rest)
    return (
      <p className={className} data-testid={testId}>
        {text}
      </p>
    );
  return (
    <details className={`fold ${className ?? ''}`} data-testid={testId}>
      <summary>
        {first}
        <span className="more">{t('workshop.more')}</span>
      </summary>
      <p>{rest}</p>
    </details>
  );
}
