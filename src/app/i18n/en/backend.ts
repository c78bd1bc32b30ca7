/**
 * English of the backend choice by measurement (components/BackendChoice.tsx, BackendPanel.tsx) and the
 * progress inside an iteration (components/progressText.ts), by id (i18n/tables.ts: t('area.key')).
 */
export const BACKEND = {
  notChosenSlower: 'not chosen: slower in the race',
  notChosenSoftware: 'not chosen: a software renderer',
  notTriedEarlier: 'not tried: chosen by an earlier measurement',
  secondsS: '{seconds} s',
  stoppedAfter: 'stopped after {seconds} s (limit {limit} s: slower than the fastest)',
  failedError: 'failed: {error}',
  notTimed: 'not timed (Measure again times it)',
  software: '(software renderer: {name})',
  chosenEarlier: 'Chosen by an earlier measurement in this browser ({date}): {backend}.',
  nothingRace: 'Nothing to race: {backend} is the only backend that started.',
  chosenMeasurement: 'Chosen by measurement: {backend} was the fastest; the race took {seconds} s.',
  oneSampling: 'One sampling round and one update step of this run, after a warm-up:',
  backendRuns: '{backend} runs on a software renderer ({name}): no GPU does its work.',
  measureAgain: 'Measure again',
  webAssembly: 'WebAssembly runs on {n} threads.',
  webAssemblyRuns: 'WebAssembly runs on one thread: {why}',
  forceBackend: 'Force a backend with the backend setting (e.g. backend=webgpu in the link).',
};

export const PROGRESS = {
  pausing: 'pausing…',
  stepping: 'stepping…',
  pausingButton: 'Pausing…',
  steppingButton: 'Stepping…',
  pausingWorker: 'Pausing: the worker stops at its next sampling round, update step or evaluation chunk',
  oneIteration: 'One iteration of every arm',
  baseModel: 'base model',
  armAfter: '{arm} after iteration {n}',
  armIteration: '{arm}, iteration {n}',
  sampling: 'sampling round {round} of up to {max}',
  updateStep: 'update step {step} of {steps}',
  evaluating: 'evaluating {done} of {total}',
  seconds: '{s} s',
  mMinSS: '{m} min {s} s',
  hHMMin: '{h} h {m} min',
  aboutTime: 'about {time} to the end of the run',
};
