/**
 * The session file: labels, settings (as the link's hash) and the run's histories, as versioned JSON
 * ('nft-playground-session', version 1). No model weights: a file to share, not a checkpoint. Reading one
 * never trusts it: size first, then JSON.parse, then the full schema (schema.ts) and the settings table's
 * own validation, all before anything in the browser is replaced.
 */
import type { LabelBatch } from '../../engine/labels/record';
import { type Msg, messages, msg, msgText } from '../msg';
import { quoted } from '../quote';
import { formatHash, parseHash } from '../settings/hash';
import type { Settings } from '../settings/table';
import { int, obj, str, tryCheck } from './check';
import { labelBatches, type RunHistories, runHistories } from './schema';

export const SESSION_FORMAT = 'nft-playground-session';
export const SESSION_VERSION = 1;
/** Files above this are refused unread. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const ABOUT =
  'NFT Playground session: labels, settings and run histories. No model weights: Reset trains the run again.';

export interface SessionDocument {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  about: string;
  /** The page's link hash for the settings (#preset=…&methods=…). */
  settings: string;
  labels: { batches: LabelBatch[] };
  /** Null when the run has no point yet. */
  run: RunHistories | null;
}

/** What a session file gives the page once checked. */
export interface SessionContent {
  settings: Settings;
  batches: LabelBatch[];
  run: RunHistories | null;
}

export function sessionDocument(content: SessionContent, exportedAt: Date): SessionDocument {
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    exportedAt: exportedAt.toISOString(),
    about: ABOUT,
    settings: formatHash(content.settings),
    labels: { batches: content.batches },
    run: content.run,
  };
}

/** JSON has no NaN: a diverged metric is written as null and read back as NaN. */
export function sessionJson(content: SessionContent, exportedAt: Date): string {
  return `${JSON.stringify(sessionDocument(content, exportedAt))}\n`;
}

/** A refusal: `error` in English, `msg` the same as a template, shown in the page's language. */
export type Refusal = { ok: false; error: string; msg: Msg };
export type ReadResult = { ok: true; content: SessionContent } | Refusal;

/** The English templates of the refusals below (each has its Japanese: sessionText.test.ts). */
export const FORMAT_MESSAGES = messages('format', {
  size: 'the file is {size}; a session file may be at most {max}',
  notJson: 'not a JSON file ({error})',
  notObject: 'not a session file: expected a JSON object',
  format: 'format: expected {expected}, got {got}',
  version: 'version: this page reads version {version} of {format}, the file is version {got}',
  notHash: '{path}: expected a link hash starting with #',
  settings: '{path}: {problems}',
  more: 'and {n} more',
});

export const refusal = (m: Msg): Refusal => ({ ok: false, error: msgText(m), msg: m });

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Null when a file of `bytes` may be read, else why not. */
export function sizeProblem(bytes: number): Msg | null {
  return bytes > MAX_FILE_BYTES
    ? msg(FORMAT_MESSAGES.size, { size: MB(bytes), max: MB(MAX_FILE_BYTES) })
    : null;
}

/** A bad value as the refusal quotes it: never a throw, whatever the file holds (quote.ts). */
const shown = (v: unknown) => quoted(v, 40);

const fileShape = obj({
  format: str(64),
  version: int(0, Number.MAX_SAFE_INTEGER),
  exportedAt: str(64),
  about: str(1000),
  settings: str(4000),
  labels: obj({ batches: labelBatches }),
  run: (v, path) => (v === null ? null : runHistories(v, path)),
});

/** Parses and checks a session file's text; nothing is changed anywhere. */
export function readSession(text: string): ReadResult {
  const size = sizeProblem(text.length);
  if (size) return refusal(size);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return refusal(msg(FORMAT_MESSAGES.notJson, { error: e instanceof Error ? e.message : String(e) }));
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return refusal(msg(FORMAT_MESSAGES.notObject));
  const { format, version } = doc as Record<string, unknown>;
  if (format !== SESSION_FORMAT)
    return refusal(
      msg(FORMAT_MESSAGES.format, { expected: JSON.stringify(SESSION_FORMAT), got: shown(format) }),
    );
  if (version !== SESSION_VERSION)
    return refusal(
      msg(FORMAT_MESSAGES.version, { version: SESSION_VERSION, format: SESSION_FORMAT, got: shown(version) }),
    );
  const checked = tryCheck(fileShape, doc, '');
  if (!checked.ok) return checked;
  const file = checked.value;
  const settings = settingsFromHash(file.settings, 'settings');
  if (!settings.ok) return settings;
  return { ok: true, content: { settings: settings.value, batches: file.labels.batches, run: file.run } };
}

/** At most this many problems are listed in a refusal; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 10;
const listed = (all: Msg[]): Msg[] =>
  all.length > MAX_LISTED_PROBLEMS
    ? [
        ...all.slice(0, MAX_LISTED_PROBLEMS),
        msg(FORMAT_MESSAGES.more, { n: (all.length - MAX_LISTED_PROBLEMS).toLocaleString('en-US') }),
      ]
    : all;

/** Settings from a stored hash, through the settings table; any problem refuses them all. */
export function settingsFromHash(hash: string, path: string): { ok: true; value: Settings } | Refusal {
  if (!hash.startsWith('#')) return refusal(msg(FORMAT_MESSAGES.notHash, { path }));
  const { settings, problems } = parseHash(hash);
  if (problems.length > 0)
    return refusal(msg(FORMAT_MESSAGES.settings, { path, problems: listed(problems.map((p) => p.msg)) }));
  return { ok: true, value: settings };
}
