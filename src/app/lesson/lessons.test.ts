import { describe, expect, it } from 'vitest';
import { parseHash } from '../../formats/settings/hash';
import { SETTING_KEYS } from '../../formats/settings/table';
import { LESSON_IDS } from '../../formats/view/viewTable';
import { LESSONS, lessonById, lessonHash, lessonState } from './lessons';

describe('lessons', () => {
  it('there is one lesson per lesson id, each a link that parses back without a problem', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([...LESSON_IDS]);
    for (const lesson of LESSONS) {
      const parsed = parseHash(lessonHash(lesson, 'ja'));
      expect(parsed.problems).toEqual([]);
      const { settings, view } = lessonState(lesson);
      expect(parsed.settings).toEqual(settings);
      expect(parsed.view).toEqual({ ...view, lang: 'ja' });
    }
  });

  it('hides only known controls, and never the ones the lesson is about', () => {
    for (const lesson of LESSONS) {
      expect(lesson.hide.every((h, i) => lesson.hide.indexOf(h) === i)).toBe(true);
      expect(lesson.hide).not.toContain('methods');
    }
    expect(lessonById('noisy').hide).not.toContain('labelNoise');
    expect(lessonById('noisy').hide).not.toContain('verifier');
    expect(lessonById('verifier').hide).not.toContain('labelling');
    expect(lessonById('offpolicy').hide).not.toContain('mu');
    // At least the experiment's knobs are hidden in the first lesson.
    const hidden = new Set(lessonById('negatives').hide);
    expect(SETTING_KEYS.filter((k) => !hidden.has(k))).toEqual(['preset', 'methods']);
  });

  it('the noisy-labels lesson uses the noisy preset (20% label noise)', () => {
    expect(lessonState(lessonById('noisy')).settings.labelNoise).toBe(0.2);
  });
});

describe('lessons in both languages', () => {
  it('every lesson has the same number of steps in English and Japanese, and no empty text', () => {
    for (const lesson of LESSONS) {
      const { en, ja } = lesson.text;
      expect(ja.steps.length).toBe(en.steps.length);
      for (const t of [en, ja]) {
        expect(t.title.length * t.idea.length * t.lookFor.length).toBeGreaterThan(0);
        for (const s of t.steps) expect(s.length).toBeGreaterThan(0);
      }
      expect(ja.title).not.toBe(en.title);
    }
  });
});
