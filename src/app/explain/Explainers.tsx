/**
 * The explainers beside the charts, each tied to the live run: pick an arm and one question of its latest
 * rollout; the views show that question's numbers (and, through the worker, the arm's current weights).
 */
import { useDeferredValue, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type LossOptions, resolveOptions } from '../../engine/losses/options';
import { own } from '../../formats/own';
import { lossOverrides } from '../../formats/settings/runSettings';
import { EXPLAINERS, type ExplainerId } from '../../formats/view/viewTable';
import { METHOD_COLOURS } from '../charts/series';
import { type T, useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';
import { useSettingsStore } from '../settings/settingsStore';
import { setView, useViewStore } from '../view/viewStore';
import { PolicySplit } from './PolicySplit';
import { PromptWeight } from './PromptWeight';
import { SameGradient } from './SameGradient';
import { TokenView } from './TokenView';
import { NOT_READY, useExplanation } from './useExplanation';
import { WeightRatio } from './WeightRatio';

/** NFT's options in this run: an NFT arm's, else those the settings would give one. */
function useNftOptions(): LossOptions {
  const nftArm = useRunStore((s) => s.arms.find((a) => a.method === 'nft')?.loss);
  const s = useSettingsStore((x) => x.settings);
  if (nftArm) return nftArm;
  return resolveOptions('nft', lossOverrides(s), { shared: true });
}

const titles = (t: T): Record<ExplainerId, string> => ({
  'policy-split': t('explain.policySplit'),
  'weight-ratio': t('explain.weightAgainst'),
  'prompt-weight': t('explain.promptWeight'),
  'token-view': t('explain.perToken'),
  'same-gradient': t('explain.sameGradient'),
});

/** One explainer at a time (kept in the link as view.explain, so a lesson opens one), or all of them. */
function ExplainerTabs({ open }: { open: 'none' | ExplainerId }) {
  const t = useT();
  const TITLES = titles(t);
  return (
    <fieldset className="explain-tabs">
      <legend>{t('explain.show')}</legend>
      <button type="button" aria-pressed={open === 'none'} onClick={() => setView({ explain: 'none' })}>
        {t('explain.all')}
      </button>
      {EXPLAINERS.map((id) => (
        <button
          key={id}
          type="button"
          aria-pressed={open === id}
          data-testid={`explain-tab-${id}`}
          onClick={() => setView({ explain: id })}
        >
          {TITLES[id]}
        </button>
      ))}
    </fieldset>
  );
}

export function Explainers() {
  const t = useT();
  const open = useViewStore((s) => s.view.explain);
  const shows = (id: ExplainerId) => open === 'none' || open === id;
  const arms = useRunStore(
    useShallow((s) => s.arms.filter((a) => a.method !== 'sft').map((a) => `${a.name}:${a.method}`)),
  );
  const rollouts = useDeferredValue(useRunStore((s) => s.rollouts));
  const nftOptions = useNftOptions();
  const [picked, setPicked] = useState<string | null>(null);
  const [question, setQuestion] = useState(0);
  const [answer, setAnswer] = useState(0);
  const names = arms.map((x) => x.split(':')[0]);
  const arm = picked !== null && names.includes(picked) ? picked : (names[0] ?? '');
  const rollout = own(rollouts, arm);
  const kept = rollout ? rollout.groups.filter((g) => g.kept) : [];
  const qi = question < kept.length ? question : 0;
  const group = kept[qi] ?? null;
  const ai = group && answer < group.answers.length ? answer : 0;
  const explanation = useExplanation(arm, group);
  const ex = explanation.of === group ? explanation.data : null;
  if (names.length === 0) return null;
  return (
    <section className="explainers" aria-labelledby="explainers-title" data-testid="explainers">
      <h2 id="explainers-title" tabIndex={-1}>
        {t('explain.explainers')}
      </h2>
      <p className="help">{t('explain.whyUsing')}</p>
      <ExplainerTabs open={open} />
      <div className="explain-pickers">
        <fieldset className="pressed-group">
          <legend>{t('charts.arm')}</legend>
          {arms.map((x) => {
            const [n, m] = x.split(':');
            return (
              <button
                key={n}
                type="button"
                aria-pressed={n === arm}
                data-testid={`explain-arm-${n}`}
                style={{ borderColor: METHOD_COLOURS[m as keyof typeof METHOD_COLOURS] }}
                onClick={() => setPicked(n)}
              >
                {n}
              </button>
            );
          })}
        </fieldset>
        {kept.length > 0 && (
          <label>
            {t('explain.question')}{' '}
            <select
              data-testid="explain-question"
              value={qi}
              onChange={(e) => {
                setQuestion(Number(e.target.value));
                setAnswer(0);
              }}
            >
              {kept.map((g, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: groups of a rollout never move
                <option key={i} value={i}>
                  {g.prompt} (r̂ = {+g.rHat.toFixed(3)})
                </option>
              ))}
            </select>
          </label>
        )}
        {rollout && (
          <span className="help" data-testid="explain-iteration" data-iteration={rollout.iteration}>
            {t('explain.latestRollout', { n: rollout.iteration })}
          </span>
        )}
      </div>
      {explanation.problem && (
        <p className="help" data-testid="explain-problem">
          {t('explain.engineCould', {
            problem: explanation.problem === NOT_READY ? t('explain.engineNot') : explanation.problem,
          })}
        </p>
      )}
      {!rollout || !group ? (
        <p className="help">{rollout ? t('explain.latestRolloutKept') : t('charts.noRollout')}</p>
      ) : (
        <div className="explain-grid">
          {shows('policy-split') && <PolicySplit group={group} ex={ex} />}
          {shows('weight-ratio') && <WeightRatio options={nftOptions} rHat={group.rHat} K={rollout.K} />}
          {shows('prompt-weight') && <PromptWeight options={nftOptions} rollout={rollout} />}
          {shows('token-view') && <TokenView group={group} ex={ex} answer={ai} onAnswer={setAnswer} />}
          {shows('same-gradient') && <SameGradient group={group} ex={ex} />}
        </div>
      )}
    </section>
  );
}
