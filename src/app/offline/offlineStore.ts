/** Whether the page can work offline: the service worker's state as the page shows it (zustand). */
import { create } from 'zustand';

export type OfflineState =
  /** Not a production build (npm run dev), or no service workers in this browser. */
  | { kind: 'off'; reason: string }
  | { kind: 'preparing' }
  | { kind: 'ready'; files: number }
  | { kind: 'failed'; reason: string };

export const useOfflineStore = create<OfflineState>()(() => ({ kind: 'preparing' }));

/** The line the page shows. */
export function offlineText(s: OfflineState): string {
  switch (s.kind) {
    case 'off':
      return `Offline use is off: ${s.reason}.`;
    case 'preparing':
      return 'Saving the app and the base model for offline use…';
    case 'ready':
      return `Ready to work offline: the app and the base model are saved in this browser (${s.files} files).`;
    case 'failed':
      return `Offline use is not available: ${s.reason}`;
  }
}
