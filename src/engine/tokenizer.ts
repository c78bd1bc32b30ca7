/**
 * Character-level tokenizer for the arithmetic tasks.
 *
 * ids: 0 = PAD (never predicted, never attended to), 1 = EOS (ends every answer), then one id per
 * character of ALPHABET. Every question and answer the task generators produce uses only these.
 */

export const PAD = 0;
export const EOS = 1;
export const ALPHABET = '0123456789+-*=;';
export const VOCAB_SIZE = 2 + ALPHABET.length;

const charToId = new Map<string, number>([...ALPHABET].map((ch, i) => [ch, i + 2]));

export interface TokenizerSpec {
  kind: 'char';
  alphabet: string;
  pad: number;
  eos: number;
  vocabSize: number;
}

export const TOKENIZER_SPEC: TokenizerSpec = {
  kind: 'char',
  alphabet: ALPHABET,
  pad: PAD,
  eos: EOS,
  vocabSize: VOCAB_SIZE,
};

/** Encodes text; throws on a character outside the alphabet. */
export function encode(text: string): number[] {
  const ids: number[] = [];
  for (const ch of text) {
    const id = charToId.get(ch);
    if (id === undefined)
      throw new Error(`tokenizer: character ${JSON.stringify(ch)} is not in the alphabet`);
    ids.push(id);
  }
  return ids;
}

/** Decodes ids up to (not including) the first EOS; PAD is skipped. */
export function decode(ids: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === EOS) break;
    if (id === PAD) continue;
    const ch = ALPHABET[id - 2];
    if (ch === undefined) throw new Error(`tokenizer: id ${id} is out of range`);
    out += ch;
  }
  return out;
}

/** Human-readable form of one token, for per-token views. */
export function tokenLabel(id: number): string {
  if (id === PAD) return '<pad>';
  if (id === EOS) return '<eos>';
  return ALPHABET[id - 2] ?? '<?>';
}

/** Checks that a checkpoint's tokenizer is the one this build uses. */
export function assertSameTokenizer(spec: TokenizerSpec): void {
  if (spec.kind !== 'char' || spec.alphabet !== ALPHABET || spec.pad !== PAD || spec.eos !== EOS) {
    throw new Error('checkpoint tokenizer does not match this build (alphabet or special ids differ)');
  }
}
