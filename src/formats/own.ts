/**
 * A value of a plain object looked up by a name that came from outside (an arm's name, a level): only
 * the object's own keys count, so a name such as `constructor` or `toString` never finds a built-in.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
