/**
 * English of the saved session, session files, recovery and the offline line, by id (i18n/tables.ts:
 * t('area.key')).
 */
export const SESSION = {
  savedSession: 'Saved session',
  session: 'Session',
  openingSaved: 'Opening the saved session…',
  browserKeeps:
    'This browser keeps the session (settings, labels and every completed iteration) as it changes.',
  sessionOpen:
    'This session is open in another tab, which saves it: this tab shows a copy and will not save anything.',
  anotherTab: 'Another tab saves the session now: this tab will not save anything.',
  nothingSession: 'Nothing of this session is kept by the browser.',
  saveTabs: "Save this tab's session instead",
  startFresh: 'Start fresh',
  alsoClear: 'also clear the labels',
  exportSession: 'Export session',
  importSession: 'Import session…',
  sessionFile: 'Session file to import',
  sessionFileHolds:
    "A session file holds the labels, the settings and every arm's metrics (iterations and evaluations), not the model's weights, the gradient studies or the latest rollouts: it can be shared, and an imported run trains again with Reset.",
  fileWasNot: 'The file was not imported and nothing was changed: {error}',
  go: 'Go on',
  nothingWas: 'Nothing was completed yet: the run starts over on the backend you pick.',
  runCanGo:
    'The run can go on from its last completed step (iteration {n}); every plotted point is kept. Numbers after it come from the backend you pick.',
  continue: 'Continue on',
  continueBackend: 'Continue on {backend}',
  continueBackendAgain: 'Continue on {backend} (again)',
  continueBackendSuggested: 'Continue on {backend} (suggested)',
  continueBackendAgainSuggested: 'Continue on {backend} (again) (suggested)',
  diagnostics: 'Diagnostics: faults',
  theseBreak:
    'These break the engine on purpose. The run stops with a message and can go on from its last completed step on another backend.',
  loseGPUDevice: 'Lose the GPU device',
  loseGPUDeviceNeeds: 'Lose the GPU device (needs WebGPU)',
  crashWorker: 'Crash the worker',
};
