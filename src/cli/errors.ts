/**
 * How a command's failure reaches the terminal: one line, never the whole of a bad value, and exit
 * status 2 for a usage problem (a bad option or input, a file or folder that is not there), 1 otherwise.
 */
import { quoted } from '../formats/quote';
import { UsageError } from './args';

export { quoted };

/** Longest error line printed; a longer message (one that quotes a huge value) is cut. */
export const MAX_ERROR_LINE = 300;

/** Runs `f`; whatever it throws is a problem with what was given on the command line. */
export function asUsage<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError(errorLine(e));
  }
}

export function isUsageProblem(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return (
    e instanceof UsageError ||
    (typeof code === 'string' &&
      (code.startsWith('ERR_PARSE_ARGS') || code === 'ENOENT' || code === 'ENOTDIR'))
  );
}

/** The error's message on one line, at most MAX_ERROR_LINE characters. */
export function errorLine(e: unknown): string {
  const text = e instanceof Error ? e.message : typeof e === 'string' ? e : quoted(e);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_ERROR_LINE ? `${line.slice(0, MAX_ERROR_LINE)}…` : line;
}
