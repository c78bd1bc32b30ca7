/**
 * Names of the arms that train on a person's labelled answers: the method with a suffix that is safe in
 * test ids, CSS selectors, CSV columns and file names (no spaces, no dots, no quotes).
 */
import type { Method } from '../losses/options';

export const LABELLED_SUFFIX = '-labels';

export function labelledArmName(method: Method): string {
  return `${method}${LABELLED_SUFFIX}`;
}

/** True for the name of an arm on labelled answers (with or without a duplicate's `#n`). */
export function isLabelledArm(name: string): boolean {
  return /-labels(#\d+)?$/.test(name);
}
