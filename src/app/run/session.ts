/**
 * The page's run, as plain functions for the rest of the app (settings sync, persistence, actions,
 * labelling, recovery): each one asks the one RunController (controller.ts), which owns the worker link,
 * the event stream and the run's settings. No training logic here: the worker owns the experiment.
 */
import { RunController } from './controller';

export { BASE_MODEL_URL } from './engineLink';
export { FLUSH_MS } from './events';

/** The page's one run controller. */
export const runController = new RunController();
const c = runController;

export const applySettings: RunController['applySettings'] = (settings, options) =>
  c.applySettings(settings, options);
export const restoreSaved: RunController['restoreSaved'] = (settings, saved, extras, options) =>
  c.restoreSaved(settings, saved, extras, options);
export const showRecord: RunController['showRecord'] = (record) => c.showRecord(record);
export const trainOnLabels: RunController['trainOnLabels'] = (batch) => c.trainOnLabels(batch);
export const reset: RunController['reset'] = () => c.reset();
export const continueOn: RunController['continueOn'] = (backend) => c.continueOn(backend);
export const measureAgain: RunController['measureAgain'] = () => c.measureAgain();
export const play: RunController['play'] = () => c.play();
export const pause: RunController['pause'] = () => c.pause();
export const step: RunController['step'] = () => c.step();
export const sampleLabels: RunController['sampleLabels'] = (request) => c.sampleLabels(request);
export const simulateFault: RunController['simulateFault'] = (kind) => c.simulateFault(kind);
export const explainGroup: RunController['explainGroup'] = (request) => c.explainGroup(request);
/** The latest snapshot of the run the page shows, or null (none yet, or the run has no weights). */
export const latestSnapshot = () => c.events.latestSnapshot();
/** Calls `f` after every change of the latest snapshot; returns the unsubscribe function. */
export const onSnapshot = (f: () => void) => c.events.onSnapshot(f);
