/**
 * The page's view, kept in the link beside the experiment's settings but never part of the run:
 * the language, the lesson being taught, which controls and panels are hidden, and which explainer is
 * open. Same typed fields as the settings table (settings/fields.ts), so a lesson is just a link
 * (lesson/lessons.ts). Changing the view never restarts a run.
 */
import { enumField, FIELD_MESSAGES, type Field, listField } from '../settings/fields';
import { isSettingKey } from '../settings/table';

/** Panels a lesson can hide, by the id each is mounted under in App.tsx ('engine': which backend runs). */
export const PANELS = [
  'presetNote',
  'chartOptions',
  'latest',
  'entropy',
  'gradients',
  'explainers',
  'rollout',
  'labelling',
  'session',
  'settings',
  'engine',
  'perf',
  'export',
] as const;
export type PanelId = (typeof PANELS)[number];

/** The explainers (app/explain), by the id of their root element `explain-<id>`. */
export const EXPLAINERS = [
  'policy-split',
  'weight-ratio',
  'prompt-weight',
  'token-view',
  'same-gradient',
] as const;
export type ExplainerId = (typeof EXPLAINERS)[number];

export const LESSON_IDS = ['negatives', 'verifier', 'noisy', 'offpolicy'] as const;
export type LessonId = (typeof LESSON_IDS)[number];

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

export interface View {
  lang: Lang;
  lesson: 'none' | LessonId;
  hide: string[];
  explain: 'none' | ExplainerId;
}

export type ViewKey = keyof View;

export const VIEW_TABLE: { readonly [K in ViewKey]: Field<View[K]> } = {
  lang: enumField('language', LANGS),
  lesson: enumField('lesson', ['none', ...LESSON_IDS] as const),
  hide: listField('hidden controls', {
    minItems: 0,
    valid: (x) => isSettingKey(x) || (PANELS as readonly string[]).includes(x),
    what: FIELD_MESSAGES.whatPanel,
  }),
  explain: enumField('open explainer', ['none', ...EXPLAINERS] as const),
};

export const VIEW_KEYS = Object.keys(VIEW_TABLE) as ViewKey[];

export function isViewKey(key: string): key is ViewKey {
  return Object.hasOwn(VIEW_TABLE, key);
}

export function defaultView(): View {
  return { lang: 'en', lesson: 'none', hide: [], explain: 'none' };
}

/** Is this setting's input or this panel hidden in the view? */
export function isHidden(view: View, id: string): boolean {
  return view.hide.includes(id);
}
