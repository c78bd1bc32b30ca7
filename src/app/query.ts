/**
 * Page options read from the URL query (not part of an experiment's settings, which live in the hash):
 *   ?check=train    after the model loads, train a copy of it a few steps and show the result
 *   ?debug=faults   show buttons that lose the GPU device or crash the worker, to see (and test) how a
 *                   run goes on from its last completed step on another backend
 *   ?present[=metric]  open the presenter view (one chart filling the screen) on held-out accuracy or on
 *                   the named metric (accuracy, loss, entropy, answers, errors)
 *   ?threads=N      try tfjs's threaded WebAssembly build with N threads (1..64; the page must be
 *                   cross-origin isolated); without it wasm runs its single-threaded SIMD build
 *   ?room=<code>    this page reports to a class room on the workshop server (src/app/classRun)
 * They can be combined: ?check=train&debug=faults.
 */
import { ROOM_CODE } from '../formats/classRoom/roomMessages';
import { METRICS } from './charts/series';

export interface PageOptions {
  checkTraining: boolean;
  faults: boolean;
  /** The presenter view's metric when the link opens it, else null. */
  present: string | null;
  /** WebAssembly threads asked for (absent: none, the single-threaded build). */
  threads?: number;
}

export type ParsedOptions = { ok: true; options: PageOptions } | { ok: false; error: string };

const KNOWN: Record<string, string> = { check: 'train', debug: 'faults' };

export function parsePageOptions(search: string): ParsedOptions {
  const params = new URLSearchParams(search);
  const metrics = METRICS.map((m) => m.id);
  for (const [key, value] of params) {
    if (key === 'threads') {
      if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 64) continue;
      return { ok: false, error: `unknown threads ${JSON.stringify(value)} in the URL: use ?threads=1..64` };
    }
    if (key === 'present') {
      if (value === '' || metrics.includes(value)) continue;
      return {
        ok: false,
        error: `unknown present ${JSON.stringify(value)} in the URL: use ?present or ?present=${metrics.join('|')}`,
      };
    }
    if (key === 'room') {
      if (ROOM_CODE.test(value)) continue;
      return { ok: false, error: `not a class room code in the URL: ${JSON.stringify(value.slice(0, 40))}` };
    }
    const expected = KNOWN[key];
    if (expected === undefined)
      return {
        ok: false,
        error: `unknown URL option ${JSON.stringify(key)}: experiment settings go in the hash (#backend=wasm)`,
      };
    if (value !== expected)
      return {
        ok: false,
        error: `unknown ${key} ${JSON.stringify(value)} in the URL: use ?${key}=${expected}`,
      };
  }
  const present = params.has('present') ? params.get('present') || metrics[0] : null;
  const threads = params.has('threads') ? { threads: Number(params.get('threads')) } : {};
  return {
    ok: true,
    options: { checkTraining: params.has('check'), faults: params.has('debug'), present, ...threads },
  };
}
