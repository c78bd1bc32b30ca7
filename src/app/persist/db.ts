/**
 * The session in IndexedDB (through idb). Each tab writes only under its own id ('session' store, keys
 * [tab, part]); 'meta' says which tab's parts are the saved session. A tab becomes that owner in one
 * transaction (adopt), holding the Web Lock (tabs.ts); a tab that lost the lock can at worst leave parts
 * under its own id, which nobody reads: two tabs' writes never mix, and a write is one blind transaction
 * that needs no read first, so it can start while the page is being hidden or closed.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

export const DB_NAME = 'nft-playground';
export const DB_VERSION = 1;

export type Part = 'settings' | 'labels' | 'run';
export const PARTS: readonly Part[] = ['settings', 'labels', 'run'];

/** The saved parts as read (unchecked: persist/stored.ts checks them). */
export type Parts = Partial<Record<Part, unknown>>;

interface SessionSchema extends DBSchema {
  meta: { key: 'owner'; value: { tab: string; since: string } };
  session: { key: [string, Part]; value: unknown };
}

export type SessionDb = IDBPDatabase<SessionSchema>;

/**
 * Opens the database. `onGone` is called when this connection closes under the page: the browser's
 * storage was cleared (the connection is terminated), or another page deletes or upgrades the database
 * (this one lets it, closing). The writer then opens it again and writes the whole session anew.
 */
export function openSessionDb(onGone?: () => void): Promise<SessionDb> {
  return openDB<SessionSchema>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('meta');
      db.createObjectStore('session');
    },
    // A newer page needs to upgrade the database, or a page deletes it: let it.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      onGone?.();
    },
    terminated() {
      onGone?.();
    },
  });
}

/** The saved session's parts (a consistent read; another tab may be writing). */
export async function readSaved(db: SessionDb): Promise<Parts> {
  const tx = db.transaction(['meta', 'session'], 'readonly');
  const owner = await tx.objectStore('meta').get('owner');
  const out: Parts = {};
  if (owner)
    for (const p of PARTS) {
      const v = await tx.objectStore('session').get([owner.tab, p]);
      if (v !== undefined) out[p] = v;
    }
  await tx.done;
  return out;
}

/**
 * Makes `tab` the owner in one transaction. Without `parts` the previous owner's parts are carried over
 * (a reload goes on from them); with them, they replace the saved session (taking over from another
 * tab). Every other tab's parts are deleted. Returns the parts the saved session had before.
 */
export async function adopt(db: SessionDb, tab: string, parts?: Parts): Promise<Parts> {
  const tx = db.transaction(['meta', 'session'], 'readwrite');
  const meta = tx.objectStore('meta');
  const store = tx.objectStore('session');
  const owner = await meta.get('owner');
  const before: Parts = {};
  if (owner)
    for (const p of PARTS) {
      const v = await store.get([owner.tab, p]);
      if (v !== undefined) before[p] = v;
    }
  const next = parts ?? before;
  for (const p of PARTS) {
    if (next[p] !== undefined) await store.put(next[p], [tab, p]);
    else await store.delete([tab, p]);
  }
  for (const key of await store.getAllKeys()) if (key[0] !== tab) await store.delete(key);
  await meta.put({ tab, since: new Date().toISOString() }, 'owner');
  await tx.done;
  return before;
}

/** Writes `parts` under `tab` in one transaction, committed at once (the page may be going away). */
export function writeParts(db: SessionDb, tab: string, parts: Parts): Promise<void> {
  const tx = db.transaction('session', 'readwrite');
  for (const p of PARTS) {
    if (!(p in parts)) continue;
    const v = parts[p];
    // A failed request fails the transaction: tx.done reports it.
    (v === undefined ? tx.store.delete([tab, p]) : tx.store.put(v, [tab, p])).catch(() => {});
  }
  tx.commit();
  return tx.done;
}
