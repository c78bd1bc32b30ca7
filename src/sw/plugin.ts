/**
 * Vite plugin (production builds only): writes sw.js, the service worker that keeps the app and the base
 * model for offline use (src/sw/source.ts). It lists every file the build emits (page, JS and CSS chunks,
 * the engine worker, the tfjs wasm binaries) and every file of public/ (the base model), and names the
 * cache after a hash of all their contents, so a new deployment gets a new cache and the old one is
 * deleted. `npm run dev` and vitest never see it (apply: 'build'), and the page registers it only in
 * production (src/app/offline/register.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { serviceWorkerSource } from './source.ts'; // with .ts: loaded by Vite's config loader

export const SW_FILE = 'sw.js';

/** Files under `dir`, as '/'-separated paths relative to it; hidden files left out. */
function listFiles(dir: string): string[] {
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * The files to keep: the build's, then public/'s, sorted, without duplicates, source maps or the
 * service worker itself; index.html always (the page).
 */
export function precacheList(emitted: readonly string[], publicFiles: readonly string[]): string[] {
  const keep = (f: string) => f !== SW_FILE && !f.endsWith('.map');
  return [...new Set(['index.html', ...emitted, ...publicFiles])].filter(keep).sort();
}

/** A short hash of the listed files' names and contents. */
export function buildVersion(contents: ReadonlyMap<string, string | Uint8Array>): string {
  const h = createHash('sha256');
  for (const name of [...contents.keys()].sort()) {
    h.update(name);
    h.update('\0');
    h.update(contents.get(name) ?? '');
    h.update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

export function serviceWorkerPlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'nft-playground:service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const contents = new Map<string, string | Uint8Array>();
      for (const item of Object.values(bundle))
        contents.set(item.fileName, item.type === 'chunk' ? item.code : item.source);
      const publicFiles = listFiles(publicDir);
      for (const f of publicFiles) contents.set(f, readFileSync(join(publicDir, f)));
      const files = precacheList([...contents.keys()], publicFiles);
      const version = buildVersion(contents);
      this.emitFile({ type: 'asset', fileName: SW_FILE, source: serviceWorkerSource(version, files) });
    },
  };
}
