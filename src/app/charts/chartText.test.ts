/**
 * The strings of the charts area that come from tables (metric titles, line labels and styles, x axes,
 * marker shapes, the Present action, the engine's verdict phrases) are translated where they are
 * rendered, so the static check of t('...') calls (i18n.test.ts) cannot see them: this test lists them.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOSS_OPTIONS } from '../../engine/losses/options';
import { describeVerdict } from '../../engine/tasks/verify';
import type { AnswerView, GroupView, IterationMetrics } from '../../worker/protocol';
import { rowSubtitle } from '../export/pngLayout';
import { hasJapanese, type MsgId, translate } from '../i18n/t';
import { presentAction } from '../present/presentAction';
import { answerNote, groupStatus, rHatText, verdictText } from '../rollout/shading';
import { SHAPE_NAMES, SHAPES } from './armStyle';
import { CHART_MODES } from './ChartOptions';
import { describeAggregation, panelSummary } from './describe';
import { labelNote } from './labelNoteText';
import { type DashStyle, lineStyle, METRICS, type Row, X_AXES } from './series';

const DASHES: DashStyle[] = ['dotted', 'dash-dot', 'long dash'];

describe('chart strings kept in tables', () => {
  it('every metric title and note, line label and style, x axis, shape and action label has its Japanese', () => {
    const strings = [
      ...METRICS.flatMap((m) => [
        m.title,
        ...(m.note ? [m.note.text] : []),
        ...m.lines.flatMap((l) => [l.label, lineStyle(l).name]),
      ]),
      ...DASHES.map((dash) => lineStyle({ dash }).name),
      lineStyle({ dashed: true }).name,
      ...Object.values(X_AXES),
      ...SHAPES.map((s) => SHAPE_NAMES[s]),
      ...Object.values(CHART_MODES),
      presentAction.label('idle'),
    ];
    expect(strings.length).toBeGreaterThan(30);
    expect(strings.filter((s) => !hasJapanese(s))).toEqual([]);
  });

  it('every verdict phrase of the engine reads in Japanese in the rollout view', () => {
    const ja = (id: MsgId, vars?: Record<string, string | number>) => translate('ja', id, vars);
    const verdicts = [
      describeVerdict({ correct: true, final: 3, error: 'none' }),
      describeVerdict({ correct: false, final: 3, error: 'none' }),
      describeVerdict({ correct: false, final: null, error: 'truncated' }),
      describeVerdict({ correct: false, final: null, error: 'unparsable' }),
      describeVerdict({ correct: false, final: 4, error: 'wrong_step', badStep: 2 }),
      describeVerdict({ correct: false, final: 4, error: 'wrong_step' }),
      describeVerdict({ correct: false, final: 4, error: 'wrong_final' }),
    ];
    for (const v of verdicts) {
      expect(verdictText(v), v).toBe(v);
      expect(verdictText(v, ja), v).not.toMatch(/[A-Za-z]{3,}/);
    }
    expect(verdictText('wrong: step 2', ja)).toBe('不正解：ステップ 2');
    expect(verdictText('something new', ja)).toBe('something new');
  });
});

describe('the helpers in Japanese', () => {
  const ja = (id: MsgId, vars?: Record<string, string | number>) => translate('ja', id, vars);
  const english = /[A-Za-z]{3,}[,.:;']*\s+[A-Za-z]{2,}[,.:;']*\s+[A-Za-z]{3,}/;

  it('chart summaries, notes and rollout words read without English phrases', () => {
    const it0 = { iteration: 0, right: 3, wrong: 1, flipped: 1, errors: { none: 3, wrong_final: 1 } };
    const arms = [{ iterations: [it0 as unknown as IterationMetrics] }];
    const rows = [
      { x: 1, right: 0.5, wrong_final: 0.5, wrong_step: 0, truncated: 0, unparsable: 0 },
    ] as Row[];
    const group = { kept: false, firstRound: true, rHat: 1 } as GroupView;
    const answer = { correct: true, verified: false, verdict: 'wrong: final answer' } as AnswerView;
    const texts = [
      labelNote(0.2, 'offByOne', arms, ja) ?? '',
      labelNote(0, 'offByOne', [], ja) ?? '',
      ...METRICS.map((m) => panelSummary(m, 'nft', rows, ja)),
      ...(['sum_const', 'token_mean', 'answer_mean'] as const).map((aggregation) =>
        describeAggregation({ ...DEFAULT_LOSS_OPTIONS.nft, aggregation }, ja),
      ),
      ...METRICS.map((m) => rowSubtitle(m, X_AXES.answers, 0.6, ja)),
      groupStatus(group, ja),
      rHatText(0.5, 4, ja),
      answerNote(answer, ja) ?? '',
    ];
    for (const s of texts) {
      expect(s).not.toMatch(english);
      expect(s).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});
