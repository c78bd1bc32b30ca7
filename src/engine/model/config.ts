/**
 * Model configuration: a decoder-only transformer (GPT-2 layout, pre-LayerNorm) over the character
 * vocabulary. The default is small enough to train in a browser tab and big enough to learn the tasks.
 */
import { VOCAB_SIZE } from '../tokenizer';

export interface ModelConfig {
  /** Vocabulary size (tokenizer's). */
  vocabSize: number;
  /** Longest sequence (prompt + answer + EOS) the model sees; also the size of the position table. */
  contextLength: number;
  /** Number of transformer blocks. */
  layers: number;
  /** Residual stream width d. */
  width: number;
  /** Attention heads; width must divide by it. */
  heads: number;
  /** Hidden width of each MLP, as a multiple of width. */
  mlpRatio: number;
}

export const DEFAULT_MODEL_CONFIG: ModelConfig = {
  vocabSize: VOCAB_SIZE,
  contextLength: 32,
  layers: 2,
  width: 64,
  heads: 4,
  mlpRatio: 4,
};

/** Problems with a config, as sentences; [] when it is usable. */
export function validateModelConfig(c: ModelConfig): string[] {
  const problems: string[] = [];
  const intIn = (name: keyof ModelConfig, lo: number, hi: number) => {
    const v = c[name];
    if (!Number.isInteger(v) || v < lo || v > hi)
      problems.push(`${name} must be an integer in [${lo}, ${hi}]`);
  };
  intIn('vocabSize', 3, 4096);
  intIn('contextLength', 4, 512);
  intIn('layers', 1, 24);
  intIn('width', 4, 2048);
  intIn('heads', 1, 64);
  intIn('mlpRatio', 1, 8);
  if (problems.length === 0 && c.width % c.heads !== 0) problems.push('width must be divisible by heads');
  return problems;
}

export function assertValidModelConfig(c: ModelConfig): void {
  const p = validateModelConfig(c);
  if (p.length > 0) throw new Error(`invalid model config: ${p.join('; ')}`);
}
