/**
 * The labelling panel: sample a batch of answers from the base model, confirm or flip the verifier's
 * mark of each with the mouse or the keyboard alone, watch r_hat per question and the agreement with the
 * verifier, then train the run's methods on exactly these labels (every batch's) beside the automatically
 * verified arms.
 * Keys act only while focus is inside the panel, and the page's global shortcuts do not fire there.
 */
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { agreement, byQuestion, rHat } from '../../engine/labels/summary';
import { useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';
import { sampleLabels } from '../run/session';
import { toRunConfig } from '../settings/runConfig';
import { useSettingsStore } from '../settings/settingsStore';
import { AnswersFrom } from './AnswersFrom';
import { agreementText, rHatText } from './cardText';
import { LabelCard } from './LabelCard';
import { panelKeyFor } from './labelKeys';
import { currentBatch, useLabelStore } from './labelStore';
import { TrainOnLabels } from './TrainOnLabels';

const QUESTION_CHOICES = [2, 4, 6, 8] as const;
const DEFAULT_QUESTIONS = 4;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

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
  const settings = useSettingsStore((s) => s.settings);
  const [questions, setQuestions] = useState(DEFAULT_QUESTIONS);
  /** The arm whose current weights answer ('' = the base model). */
  const [from, setFrom] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  const batch = currentBatch({ batches });

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll the focused card into view when it moves
  useEffect(() => {
    if (batch) panel.current?.querySelector('[aria-current="true"]')?.scrollIntoView?.({ block: 'nearest' });
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
    // While focus is in the panel, the page's shortcuts (Space, S, R) stay quiet.
    e.stopPropagation();
    const el = e.target as HTMLElement;
    if (/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) return;
    if (el.tagName === 'BUTTON' && (e.key === 'Enter' || e.key === ' ')) return;
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
      aria-label={t('label answers')}
    >
      <h2 id="labelling-title" tabIndex={-1}>
        {t('Label answers yourself')}
      </h2>
      <p className="help">
        {t(
          "Sample answers from the base model (the weights every arm starts from) or from an arm as it is now, then confirm or flip the verifier's mark of each. Keys, with focus in this box: c or 1 = right, x or 0 = wrong, Enter = agree with the verifier, j / ↓ = next, k / ↑ = previous, u or Ctrl+Z = undo. Marking moves to the next answer.",
        )}
      </p>
      <div className="label-controls">
        <label>
          {t('questions per batch')}{' '}
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
          {t('{k} answers each (K), temperature {temp}, seed {seed}', {
            k: settings.K,
            temp: settings.temperature,
            seed: settings.seed,
          })}
        </span>{' '}
        <button type="button" data-testid="label-sample" disabled={busy} onClick={() => void sample()}>
          {busy ? t('Sampling…') : batch ? t('Sample a new batch') : t('Sample a batch')}
        </button>
      </div>
      {problem && (
        <p className="error" role="alert">
          {t('could not sample answers: {error}', { error: problem })}
        </p>
      )}
      {batch && (
        <>
          <p data-testid="label-batch" className="help">
            {t(
              'Batch {b}: {n} answers from the {model} model (seed {seed}, sampled {at}). You marked {k} of {n}.',
              {
                b: batches.length,
                n: batch.records.length,
                model: batch.model,
                seed: batch.seed,
                at: batch.createdAt,
                k: marked,
              },
            )}
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
                    {t('gold')} <code>{g.gold}</code> ({g.level}){' '}
                    <span
                      data-testid={`label-rhat-${g.question}`}
                      title={t('share of the answers marked right')}
                    >
                      {rHatText(right, g.records.length, t)}
                    </span>
                    <meter min={0} max={1} value={rHat(g.records)} aria-hidden="true" />
                  </div>
                  <ol className="label-cards">
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
