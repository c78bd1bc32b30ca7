import { messages } from '../../formats/msg';

/**
 * What the saved-session panel says, as English whole-sentence templates ({n}: a value put in when the
 * message is made). The store keeps messages (settings/fields.ts Msg), not text, so the panel shows them
 * in the page's language, switched at any time; sessionFile/sessionText.test.ts checks that each has its Japanese.
 */
export const PERSIST_MESSAGES = messages('persist', {
  reopenedSettings: 'Reopened the saved settings and labels.',
  reopenedImported:
    'Reopened the imported session: its charts only (no weights; Reset trains the run again).',
  reopenedPaused: 'Reopened the saved session where it was, paused at iteration {n}: Play goes on.',
  linkWins:
    "This link's settings differ from the saved session's: a new run started from the link and replaces the saved run (saved labels are kept).",
  notRestored: 'The saved run could not be restored ({problem}); a new run started.',
  keepsNothing: 'This browser keeps nothing of the session ({error}): a reload starts over.',
  partLeftOut: 'Part of the saved session could not be read and was left out: {problems}.',
  savingFailed: 'Saving failed: {error}',
  takingOverFailed: 'Taking over failed: {error}',
  tookOver: 'Another tab took over the saved session: this tab no longer saves.',
  nowSaves: 'This tab now saves the session.',
  otherClosed: 'The tab that saved the session closed: this tab saves it now.',
  marksMerged: "{n} marks saved by the other tab were added to this tab's labels.",
  marksDiffered: "{n} answers were marked differently in the two tabs: this tab's marks were kept.",
  runReplaced:
    "The saved run (iteration {saved}) was replaced by this tab's (iteration {mine}); every label was kept.",
  freshAll: 'Started afresh: the saved run and labels were cleared.',
  freshRun: 'Started afresh: the saved run was cleared; the labels were kept.',
});
