/** English of the page's answers to hostile files, tabs and faults, by id (i18n/tables.ts: t('area.key')). */
export const FAULTS = {
  partPage: 'This part of the page failed ({error}); the rest of the page works.',
  tryAgain: 'Try again',
  andNMore: 'and {n} more',
  savingFailing:
    'Saving is failing: the browser does not keep the latest changes until a save succeeds (this tab tries again every second).',
  armStopped:
    '{arm} stopped at iteration {n}: its loss or gradient became NaN or infinite, so its weights are lost. The other arms go on.',
};
