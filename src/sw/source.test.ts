/**
 * Runs the generated service worker in a Node vm against a fake CacheStorage and fetch: what install
 * stores, what activate deletes, and what each kind of request is answered with.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ISOLATION_HEADERS } from './isolationHeaders';
import { CACHE_PREFIX, serviceWorkerSource } from './source';

const ORIGIN = 'https://app.test';
const FILES = ['index.html', 'assets/index-abc.js', 'models/base/model.json'];

interface FakeResponse {
  ok: boolean;
  status: number;
  type: string;
  body: string;
  headers: Headers;
  clone: () => FakeResponse;
}

const response = (body: string, status = 200, type = 'basic', headers = new Headers()): FakeResponse => {
  const r: FakeResponse = { ok: status >= 200 && status < 300, status, type, body, headers, clone: () => r };
  return r;
};

/** The Response the worker builds (to add headers), as a FakeResponse. */
class FakeResponseCtor {
  constructor(body: string, init: { status: number; headers: Headers }) {
    // biome-ignore lint/correctness/noConstructorReturn: the vm's Response stands for a FakeResponse
    return response(body, init.status, 'basic', init.headers);
  }
}

type Handler = (event: unknown) => void;
type Fetch = (input: unknown, init?: { cache?: string }) => Promise<FakeResponse>;

function start(fetchImpl: Fetch, existing: string[] = []) {
  const store = new Map<string, Map<string, FakeResponse>>(existing.map((n) => [n, new Map()]));
  const key = (k: string | { url: string }) => (typeof k === 'string' ? k : k.url);
  const caches = {
    open: async (name: string) => {
      const m = store.get(name) ?? new Map<string, FakeResponse>();
      store.set(name, m);
      return {
        put: async (k: string, r: FakeResponse) => void m.set(key(k), r),
        match: async (k: string) => m.get(key(k)),
        keys: async () => [...m.keys()].map((url) => ({ url })),
      };
    },
    keys: async () => [...store.keys()],
    delete: async (name: string) => store.delete(name),
  };
  const handlers: Record<string, Handler> = {};
  const calls = { skipWaiting: 0, claim: 0, fetched: [] as { url: string; cache?: string }[] };
  const self = {
    registration: { scope: `${ORIGIN}/` },
    location: { origin: ORIGIN },
    addEventListener: (type: string, f: Handler) => {
      handlers[type] = f;
    },
    skipWaiting: async () => void calls.skipWaiting++,
    clients: { claim: async () => void calls.claim++ },
  };
  const fetch: Fetch = (input, init) => {
    const url = typeof input === 'string' ? input : (input as { url: string }).url;
    calls.fetched.push({ url, cache: init?.cache });
    return fetchImpl(url, init);
  };
  const context = {
    self,
    caches,
    fetch,
    URL,
    Set,
    Headers,
    Response: FakeResponseCtor,
    Object,
    // The navigation timeout fires at once: a hanging network is simulated by a fetch that never answers.
    setTimeout: (f: (...a: unknown[]) => void, _ms: number, ...args: unknown[]) => setTimeout(f, 0, ...args),
    clearTimeout,
  };
  runInNewContext(serviceWorkerSource('v1', FILES), context);
  const waitFor = (type: string, extra: object = {}) => {
    let done: Promise<unknown> = Promise.resolve();
    handlers[type]({ waitUntil: (p: Promise<unknown>) => (done = p), ...extra });
    return done;
  };
  /** The response the worker gives, or 'network' when it leaves the request alone. */
  const request = async (
    url: string,
    init: { method?: string; mode?: string } = {},
  ): Promise<FakeResponse | 'network'> => {
    const got: { answer?: Promise<FakeResponse> } = {};
    handlers.fetch({
      request: { url, method: init.method ?? 'GET', mode: init.mode ?? 'cors' },
      respondWith: (p: Promise<FakeResponse>) => {
        got.answer = p;
      },
    });
    return got.answer ? await got.answer : 'network';
  };
  return { store, calls, waitFor, request, handlers };
}

const serveAll: Fetch = async (url) => response(`fresh ${url}`);
const CACHE = `${CACHE_PREFIX}v1`;

describe('the service worker', () => {
  it('install stores every listed file, revalidated with the server, then takes over', async () => {
    const sw = start(serveAll);
    await sw.waitFor('install');
    expect([...(sw.store.get(CACHE)?.keys() ?? [])].sort()).toEqual(
      FILES.map((f) => `${ORIGIN}/${f}`).sort(),
    );
    expect(sw.calls.fetched.every((f) => f.cache === 'no-cache')).toBe(true);
    expect(sw.calls.skipWaiting).toBe(1);
  });

  it('a file that cannot be fetched fails the install and leaves no cache', async () => {
    const sw = start(async (url) => response('missing', String(url).endsWith('model.json') ? 404 : 200));
    await expect(sw.waitFor('install')).rejects.toThrow('model.json: HTTP 404');
    expect(sw.store.has(CACHE)).toBe(false);
    expect(sw.calls.skipWaiting).toBe(0);
  });

  it("activate deletes this app's other builds, not other caches, and claims the pages", async () => {
    const sw = start(serveAll, [`${CACHE_PREFIX}old`, 'someone-else']);
    await sw.waitFor('install');
    await sw.waitFor('activate');
    expect([...sw.store.keys()].sort()).toEqual([CACHE, 'someone-else']);
    expect(sw.calls.claim).toBe(1);
  });

  it('serves listed files from the cache, and leaves everything else to the network', async () => {
    const sw = start(serveAll);
    await sw.waitFor('install');
    sw.calls.fetched.length = 0;
    const js = await sw.request(`${ORIGIN}/assets/index-abc.js`);
    expect(js).not.toBe('network');
    expect((js as FakeResponse).body).toBe(`fresh ${ORIGIN}/assets/index-abc.js`);
    expect(sw.calls.fetched).toEqual([]);
    expect(await sw.request(`${ORIGIN}/assets/other.js`)).toBe('network');
    expect(await sw.request(`${ORIGIN}/assets/index-abc.js?x=1`)).toBe('network');
    expect(await sw.request('https://cdn.example/assets/index-abc.js')).toBe('network');
    expect(await sw.request(`${ORIGIN}/models/base/model.json`, { method: 'POST' })).toBe('network');
  });

  it('refills a missing listed file, but never stores an error', async () => {
    let status = 500;
    const sw = start(async (url) => response(`body ${url}`, status));
    const url = `${ORIGIN}/models/base/model.json`;
    expect(((await sw.request(url)) as FakeResponse).status).toBe(500);
    expect(sw.store.get(CACHE)?.has(url)).toBe(false);
    status = 200;
    expect(((await sw.request(url)) as FakeResponse).status).toBe(200);
    expect(sw.store.get(CACHE)?.has(url)).toBe(true);
  });

  it('the page: the network first, the cached page when offline, failing or hanging', async () => {
    let mode: 'ok' | 'offline' | 'error' | 'hang' = 'ok';
    const sw = start(async (url) => {
      if (mode === 'offline') throw new TypeError('Failed to fetch');
      if (mode === 'hang') return new Promise(() => {});
      return response(`fresh ${url}`, mode === 'error' ? 503 : 200);
    });
    await sw.waitFor('install');
    const page = async (url: string) => ((await sw.request(url, { mode: 'navigate' })) as FakeResponse).body;
    expect(await page(`${ORIGIN}/?present`)).toBe(`fresh ${ORIGIN}/?present`);
    for (const m of ['offline', 'error', 'hang'] as const) {
      mode = m;
      expect(await page(`${ORIGIN}/?present`), m).toBe(`fresh ${ORIGIN}/index.html`);
      expect(await page(`${ORIGIN}/index.html`), m).toBe(`fresh ${ORIGIN}/index.html`);
    }
    expect(await sw.request(`${ORIGIN}/docs/`, { mode: 'navigate' })).toBe('network');
  });

  it('with nothing cached, a failed page load stays a failure', async () => {
    const sw = start(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(sw.request(`${ORIGIN}/`, { mode: 'navigate' })).rejects.toThrow('Failed to fetch');
  });

  it('says how many of its files are stored', async () => {
    const sw = start(serveAll);
    await sw.waitFor('install');
    const got = await new Promise((resolve) =>
      sw.handlers.message({ data: { type: 'status' }, ports: [{ postMessage: resolve }] }),
    );
    expect(got).toEqual({ version: 'v1', cached: 3, expected: 3 });
  });

  it('adds the cross-origin isolation headers to the page and the files it serves (static hosts)', async () => {
    const sw = start(serveAll);
    await sw.waitFor('install');
    const js = (await sw.request(`${ORIGIN}/assets/index-abc.js`)) as FakeResponse;
    const page = (await sw.request(`${ORIGIN}/`, { mode: 'navigate' })) as FakeResponse;
    for (const r of [js, page])
      for (const [k, v] of Object.entries(ISOLATION_HEADERS)) expect(r.headers.get(k)).toBe(v);
    expect(js.body).toBe(`fresh ${ORIGIN}/assets/index-abc.js`);
    // Anything else is left to the network, untouched.
    expect(await sw.request(`${ORIGIN}/other.txt`)).toBe('network');
  });
});
