/**
 * The headers that make the app cross-origin isolated (crossOriginIsolated, SharedArrayBuffer), which
 * tfjs's threaded WebAssembly build needs. Sent by the dev and preview servers (vite.config.ts) and, for
 * static hosts that cannot set headers, added by the app's service worker to what it serves (source.ts).
 * The app loads nothing from other origins (e2e/smoke.spec.ts checks), so require-corp blocks nothing.
 */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};
