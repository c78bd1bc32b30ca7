/**
 * `experiment`: runs methods side by side from the base checkpoint over several seeds, writes every
 * metric per iteration to JSON and CSV, and prints mean ± std over seeds of the final held-out
 * accuracy and of the entropy change.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertValidTaskMix, type TaskMix } from '../engine/tasks';
import { type ExperimentSettings, runExperiment } from '../engine/train/experiment';
import { labelerFor } from '../engine/train/labelers';
import { getPreset } from '../engine/train/presets';
import { experimentSettings } from '../formats/settings/runSettings';
import { defaultSettings } from '../formats/settings/table';
import { parseBackend, useBackend } from '../node/backend';
import { loadCheckpoint } from '../node/checkpoint-fs';
import { int, pct, str } from './args';
import { asUsage } from './errors';
import { type SeedRun, summaryTable, toCsv } from './experiment-report';
import { flagKeys, hasFlag, parseCommand, settingFlag, settingHelp, settingsFromFlags } from './settingArgs';

/** The settings table's flags; the seed is --seeds / --seed-list here. */
const KEYS = flagKeys(['seed']);

const HELP = `usage: npm run cli -- experiment [--seeds 5 | --seed-list 1,2,3] [setting flags] [--checkpoint DIR]
       [--out DIR] [--backend wasm|cpu] [--quiet]
  --seeds N        seeds 1..N (default 1); --seed-list: these seeds
${settingHelp(KEYS, { mix: "the checkpoint's (or the preset's)" })}`;

export async function experimentCommand(argv: string[]): Promise<void> {
  const values = parseCommand(argv, KEYS, {
    strings: ['seeds', 'seed-list', 'checkpoint', 'out', 'backend'],
    booleans: ['quiet'],
  });
  if (values.help) return console.log(HELP);
  const presetName = settingFlag(values, 'preset', 'workshop');
  const preset = asUsage(() => getPreset(presetName));
  const s = settingsFromFlags(values, defaultSettings(presetName), KEYS);
  const labels = { noise: s.labelNoise, verifier: s.verifier };
  const methods = s.methods;
  const seeds = values['seed-list']
    ? values['seed-list'].split(',').map((x) => int({ s: x }, 's', 0))
    : Array.from({ length: int(values, 'seeds', 1, 1, 100) }, (_, i) => i + 1);
  const { seed: _seed, ...settings }: ExperimentSettings = experimentSettings(s);
  const backend = parseBackend(values.backend);
  await useBackend(backend);
  const { model: base, meta } = await loadCheckpoint(str(values, 'checkpoint', 'public/models/base'));
  const mix: TaskMix = hasFlag(values, 'mix')
    ? s.mix.map((level) => ({ level, weight: 1 }))
    : (preset.mix ?? meta.tasks.mix);
  asUsage(() => assertValidTaskMix(mix));
  const out = str(
    values,
    'out',
    join('out', 'experiments', `${preset.name}-${new Date().toISOString().replace(/[:.]/g, '-')}`),
  );
  console.log(
    `experiment: preset ${preset.name}, methods ${methods.join(',')}, seeds ${seeds.join(',')}, backend ${backend}`,
  );
  const noise = labels.noise;
  const runs: SeedRun[] = [];
  for (const seed of seeds) {
    const t0 = performance.now();
    const arms = await runExperiment(
      base,
      mix,
      { ...settings, seed },
      {
        labeler: labelerFor(labels, seed),
        onEval: (arm, e) => {
          if (!values.quiet) {
            console.log(
              `seed ${seed} ${arm.name.padEnd(8)} it ${String(e.iteration).padStart(4)}  greedy ${pct(e.eval.greedy.accuracy)}  sampled ${pct(e.eval.sampled.accuracy)}  entropy ${e.eval.entropy.toFixed(3)}`,
            );
          }
        },
      },
    );
    const seconds = (performance.now() - t0) / 1000;
    runs.push({ seed, seconds, arms });
    const its = settings.iterations * methods.length;
    console.log(
      `seed ${seed}: ${seconds.toFixed(0)} s (${(seconds / its).toFixed(2)} s per arm-iteration, evaluations included)`,
    );
  }
  await mkdir(out, { recursive: true });
  await writeFile(
    join(out, 'metrics.json'),
    JSON.stringify(
      { preset: preset.name, settings, mix, labelNoise: noise, verifier: labels.verifier, backend, runs },
      null,
      1,
    ),
  );
  await writeFile(join(out, 'metrics.csv'), toCsv(runs));
  console.log(`\n${summaryTable(runs)}\n\nwrote ${join(out, 'metrics.json')} and metrics.csv`);
  base.dispose();
}
