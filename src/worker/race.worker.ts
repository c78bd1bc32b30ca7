/**
 * One candidate of backend=auto's race, in a worker of its own (started by the engine worker,
 * backends.ts): it starts the backend it is told, times the job (backendRace.ts timeJob) and posts the
 * figure. The engine worker terminates it at its limit, so a backend whose first kernels take seconds
 * to compile (a software renderer) cannot hold the race up past it.
 */
import { timeJob } from './backendRace';
import type { BackendName, RaceJob } from './protocol';
import { tryBackend } from './tryBackend';

self.onmessage = async (e: MessageEvent<{ name: BackendName; job: RaceJob }>) => {
  const { name, job } = e.data;
  const attempt = await tryBackend(name);
  const figure = attempt.ok
    ? await timeJob(job, Number.POSITIVE_INFINITY)
    : { ms: null, stopped: false, ranMs: 0, error: attempt.reason };
  self.postMessage(figure);
};
