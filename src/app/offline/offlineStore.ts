/** Whether the page can work offline: the service worker's state as the page shows it (zustand). */
import { create } from 'zustand';
import { type Msg, msgText } from '../../formats/msg';

export type OfflineState =
  /** Not a production build (npm run dev), or no service workers in this browser. */
  | { kind: 'off'; reason: Msg }
  | { kind: 'preparing' }
  | { kind: 'ready'; files: number }
  | { kind: 'failed'; reason: Msg };

export const useOfflineStore = create<OfflineState>()(() => ({ kind: 'preparing' }));

/** Every English template the offline line uses (each has its Japanese: sessionFile/sessionText.test.ts). */
export const OFFLINE_MESSAGES = {
  off: 'Offline use is off: {reason}.',
  preparing: 'Saving the app and the base model for offline use…',
  ready: 'Ready to work offline: the app and the base model are saved in this browser ({n} files).',
  failed: 'Offline use is not available: {reason}',
  devServer: 'this is a development server',
  noServiceWorkers: 'this browser has no service workers (or the page is not https)',
  installFailed: 'saving the files failed; reload the page to try again.',
  partlySaved: '{cached} of {expected} files are saved.',
} as const;

type Translate = Parameters<typeof msgText>[1];

/** The line the page shows, in English unless given the page's translator. */
export function offlineText(s: OfflineState, t?: Translate): string {
  const m = OFFLINE_MESSAGES;
  switch (s.kind) {
    case 'off':
      return msgText({ en: m.off, vars: { reason: s.reason } }, t);
    case 'preparing':
      return msgText({ en: m.preparing }, t);
    case 'ready':
      return msgText({ en: m.ready, vars: { n: s.files } }, t);
    case 'failed':
      return msgText({ en: m.failed, vars: { reason: s.reason } }, t);
  }
}
