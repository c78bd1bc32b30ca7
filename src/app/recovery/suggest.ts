import { BACKEND_ORDER, type BackendAttempt, type BackendName } from '../../worker/protocol';

/**
 * The backend to offer first after a failure on `failed`: the next one in BACKEND_ORDER that did not
 * already fail to start; the failed one itself only when nothing else is left; wasm when unknown.
 */
export function suggestedBackend(
  failed: BackendName | null,
  attempts: readonly BackendAttempt[],
): BackendName {
  if (failed === null) return 'wasm';
  const didNotStart = (b: BackendName) =>
    attempts.some((a) => a.name === b && !a.ok && !a.reason.startsWith('not tried'));
  const after = BACKEND_ORDER.slice(BACKEND_ORDER.indexOf(failed) + 1);
  const before = BACKEND_ORDER.slice(0, BACKEND_ORDER.indexOf(failed));
  return [...after, ...before].find((b) => !didNotStart(b)) ?? failed;
}
