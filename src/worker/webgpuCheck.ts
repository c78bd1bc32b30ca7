/**
 * Why WebGPU cannot start before asking for an adapter, in words a person can act on. Browsers give
 * `navigator.gpu` only to secure contexts (https, or localhost on this computer): a workshop served over
 * plain http on a local network runs on WebGL or WebAssembly, and the page should say that is why.
 */
export const INSECURE_CONTEXT =
  'not a secure context: browsers give WebGPU only to https pages and to localhost on this computer';
export const NO_NAVIGATOR_GPU = 'no WebGPU in this browser (navigator.gpu is missing)';

export function webgpuBlocked(env: { secureContext: boolean; hasGpu: boolean }): string | null {
  if (env.hasGpu) return null;
  return env.secureContext ? NO_NAVIGATOR_GPU : INSECURE_CONTEXT;
}
