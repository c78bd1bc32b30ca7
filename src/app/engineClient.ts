/**
 * Starts the engine worker and wraps it with comlink. The page never imports tfjs: every model
 * operation goes through this typed remote.
 */
import * as Comlink from 'comlink';
import type { EngineApi } from '../worker/protocol';

export interface EngineClient {
  api: Comlink.Remote<EngineApi>;
  /** Stops the worker; pending calls never settle afterwards. */
  dispose(): void;
}

/** `onCrash` is called with a readable message when the worker fails to start or dies. */
export function startEngine(onCrash: (message: string) => void): EngineClient {
  const worker = new Worker(new URL('../worker/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'engine',
  });
  const onError = (event: ErrorEvent) => {
    event.preventDefault();
    const where = event.filename ? ` (${event.filename}:${event.lineno})` : '';
    onCrash(
      event.message
        ? `the engine worker crashed: ${event.message}${where}`
        : 'the engine worker failed to start or crashed (no details: see the browser console)',
    );
  };
  const onMessageError = () => onCrash('the engine worker sent a message the page could not read');
  worker.addEventListener('error', onError);
  worker.addEventListener('messageerror', onMessageError);
  const api = Comlink.wrap<EngineApi>(worker);
  return {
    api,
    dispose() {
      worker.removeEventListener('error', onError);
      worker.removeEventListener('messageerror', onMessageError);
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
