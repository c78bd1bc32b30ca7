import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../engine/train/presets';
import { INSECURE_CONTEXT } from '../../worker/webgpuCheck';
import { ACTIONS, EXPORT_ACTIONS } from '../actions/actions';
import { hasJapanese, type MsgId, translate } from '../i18n/t';
import type { RunPhase } from '../run/history';
import { reasonText } from './BackendPanel';

const PHASES: RunPhase[] = ['starting', 'preparing', 'idle', 'running', 'paused', 'done', 'error'];
const missing = (ids: readonly string[]) => ids.filter((id) => !hasJapanese(id));

describe('the controls in Japanese', () => {
  it('every action button has its Japanese, in every phase of the run', () => {
    const labels = [
      ...ACTIONS.flatMap((a) => PHASES.map((p) => a.label(p))),
      ...EXPORT_ACTIONS.map((a) => a.label),
    ];
    expect(new Set(labels.map((id) => translate('en', id)))).toEqual(
      new Set(['Play', 'Pause', 'Step', 'Reset', 'Export CSV', 'Export JSON']),
    );
    expect(missing(labels)).toEqual([]);
  });

  it("every preset's description and finding (the engine's English) has its Japanese", () => {
    const presets = Object.values(PRESETS);
    expect(presets.map((p) => p.name).sort()).toEqual(['noisy', 'tiny', 'workshop']);
    expect(missing(presets.flatMap((p) => [`preset.${p.name}`, `finding.${p.name}`]))).toEqual([]);
  });
});

describe("the worker's reasons for each backend", () => {
  const ja = (en: MsgId, vars?: Record<string, string | number>) => translate('ja', en, vars);
  const en = (s: MsgId, vars?: Record<string, string | number>) => translate('en', s, vars);
  it('reads the usual ones in Japanese, the same in English, and leaves any other as it came', () => {
    for (const r of ['running', 'not tried: backend forced to wasm', 'not tried: webgpu started first'])
      expect(reasonText(en, r)).toEqual({ text: r, translated: true });
    expect(reasonText(ja, 'not tried: webgpu started first').text).toBe(
      '試していません：webgpu が先に起動しました',
    );
    expect(reasonText(ja, 'running').text).toBe('実行中');
    // The worker's sentence and the page's key are the same English (else it would show untranslated).
    expect(reasonText(en, INSECURE_CONTEXT)).toEqual({ text: INSECURE_CONTEXT, translated: true });
    expect(reasonText(ja, INSECURE_CONTEXT).text).toMatch(/https/);
    expect(reasonText(ja, INSECURE_CONTEXT).text).not.toBe(INSECURE_CONTEXT);
    expect(reasonText(ja, 'setBackend returned false')).toEqual({
      text: 'setBackend returned false',
      translated: false,
    });
  });
});
