/**
 * The workshop server's class rooms: `npm run workshop` runs Vite's preview server (the built app), and
 * this plugin mounts the rooms' API (api.ts) on it, and on the development server. Journals go to
 * CLASS_ROOMS_DIR (default out/rooms). Nothing here runs in the built app.
 */
import type { Plugin } from 'vite';
import { type ClassApi, createClassApi } from './api.ts';
import { dataDir } from './journal.ts';

export function classRoomsPlugin(): Plugin {
  let api: ClassApi | null = null;
  const mount = (server: { middlewares: { use: (h: ClassApi['handle']) => void }; httpServer?: unknown }) => {
    if (process.env.VITEST) return; // vitest loads this config too: no rooms there
    if (!api) {
      const dir = dataDir();
      api = createClassApi({ dir });
      void api.ready.then(
        (r) => console.log(`class rooms: ${r.rooms} room(s) from ${dir} (${r.lines} entries)`),
        (e: Error) => console.error(`class rooms: could not read ${dir}: ${e.message}`),
      );
    }
    server.middlewares.use(api.handle);
  };
  return {
    name: 'nft-class-rooms',
    configurePreviewServer: mount,
    configureServer: mount,
  };
}
