/**
 * backend=auto's measured choice, kept in this browser (localStorage) so the race runs once per browser
 * and adapter: the worker reuses it while its key (the browser, its cores, its adapters) still matches.
 * "Measure again" forgets it.
 */
import type { BackendChoice, BackendName, InitResult } from '../../worker/protocol';

const KEY = 'nft-playground:backend-choice';

export type CachedChoice = BackendChoice & { backend: BackendName };

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked (a sandboxed frame): measure every time
  }
}

/** The kept choice, or undefined (none, or unreadable). */
export function cachedChoice(): CachedChoice | undefined {
  try {
    const text = storage()?.getItem(KEY);
    if (!text) return undefined;
    const v = JSON.parse(text) as CachedChoice;
    return typeof v?.key === 'string' && typeof v.backend === 'string' && Array.isArray(v.figures)
      ? v
      : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a freshly measured choice (a cached or unmeasured one is left as it is). */
export function keepChoice(init: InitResult): void {
  if (init.choice?.how !== 'measured') return;
  try {
    storage()?.setItem(KEY, JSON.stringify({ ...init.choice, backend: init.backend }));
  } catch {
    // full or blocked: the race runs again next time
  }
}

export function forgetChoice(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // nothing kept
  }
}
