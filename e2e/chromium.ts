/**
 * How this project starts Chromium, shared by playwright.config.ts and bench/browser.ts: which
 * executable, and the flags that give headless Chromium a WebGPU adapter (SwiftShader) without a GPU.
 */
import { existsSync } from 'node:fs';

/** Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download. */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-webgpu',
];
