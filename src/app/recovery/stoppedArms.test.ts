import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ARMS } from '../../formats/sessionFile/testRun.testing';
import { emptyRun } from '../run/history';
import { useRunStore } from '../run/runStore';
import { StoppedArms } from './StoppedArms';

const render = () => {
  // react-dom/server reads the store's initial state object: make it the state set here.
  Object.assign(useRunStore.getInitialState(), useRunStore.getState());
  return renderToString(createElement(StoppedArms));
};

describe('arms stopped by a NaN loss', () => {
  it('are named with the iteration they stopped at; the others are not', () => {
    useRunStore.setState({ ...emptyRun(2, 'running'), arms: ARMS, completed: 1 }); // rft: a NaN loss
    const html = render();
    expect(html).toContain('rft stopped at iteration 1: its loss or gradient became NaN or infinite');
    expect(html).not.toContain('nft stopped');
  });

  it('say nothing when every arm trains', () => {
    useRunStore.setState({ ...emptyRun(3, 'running'), arms: [ARMS[0]], completed: 2 });
    expect(render()).toBe('');
  });
});
