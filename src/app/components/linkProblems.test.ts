import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseHash } from '../../formats/settings/hash';
import { useSettingsStore } from '../settings/settingsStore';
import { LinkProblems } from './LinkProblems';

describe('the link-problem list', () => {
  it('shows ten problems and counts the rest, however many the link has', () => {
    const { problems } = parseHash(`#${'seed=1&'.repeat(5001)}`);
    expect(problems).toHaveLength(5000);
    useSettingsStore.setState({ linkProblems: problems });
    // react-dom/server reads the store's initial state object: make it the state set here.
    Object.assign(useSettingsStore.getInitialState(), useSettingsStore.getState());
    const html = renderToString(createElement(LinkProblems));
    expect(html.match(/<li/g)).toHaveLength(11);
    expect(html).toContain('and 4,990 more');
    expect(html.length).toBeLessThan(3000);
  });
});
