/**
 * Command line: `npm run cli -- <command> [options]`. The commands and their one-line help are the
 * COMMANDS table below (usage() prints it); each command prints its own options with --help.
 */
import { baseEvalCommand } from './baseEvalCommand';
import { errorLine, isUsageProblem } from './errors';
import { evalCommand } from './evalCommand';
import { experimentCommand } from './experimentCommand';
import { gradientsCommand } from './gradientsCommand';
import { lossCommand } from './lossCommand';
import { pretrainCommand } from './pretrainCommand';
import { sampleCommand } from './sampleCommand';
import { studyReportCommand } from './study-report';
import { studyRunCommand } from './study-run';
import { verlExportCommand } from './verl-export';

const COMMANDS: Record<string, { run: (argv: string[]) => Promise<void>; help: string }> = {
  pretrain: { run: pretrainCommand, help: 'train the base model on gold answers (wasm, seeded)' },
  eval: { run: evalCommand, help: 'accuracy per difficulty level for a checkpoint' },
  'base-eval': { run: baseEvalCommand, help: "the base model's iteration 0 per preset, beside the model" },
  sample: { run: sampleCommand, help: 'K answers to a question with verdicts and token probabilities' },
  experiment: {
    run: experimentCommand,
    help: 'methods side by side over seeds: metrics to JSON/CSV, summary',
  },
  gradients: { run: gradientsCommand, help: "cosine, norm and signal-to-noise of the methods' gradients" },
  'study-run': { run: studyRunCommand, help: "a pre-registered plan's configurations over its seeds" },
  'study-report': {
    run: studyReportCommand,
    help: "a plan's paired intervals and findings (--write: the page's data file)",
  },
  loss: { run: lossCommand, help: 'loss and d loss / d logp of a JSON batch on stdin (nft, grpo, ...)' },
  'verl-export': {
    run: verlExportCommand,
    help: 'labelled answers as a verl dataset (Parquet, JSONL) and the settings as verl config',
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.help}`);
  return [
    'usage: npm run cli -- <command> [options]   (--help after a command for its options)',
    ...lines,
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    console.error(`unknown command ${JSON.stringify(name)}\n${usage()}`);
    return 2;
  }
  try {
    await cmd.run(rest);
    return 0;
  } catch (e) {
    console.error(`${name}: ${errorLine(e)}`);
    return isUsageProblem(e) ? 2 : 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
