import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/t';
import { LABEL_KEYS, panelKeyFor, passesToPage } from '../labelling/labelKeys';
import { PRESENTER_KEYS, presenterKeyFor } from '../present/presenterKeys';
import { KEY_SECTIONS } from './KeysHelp';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('the keyboard help', () => {
  it('has Japanese for every section title and every line (they reach t() as variables)', () => {
    const ids = KEY_SECTIONS.flatMap((s) => [s.title, ...s.rows.map((r) => r.help)]);
    expect(ids.length).toBeGreaterThan(12);
    expect(ids.filter((id) => translate('ja', id) === translate('en', id))).toEqual([]);
  });

  it("lists exactly the keys the labelling panel's handler runs, and only those", () => {
    for (const k of LABEL_KEYS) for (const key of k.keys) expect(panelKeyFor(press(key))).toBe(k);
    expect(panelKeyFor(press('Z', { ctrlKey: true }))?.label).toBe('controls.undoLast');
    expect(panelKeyFor(press('z', { metaKey: true }))?.label).toBe('controls.undoLast');
    for (const key of ['a', 'z', 's', 'r', 'p', '?']) expect(panelKeyFor(press(key)), key).toBeNull();
    expect(panelKeyFor(press(' '))?.label).toBe('labels.flipMark');
    expect(panelKeyFor(press('t'))?.label).toBe('labels.trainMyLabels');
    expect(panelKeyFor(press('c', { altKey: true }))).toBeNull();
    expect(panelKeyFor(press('C'))?.label).toBe('controls.markAnswer'); // caps lock
  });

  it('lets P and ? through the labelling panel (they work anywhere), and nothing else of the page', () => {
    for (const key of ['p', 'P', '?']) {
      expect(passesToPage(press(key)), key).toBe(true);
      expect(panelKeyFor(press(key)), key).toBeNull();
    }
    for (const key of [' ', 's', 'r', 'c']) expect(passesToPage(press(key)), key).toBe(false);
    expect(passesToPage(press('p', { ctrlKey: true }))).toBe(false);
    const anywhere = KEY_SECTIONS.find((s) => s.title === 'controls.anywhere');
    expect(anywhere?.rows.map((r) => r.keyLabel)).toEqual(['P', '?']);
  });

  it("lists exactly the keys the presenter view's handler runs", () => {
    for (const k of PRESENTER_KEYS) for (const key of k.keys) expect(presenterKeyFor(key)).toBe(k);
    for (const key of ['Escape', 'p', 'Enter']) expect(presenterKeyFor(key), key).toBeNull();
  });
});
