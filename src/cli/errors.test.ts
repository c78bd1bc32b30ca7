import { describe, expect, it } from 'vitest';
import { UsageError } from './args';
import { asUsage, errorLine, isUsageProblem, MAX_ERROR_LINE } from './errors';

describe('CLI errors', () => {
  it('turns what a bad option makes a function throw into a usage error (exit 2)', () => {
    const e = (() => {
      try {
        asUsage(() => {
          throw new Error('unknown preset "nope"');
        });
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).toBe('unknown preset "nope"');
    expect(asUsage(() => 3)).toBe(3);
  });

  it('counts a missing file or folder and a bad option as usage problems, and nothing else', () => {
    expect(isUsageProblem(new UsageError('x'))).toBe(true);
    expect(isUsageProblem(Object.assign(new Error('no such file'), { code: 'ENOENT' }))).toBe(true);
    expect(isUsageProblem(Object.assign(new Error('x'), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' }))).toBe(
      true,
    );
    expect(isUsageProblem(new Error('the loss is not finite'))).toBe(false);
    expect(isUsageProblem(null)).toBe(false);
  });

  it('prints one line of bounded length, whatever was thrown', () => {
    expect(errorLine(new Error('a\n  b'))).toBe('a b');
    expect(errorLine(new Error('x'.repeat(1e6))).length).toBe(MAX_ERROR_LINE + 1);
    expect(errorLine({ toString: null })).toBe('an object');
  });
});
