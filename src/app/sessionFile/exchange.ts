/**
 * Saving the session as a file, and taking one in: the file is fully checked (format.ts) before anything
 * in the browser changes; then the labels, the settings and the run's charts replace the page's, and the
 * saved session follows (the run is held meanwhile, so a half-made run never replaces the saved one).
 */

import { type Msg, type MsgTemplate, messages, msg } from '../../formats/msg';
import { readSession, type SessionContent, sessionJson, sizeProblem } from '../../formats/sessionFile/format';
import { downloadText, exportFileName } from '../export/download';
import { useLabelStore } from '../labelling/labelStore';
import { setImportedRun, withAllHeld, withRunHeld } from '../persist/writer';
import { useRunStore } from '../run/runStore';
import * as session from '../run/session';
import { useSettingsStore } from '../settings/settingsStore';

/** The page's session now: a run without any point is left out. */
export function currentContent(): SessionContent {
  const run = useRunStore.getState();
  const hasPoints = run.arms.some((a) => a.iterations.length + a.evals.length > 0);
  return {
    settings: useSettingsStore.getState().settings,
    batches: useLabelStore.getState().batches,
    run: hasPoints ? { completed: run.completed, arms: run.arms } : null,
  };
}

export function exportSession(): void {
  const now = new Date();
  downloadText(
    sessionJson(currentContent(), now),
    exportFileName('json', now, 'session'),
    'application/json',
  );
}

/**
 * Resolves once the page has painted what is in the stores now (React commits before the next frame);
 * a hidden tab gets no frames, so at most half a second later.
 */
const shownOnce = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    setTimeout(resolve, 500);
  });

/**
 * Replaces the labels, the settings (a new run) and shows the run's histories, when the file has them.
 * Nothing is saved until the page has shown the imported session once: a file that some part of the page
 * failed to show is not what a reload opens with.
 */
export async function applySession(content: SessionContent): Promise<void> {
  await withAllHeld(() =>
    withRunHeld(async () => {
      useLabelStore.getState().replaceLabels(content.batches);
      setImportedRun(null);
      useSettingsStore.setState({ settings: content.settings, linkProblems: [] });
      if (content.run && content.run.arms.length > 0) setImportedRun(await session.showRecord(content.run));
      await shownOnce();
    }),
  );
}

/** The English templates of what an import says (each has its Japanese: sessionText.test.ts). */
export const EXCHANGE_MESSAGES = messages('exchange', {
  unread: 'the file could not be read ({error})',
  imported: 'Imported {file}: the settings, {batches} ({answers}) and {run}.',
  batch: '{n} label batch',
  batches: '{n} label batches',
  answer: '{n} answer',
  answers: '{n} answers',
  iteration: '{n} iteration',
  iterations: '{n} iterations',
  run: "the run's charts ({iterations}; no weights: Reset trains it again)",
  noRun: 'no run',
});

const plural = (n: number, one: MsgTemplate, many: MsgTemplate) => msg(n === 1 ? one : many, { n });

/** What happened, as messages the page shows in its language. */
export type ImportResult = { ok: true; summary: Msg } | { ok: false; error: Msg };

/** Reads, checks and applies a session file; on any problem nothing is changed. */
export async function importSessionFile(file: File): Promise<ImportResult> {
  const size = sizeProblem(file.size);
  if (size) return { ok: false, error: size };
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return {
      ok: false,
      error: msg(EXCHANGE_MESSAGES.unread, { error: e instanceof Error ? e.message : String(e) }),
    };
  }
  const read = readSession(text);
  if (!read.ok) return { ok: false, error: read.msg };
  await applySession(read.content);
  const { batches, run } = read.content;
  const records = batches.reduce((n, b) => n + b.records.length, 0);
  const m = EXCHANGE_MESSAGES;
  return {
    ok: true,
    summary: msg(m.imported, {
      file: file.name,
      batches: plural(batches.length, m.batch, m.batches),
      answers: plural(records, m.answer, m.answers),
      run: run ? msg(m.run, { iterations: plural(run.completed, m.iteration, m.iterations) }) : msg(m.noRun),
    }),
  };
}
