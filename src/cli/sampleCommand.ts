/** `sample`: K answers to one question, each with its verdict and per-token probabilities. */
import { parseArgs } from 'node:util';
import { generate } from '../engine/model/generate';
import {
  createQuestionStream,
  describeVerdict,
  type Question,
  questionFromPrompt,
  verify,
} from '../engine/tasks';

import { parseBackend, useBackend } from '../node/backend';
import { loadCheckpoint } from '../node/checkpoint-fs';
import { int, num, str, UsageError } from './args';
import { asUsage } from './errors';

const HELP = `usage: npm run cli -- sample [--question "12+34="] [--level add2] [--k N] [--temperature X] [--seed N]
                               [--checkpoint DIR] [--json]
Without --question, draws one question of --level (default: any level of the checkpoint's mix).`;

export async function sampleCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      question: { type: 'string' },
      level: { type: 'string' },
      k: { type: 'string' },
      temperature: { type: 'string' },
      seed: { type: 'string' },
      checkpoint: { type: 'string' },
      backend: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const k = int(values, 'k', 8, 1, 1024);
  const temperature = num(values, 'temperature', 1, 0, 10);
  const seed = int(values, 'seed', 0);
  await useBackend(parseBackend(values.backend as string | undefined));
  const { model, meta } = await loadCheckpoint(str(values, 'checkpoint', 'public/models/base'));
  let q: Question;
  if (typeof values.question === 'string') {
    const prompt = values.question;
    q = asUsage(() => questionFromPrompt(prompt));
  } else {
    const mix = typeof values.level === 'string' ? [{ level: values.level, weight: 1 }] : meta.tasks.mix;
    q = asUsage(() => createQuestionStream(mix, seed).next());
  }
  if (q.prompt.length >= model.config.contextLength)
    throw new UsageError('question is longer than the context');
  const gens = await generate(model, new Array(k).fill(q.prompt), { temperature, seed });
  const rows = gens.map((g) => {
    const v = verify(q, g.text, g.truncated);
    return {
      answer: g.text,
      truncated: g.truncated,
      correct: v.correct,
      verdict: describeVerdict(v),
      tokenProbs: g.tokenProbs,
    };
  });
  if (values.json) {
    console.log(JSON.stringify({ question: q, temperature, seed, answers: rows }, null, 2));
  } else {
    console.log(
      `question ${q.prompt}  (gold ${q.answer}, level ${q.level}), ${k} answers at temperature ${temperature}`,
    );
    for (const r of rows) {
      const probs = r.tokenProbs.map((p) => p.toFixed(2)).join(' ');
      console.log(
        `${r.correct ? 'right' : 'WRONG'}  ${(r.answer + (r.truncated ? '…' : '')).padEnd(24)} ${r.verdict.padEnd(20)} p: ${probs}`,
      );
    }
    const right = rows.filter((r) => r.correct).length;
    console.log(`r_hat = ${right}/${k} = ${(right / k).toFixed(3)}`);
  }
  model.dispose();
}
