/**
 * Page options read from the URL query (temporary: a settings panel will replace them).
 *   ?backend=webgpu|webgl|wasm|cpu  run only on that backend (no fallback)
 *   ?seed=<integer>                 seed of the question draw and the sampling
 *   ?check=train                    after answering, train a copy of the model a few steps and show it
 */
import { BACKEND_ORDER, type BackendName, isBackendName } from '../worker/protocol';

export interface PageOptions {
  backend?: BackendName;
  seed?: number;
  checkTraining?: boolean;
}

export type ParsedOptions = { ok: true; options: PageOptions } | { ok: false; error: string };

export function parsePageOptions(search: string): ParsedOptions {
  const params = new URLSearchParams(search);
  const options: PageOptions = {};
  const backend = params.get('backend');
  if (backend !== null) {
    if (!isBackendName(backend)) {
      return {
        ok: false,
        error: `unknown backend ${JSON.stringify(backend)} in the URL: use one of ${BACKEND_ORDER.join(', ')}`,
      };
    }
    options.backend = backend;
  }
  const seed = params.get('seed');
  if (seed !== null) {
    const n = Number(seed);
    if (seed.trim() === '' || !Number.isInteger(n) || n < 0 || n > 0xffffffff) {
      return { ok: false, error: `seed must be an integer in 0..4294967295, got ${JSON.stringify(seed)}` };
    }
    options.seed = n;
  }
  const check = params.get('check');
  if (check !== null) {
    if (check !== 'train')
      return { ok: false, error: `unknown check ${JSON.stringify(check)}: use check=train` };
    options.checkTraining = true;
  }
  return { ok: true, options };
}
