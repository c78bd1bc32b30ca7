/**
 * The engine worker: all tfjs work of the page runs here, never on the main thread.
 * The page talks to it through comlink with the EngineApi contract of protocol.ts.
 */
import * as Comlink from 'comlink';
import { loadCheckpointFromUrl } from '../engine/io/checkpoint';
import { generate } from '../engine/model/generate';
import { createQuestionStream, describeVerdict, verify } from '../engine/tasks';
import { trainCheck } from '../engine/train/check';
import { selectBackend } from './backends';
import type {
  BackendName,
  EngineApi,
  GeneratedAnswer,
  InitResult,
  LoadedModel,
  TrainCheckResult,
} from './protocol';

type Checkpoint = Awaited<ReturnType<typeof loadCheckpointFromUrl>>;

let initResult: InitResult | null = null;
let checkpoint: (Checkpoint & { url: string }) | null = null;

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

const api: EngineApi = {
  async init(forceBackend?: BackendName): Promise<InitResult> {
    if (initResult) {
      if (forceBackend && forceBackend !== initResult.backend) {
        throw new Error(
          `the worker already runs on ${initResult.backend}; start a new worker to use ${forceBackend}`,
        );
      }
      return initResult;
    }
    initResult = await selectBackend(forceBackend);
    return initResult;
  },

  async loadModel(url: string): Promise<LoadedModel> {
    if (!initResult) throw new Error('loadModel called before init: no tfjs backend is selected');
    try {
      const loaded = await loadCheckpointFromUrl(url);
      checkpoint?.model.dispose();
      checkpoint = { ...loaded, url };
    } catch (e) {
      const why =
        e instanceof SyntaxError ? `the server did not answer with JSON (${e.message})` : errorText(e);
      throw new Error(`could not load the model from ${url}: ${why}`);
    }
    return {
      url,
      mix: checkpoint.meta.tasks.mix.map((e) => ({ level: e.level, weight: e.weight })),
    };
  },

  async generateOne({ seed, temperature, maxNewTokens }): Promise<GeneratedAnswer> {
    if (!checkpoint) throw new Error('generateOne called before loadModel: no model is loaded');
    const question = createQuestionStream(checkpoint.meta.tasks.mix, seed).next();
    const [sample] = await generate(checkpoint.model, [question.prompt], { temperature, maxNewTokens, seed });
    if (!sample) throw new Error('generate returned no answer');
    const verdict = verify(question, sample.text, sample.truncated);
    return {
      question,
      text: sample.text,
      truncated: sample.truncated,
      tokenProbs: Array.from(sample.tokenProbs),
      correct: verdict.correct,
      error: verdict.error,
      verdict: describeVerdict(verdict),
    };
  },

  async checkTraining(steps: number): Promise<TrainCheckResult> {
    if (!checkpoint) throw new Error('checkTraining called before loadModel: no model is loaded');
    if (!Number.isInteger(steps) || steps < 1 || steps > 100) throw new Error('steps must be in 1..100');
    const questions = createQuestionStream(checkpoint.meta.tasks.mix, 1).nextBatch(16);
    return trainCheck(checkpoint.model, questions, steps);
  },
};

Comlink.expose(api);
