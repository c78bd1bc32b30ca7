/**
 * The tfjs backends the worker may run on, in the order it tries them. Plain data, so the settings table
 * (src/formats) can offer them without importing the worker; the worker's protocol re-exports them.
 */
export const BACKEND_ORDER = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;

export type BackendName = (typeof BACKEND_ORDER)[number];
