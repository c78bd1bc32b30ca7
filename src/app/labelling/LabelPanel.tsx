/**
 * The labelling panel: sample a batch of answers from the base model, confirm or flip the verifier's
 * mark of each with the mouse or the keyboard alone, watch r_hat per question and the agreement with the
 * verifier, then train the run's methods on exactly these labels (every batch's) beside the automatically
 * verified arms.
 * One row per question (prompt, gold, r_hat) with its answers as chips (LabelCard.tsx), so a batch of
 * 4 questions x 8 answers fits one screen. Keys act only while focus is inside the panel; there the
 * page's Space, S and R do not fire, P and ? do (labelKeys.ts).
 */
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { agreement, byQuestion, rHat } from '../../engine/labels/summary';
import { useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';
import { sampleLabels } from '../run/session';
import { toRunConfig } from '../settings/runConfig';
import { useSettingsStore } from '../settings/settingsStore';
import { useViewStore } from '../view/viewStore';
import { AnswersFrom } from './AnswersFrom';
import { agreementText, rHatText } from './cardText';
import { LabelCard } from './LabelCard';
import { panelKeyFor, passesToPage } from './labelKeys';
import { currentBatch, useLabelStore } from './labelStore';
import { TrainOnLabels } from './TrainOnLabels';

const QUESTION_CHOICES = [2, 4, 6, 8] as const;
const DEFAULT_QUESTIONS = 4;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** When a batch was sampled, in the reader's local time (the record keeps the ISO instant). */
export function localTime(iso: string, lang: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(lang === 'ja' ? 'ja-JP' : undefined);
}

/** Runs the panel's key (labelKeys.ts); false: not a panel key. */
function panelKey(e: KeyboardEvent<HTMLElement>): boolean {
  const k = panelKeyFor(e);
  k?.run(useLabelStore.getState());
  return k !== null;
}

export function LabelPanel() {
  const t = useT();
  const batches = useLabelStore((s) => s.batches);
  const focus = useLabelStore((s) => s.focus);
  const lang = useViewStore((s) => s.view.lang);
  const settings = useSettingsStore((s) => s.settings);
  const [questions, setQuestions] = useState(DEFAULT_QUESTIONS);
  /** The arm whose current weights answer ('' = the base model). */
  const [from, setFrom] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  const batch = currentBatch({ batches });

  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the focused answer when it moves
  useEffect(() => {
    const chip = panel.current?.querySelector<HTMLElement>('[aria-current="true"] [data-chip]');
    if (!batch || !chip) return;
    chip.scrollIntoView?.({ block: 'nearest' });
    // A chip had the keyboard focus: it moves with the panel's focus (one Tab stop for all chips).
    if (document.activeElement?.hasAttribute('data-chip') && document.activeElement !== chip) chip.focus();
  }, [batch, focus]);

  const sample = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const b = await sampleLabels({
        mix: toRunConfig(settings).mix,
        runSeed: settings.seed,
        batch: useLabelStore.getState().batches.length,
        questions,
        K: settings.K,
        temperature: settings.temperature,
        ...(from ? { from: { runId: useRunStore.getState().runId, arm: from } } : {}),
      });
      useLabelStore.getState().addBatch(b);
      panel.current?.focus();
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // P and ? work anywhere on the page; the page's Space, S and R stay quiet in the panel.
    if (passesToPage(e)) return;
    e.stopPropagation();
    const el = e.target as HTMLElement;
    if (/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) return;
    // Space and Enter press the panel's other buttons; on an answer's chip they are the panel's keys.
    if (el.tagName === 'BUTTON' && !el.hasAttribute('data-chip') && (e.key === 'Enter' || e.key === ' '))
      return;
    if (batch && panelKey(e)) e.preventDefault();
  };

  const groups = batch ? byQuestion(batch.records) : [];
  const agree = agreement(batch?.records ?? []);
  const marked = agree.marked;
  return (
    <section
      className="label-panel"
      data-testid="label-panel"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the panel takes the labelling keys
      tabIndex={0}
      ref={panel}
      onKeyDown={onKeyDown}
      aria-label={t('labels.labelAnswers')}
    >
      <h2 id="labelling-title" tabIndex={-1}>
        {t('labels.labelAnswersYourself')}
      </h2>
      <details className="help fold">
        <summary>
          {t('labels.sampleAnswers')}
          <span className="more">{t('workshop.more')}</span>
        </summary>
        {t('labels.sampleAnswersFrom')}
      </details>
      <div className="label-controls">
        <label>
          {t('labels.questions')}{' '}
          <select value={questions} onChange={(e) => setQuestions(Number(e.target.value))}>
            {QUESTION_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>{' '}
        <AnswersFrom value={from} onChange={setFrom} />{' '}
        <span className="help">
          {t('labels.kAnswers', {
            k: settings.K,
            temp: settings.temperature,
            seed: settings.seed,
          })}
        </span>{' '}
        <button type="button" data-testid="label-sample" disabled={busy} onClick={() => void sample()}>
          {busy ? t('labels.sampling') : batch ? t('labels.sampleNew') : t('labels.sampleBatch')}
        </button>
      </div>
      {problem && (
        <p className="error" role="alert">
          {t('labels.couldNot', { error: problem })}
        </p>
      )}
      {batch && (
        <>
          <p data-testid="label-batch" className="help">
            {t('labels.batchBNAnswers', {
              b: batches.length,
              n: batch.records.length,
              model: batch.model,
              seed: batch.seed,
              at: localTime(batch.createdAt, lang),
              k: marked,
            })}
          </p>
          <p data-testid="label-agreement" aria-live="polite">
            {agreementText(agree, t)}
          </p>
          <ol className="label-groups">
            {groups.map((g) => {
              const right = g.records.filter((r) => r.personMark ?? r.verifierMark).length;
              return (
                <li key={g.question} className="label-group">
                  <div className="label-question">
                    <strong>
                      Q{g.question + 1}: <code>{g.prompt}</code>
                    </strong>{' '}
                    {t('charts.gold')} <code>{g.gold}</code> <small>({g.level})</small>
                    <br />
                    <meter min={0} max={1} value={rHat(g.records)} aria-hidden="true" />{' '}
                    <small data-testid={`label-rhat-${g.question}`} title={t('labels.shareAnswers')}>
                      {rHatText(right, g.records.length, t)}
                    </small>
                  </div>
                  <ol className="label-cards" aria-label={t('labels.answersQ', { q: g.prompt })}>
                    {g.records.map((r) => {
                      const i = batch.records.indexOf(r);
                      return <LabelCard key={r.id} r={r} index={i} focused={i === focus} />;
                    })}
                  </ol>
                </li>
              );
            })}
          </ol>
          <TrainOnLabels batches={batches} />
        </>
      )}
    </section>
  );
}
