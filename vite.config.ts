import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { classRoomsPlugin } from './src/server/vitePlugin.ts';
import { ISOLATION_HEADERS } from './src/sw/isolationHeaders.ts';
import { serviceWorkerPlugin } from './src/sw/plugin.ts'; // with .ts: Vite's native config loader needs it
import { securityHeadersPlugin } from './src/sw/securityHeaders.ts';

export default defineConfig({
  // serviceWorkerPlugin: production builds also write sw.js (offline use; src/sw/). securityHeadersPlugin:
  // the Content-Security-Policy (a <meta> in the build, headers on the servers; src/sw/securityHeaders.ts).
  // classRoomsPlugin: the preview (workshop) and dev servers also answer the class rooms' API (src/server/).
  plugins: [react(), serviceWorkerPlugin(), securityHeadersPlugin(), classRoomsPlugin()],
  // No client-side routing: a missing file (e.g. the base model) is a real 404, not index.html.
  appType: 'mpa',
  worker: {
    format: 'es',
  },
  // The worker's dependencies are found late by the dev server's crawler; listing them avoids a
  // re-optimisation and a page reload on the first start.
  optimizeDeps: {
    include: [
      '@tensorflow/tfjs',
      '@tensorflow/tfjs-backend-webgpu',
      '@tensorflow/tfjs-backend-wasm',
      'comlink',
    ],
  },
  build: {
    target: 'es2022',
  },
  // Cross-origin isolated (COOP/COEP, src/sw/isolationHeaders.ts): tfjs's wasm backend can run threaded.
  server: {
    host: '127.0.0.1',
    headers: ISOLATION_HEADERS,
  },
  preview: {
    host: '127.0.0.1',
    // `npm run workshop` serves the built app to a room: attendees reach it by the laptop's name
    // (e.g. name.local) as well as by its address. The preview server only serves the public build, so
    // Vite's host check (against DNS rebinding reading a dev server's sources) guards nothing here.
    allowedHosts: true,
    headers: ISOLATION_HEADERS,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
