/**
 * A bad value, quoted for a message: never throws and never walks into the value, whatever it is (an
 * object whose toString is null, an array nested 100,000 deep, a 10 MB string), and never longer than
 * about `max` characters. Shared by the page's refusals and the CLI's errors.
 */
export const QUOTE_MAX = 100;

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);

export function quoted(v: unknown, max = QUOTE_MAX): string {
  switch (typeof v) {
    case 'string':
      return cut(JSON.stringify(cut(v, max)), max + 4);
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return String(v);
    case 'symbol':
    case 'function':
      return `a ${typeof v}`;
    default:
      if (v === null) return 'null';
      return Array.isArray(v) ? `an array of ${v.length} items` : 'an object';
  }
}
