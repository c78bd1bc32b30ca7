/** Binds every action's keys on the window; typing in a form field never triggers one. */
import { useEffect } from 'react';
import { useRunStore } from '../run/runStore';
import type { Action } from './actions';

/** Keys meant for a form field, or a button's own Space / Enter, are not shortcuts. */
function isForTheTarget(e: KeyboardEvent): boolean {
  const t = e.target;
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName)) return true;
  return t.tagName === 'BUTTON' && (e.key === ' ' || e.key === 'Enter');
}

export function useShortcuts(actions: readonly Action[]): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isForTheTarget(e)) return;
      const action = actions.find((a) => a.keys.includes(e.key));
      if (!action) return;
      // The key is the page's even while its action is off (Space on a finished run does not scroll).
      e.preventDefault();
      if (action.enabled(useRunStore.getState().phase)) action.perform();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
}
