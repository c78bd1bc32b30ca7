/** Whether the page can work offline: the service worker's state as the page shows it (zustand). */
import { create } from 'zustand';
import { type Msg, messages, msg, msgText, type Translate } from '../../formats/msg';

export type OfflineState =
  /** Not a production build (npm run dev), or no service workers in this browser. */
  | { kind: 'off'; reason: Msg }
  | { kind: 'preparing' }
  | { kind: 'ready'; files: number }
  | { kind: 'failed'; reason: Msg };

export const useOfflineStore = create<OfflineState>()(() => ({ kind: 'preparing' }));

/** Every English template the offline line uses (each has its Japanese: sessionFile/sessionText.test.ts). */
export const OFFLINE_MESSAGES = messages('offline', {
  off: 'Offline use is off: {reason}.',
  preparing: 'Saving the app and the base model for offline use…',
  ready: 'Ready to work offline: the app and the base model are saved in this browser ({n} files).',
  failed: 'Offline use is not available: {reason}',
  devServer: 'this is a development server',
  noServiceWorkers: 'this browser has no service workers (or the page is not https)',
  installFailed: 'saving the files failed; reload the page to try again.',
  partlySaved: '{cached} of {expected} files are saved.',
  // A browser's own error, in its words.
  browserError: '{error}',
});

/** The line the page shows, in English unless given the page's translator. */
export function offlineText(s: OfflineState, t?: Translate): string {
  const m = OFFLINE_MESSAGES;
  switch (s.kind) {
    case 'off':
      return msgText(msg(m.off, { reason: s.reason }), t);
    case 'preparing':
      return msgText(msg(m.preparing), t);
    case 'ready':
      return msgText(msg(m.ready, { n: s.files }), t);
    case 'failed':
      return msgText(msg(m.failed, { reason: s.reason }), t);
  }
}
