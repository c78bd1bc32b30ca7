/**
 * Registers the service worker (src/sw/) in production builds only, and reports in the offline store
 * when the page is controlled by it and its cache holds every file. `npm run dev` and vitest never
 * register one (import.meta.env.PROD is false there, and the dev server has no sw.js); the dev server
 * unregisters one left on its origin by a production build.
 */
import { type Msg, msg } from '../../formats/msg';
import { OFFLINE_MESSAGES, useOfflineStore } from './offlineStore';

interface SwStatus {
  version: string;
  cached: number;
  expected: number;
}

/** Asks the service worker that controls the page how many of its files are stored. */
function askStatus(sw: ServiceWorker): Promise<SwStatus> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => reject(new Error('the service worker did not answer')), 10_000);
    channel.port1.onmessage = (e: MessageEvent<SwStatus>) => {
      clearTimeout(timer);
      resolve(e.data);
    };
    sw.postMessage({ type: 'status' }, [channel.port2]);
  });
}

/** The page is controlled once the worker activates (it claims open pages); resolves with the controller. */
function controller(): Promise<ServiceWorker> {
  const sw = navigator.serviceWorker;
  if (sw.controller) return Promise.resolve(sw.controller);
  return new Promise((resolve) => {
    const on = () => {
      if (!sw.controller) return;
      sw.removeEventListener('controllerchange', on);
      resolve(sw.controller);
    };
    sw.addEventListener('controllerchange', on);
  });
}

async function checkReady(): Promise<void> {
  await navigator.serviceWorker.ready;
  const status = await askStatus(await controller());
  useOfflineStore.setState(
    status.cached === status.expected
      ? { kind: 'ready', files: status.cached }
      : {
          kind: 'failed',
          reason: msg(OFFLINE_MESSAGES.partlySaved, { cached: status.cached, expected: status.expected }),
        },
    true,
  );
}

export function registerServiceWorker(): void {
  const set = useOfflineStore.setState;
  if (!import.meta.env.PROD) {
    set({ kind: 'off', reason: msg(OFFLINE_MESSAGES.devServer) }, true);
    // A production build served earlier on this origin must not answer the dev server's requests.
    navigator.serviceWorker
      ?.getRegistrations()
      .then((all) => Promise.all(all.map((r) => r.unregister())))
      .catch(() => {});
    return;
  }
  if (!('serviceWorker' in navigator)) {
    set({ kind: 'off', reason: msg(OFFLINE_MESSAGES.noServiceWorkers) }, true);
    return;
  }
  const url = `${import.meta.env.BASE_URL}sw.js`;
  const fail = (reason: Msg) => set({ kind: 'failed', reason }, true);
  const start = () =>
    navigator.serviceWorker
      .register(url, { scope: import.meta.env.BASE_URL })
      .then((registration) => {
        // A failed install (a file could not be fetched) leaves no worker to wait for.
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'redundant' && !navigator.serviceWorker.controller)
            fail(msg(OFFLINE_MESSAGES.installFailed));
        });
        return checkReady();
      })
      .catch((e: unknown) =>
        fail(msg(OFFLINE_MESSAGES.browserError, { error: e instanceof Error ? e.message : String(e) })),
      );
  // After the page has loaded: saving the files must not slow the first start.
  if (document.readyState === 'complete') void start();
  else window.addEventListener('load', () => void start(), { once: true });
}
