/**
 * Which tab saves the session: the one holding the Web Lock LOCK_NAME, for as long as it is open. A second
 * tab waits a moment (a reloaded page's lock is released as the old page goes), then runs without saving
 * but stays in the lock's queue (waitForWriter): when the saving tab goes, the lock passes to it and it
 * saves from then on. Taking over steals the lock: the tab that had it is told (onLost) and stops saving.
 */

export const LOCK_NAME = 'nft-playground-session';

/**
 * Resolves true once this tab holds the lock (kept until the page goes or another tab steals it, then
 * `onLost` is called), false when another tab kept it for `waitMs`. Without Web Locks (very old
 * browsers) every tab saves under its own id and the last to open owns the saved session.
 */
export function acquireWriter(options: {
  waitMs: number;
  steal?: boolean;
  onLost: () => void;
}): Promise<boolean> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return Promise.resolve(true);
  return new Promise<boolean>((resolve) => {
    let granted = false;
    const lockOptions: LockOptions = options.steal
      ? { steal: true }
      : { signal: AbortSignal.timeout(options.waitMs) };
    locks
      .request(LOCK_NAME, lockOptions, () => {
        granted = true;
        resolve(true);
        return new Promise<void>(() => {}); // held for the page's life
      })
      .catch(() => {
        if (granted) options.onLost();
        else resolve(false);
      });
  });
}

/**
 * Queues for the lock with no time limit: `onGranted` runs once this tab holds it (the tab that held it
 * closed or let go), and the lock is kept until the page goes or another tab steals it (`onLost`).
 * Returns a function that leaves the queue (this tab took the lock another way).
 */
export function waitForWriter(options: { onGranted: () => void; onLost: () => void }): () => void {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return () => {};
  const queue = new AbortController();
  let granted = false;
  locks
    .request(LOCK_NAME, { signal: queue.signal }, () => {
      granted = true;
      options.onGranted();
      return new Promise<void>(() => {}); // held for the page's life
    })
    .catch(() => {
      if (granted) options.onLost();
    });
  return () => {
    if (!granted) queue.abort();
  };
}
