/**
 * Page options read from the URL query (not part of an experiment's settings, which live in the hash):
 *   ?check=train   after the model loads, train a copy of it a few steps and show the result
 */
export interface PageOptions {
  checkTraining: boolean;
}

export type ParsedOptions = { ok: true; options: PageOptions } | { ok: false; error: string };

export function parsePageOptions(search: string): ParsedOptions {
  const params = new URLSearchParams(search);
  const check = params.get('check');
  if (check !== null && check !== 'train')
    return { ok: false, error: `unknown check ${JSON.stringify(check)} in the URL: use ?check=train` };
  for (const key of params.keys()) {
    if (key !== 'check')
      return {
        ok: false,
        error: `unknown URL option ${JSON.stringify(key)}: experiment settings go in the hash (#backend=wasm)`,
      };
  }
  return { ok: true, options: { checkTraining: check === 'train' } };
}
