/**
 * The page's one job for now: start the worker, pick a backend, load the base model, draw one question
 * and answer it. Each step updates the state the components render.
 */
import { useEffect, useState } from 'react';
import type { GeneratedAnswer, InitResult, TrainCheckResult } from '../worker/protocol';
import { startEngine } from './engineClient';
import type { PageOptions } from './query';

export const BASE_MODEL_URL = `${import.meta.env.BASE_URL}models/base/model.json`;

/** Greedy decoding: the model's most likely answer. */
export const DEMO_TEMPERATURE = 0;

export type Phase =
  | 'starting worker'
  | 'choosing backend'
  | 'loading model'
  | 'generating'
  | 'training check'
  | 'done'
  | 'failed';

export interface DemoState {
  phase: Phase;
  init: InitResult | null;
  answer: GeneratedAnswer | null;
  trainCheck: TrainCheckResult | null;
  error: string | null;
}

const INITIAL: DemoState = {
  phase: 'starting worker',
  init: null,
  answer: null,
  trainCheck: null,
  error: null,
};

/** Steps of the optional training check (?check=train). */
export const TRAIN_CHECK_STEPS = 5;

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function useDemoRun(options: PageOptions): DemoState {
  const [state, setState] = useState<DemoState>(INITIAL);
  const { backend, seed, checkTraining } = options;

  useEffect(() => {
    let live = true;
    const update = (patch: Partial<DemoState>) => {
      if (live) setState((s) => ({ ...s, ...patch }));
    };
    const fail = (message: string) => update({ phase: 'failed', error: message });
    setState(INITIAL);
    const engine = startEngine(fail);

    (async () => {
      update({ phase: 'choosing backend' });
      const init = await engine.api.init(backend);
      update({ init, phase: 'loading model' });
      await engine.api.loadModel(new URL(BASE_MODEL_URL, window.location.href).href);
      update({ phase: 'generating' });
      const drawSeed = seed ?? Math.floor(Math.random() * 0x100000000);
      const answer = await engine.api.generateOne({ seed: drawSeed, temperature: DEMO_TEMPERATURE });
      update({ answer, phase: checkTraining ? 'training check' : 'done' });
      if (checkTraining)
        update({ trainCheck: await engine.api.checkTraining(TRAIN_CHECK_STEPS), phase: 'done' });
    })().catch((e: unknown) => fail(errorText(e)));

    return () => {
      live = false;
      engine.dispose();
    };
  }, [backend, seed, checkTraining]);

  return state;
}
