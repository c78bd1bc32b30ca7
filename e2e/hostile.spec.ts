/**
 * Hostile files, two tabs, storage cleared, a device lost mid-step, and the Content-Security-Policy
 * (issue 16): nothing a file, a tab or a fault does blanks the page or loses work.
 */
import { expect, type Page, test } from '@playwright/test';
import { sessionJson } from '../src/formats/sessionFile/format';
import { ARMS } from '../src/formats/sessionFile/testRun.testing';
import { parseHash } from '../src/formats/settings/hash';
import { reachIteration, ready, settled } from './helpers';

const TINY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&iterations=1000&evalEvery=1&backend=wasm';

const marks = (page: Page) =>
  page.getByTestId('label-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-person-mark')));
const now = (page: Page) => page.evaluate(() => Date.now());
const mode = (page: Page) => page.getByTestId('session-mode');

async function savedSince(page: Page, t0: number): Promise<void> {
  await expect
    .poll(async () => Number((await page.getByTestId('session-panel').getAttribute('data-saved-at')) || 0))
    .toBeGreaterThan(t0);
}

/**
 * Saved since `t0`, and then nothing more for a second: a change the test makes to the store is not
 * overwritten by a save still on its way (on a loaded machine the paused state can save after the run).
 */
async function savedAndQuiet(page: Page, t0: number): Promise<void> {
  await savedSince(page, t0);
  let last = -1;
  await expect
    .poll(
      async () => {
        const at = Number((await page.getByTestId('session-panel').getAttribute('data-saved-at')) || 0);
        const quiet = at === last;
        last = at;
        return quiet;
      },
      { intervals: [1000] },
    )
    .toBe(true);
}

/** Samples a batch of answers and marks the first ones with `keys` (c right, x wrong). */
async function label(page: Page, keys: string[], sample = true): Promise<void> {
  if (sample) {
    await page.getByTestId('label-sample').click();
    await expect(page.getByTestId('label-card')).toHaveCount(16);
  }
  await page.getByTestId('label-panel').focus();
  for (const k of keys) await page.keyboard.press(k);
}

/** Every uncaught error of the page, to assert that none happened. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** A session file of the two-arm test run, edited as text (`edit` gets the JSON and returns it). */
function sessionFile(edit: (json: string) => string = (j) => j): Buffer {
  const settings = parseHash(TINY).settings;
  return Buffer.from(
    edit(sessionJson({ settings, batches: [], run: { completed: 1, arms: ARMS } }, new Date())),
  );
}

test('a file with a prototype-named arm, or values no String() can show, is refused with a message; the page and the saved session stay', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors = pageErrors(page);
  await page.goto(`/${TINY}`);
  await ready(page);
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const cases: [string, Buffer, string][] = [
    [
      'constructor.json',
      sessionFile((j) => j.replace('"name":"nft"', '"name":"constructor"')),
      'run.arms[0].name: expected an arm name',
    ],
    [
      'proto.json',
      sessionFile((j) => j.replace('"name":"rft"', '"name":"__proto__"')),
      'run.arms[1].name: expected an arm name',
    ],
    [
      'tostring.json',
      sessionFile((j) => j.replace('"format":"nft-playground-session"', '"format":{"toString":null}')),
      'got an object',
    ],
    [
      'deep.json',
      sessionFile((j) => j.replace('"version":1', `"version":${deep}`)),
      'the file is version an array of 1 items',
    ],
  ];
  const message = page.getByTestId('session-import-error');
  for (const [name, buffer, expected] of cases) {
    await page
      .getByTestId('session-import-file')
      .setInputFiles({ name, mimeType: 'application/json', buffer });
    await expect(message, name).toContainText('The file was not imported and nothing was changed: ');
    await expect(message, name).toContainText(expected);
  }
  // The same run, renamed as the page names arms, is taken and shown.
  await page.getByTestId('session-import-file').setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: sessionFile(),
  });
  await expect(page.getByTestId('session-import-done')).toBeVisible();
  await expect(page.getByTestId('rollout-arm-nft')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('session-note')).toContainText('Reopened the imported session');
  await expect(page.getByTestId('chart-accuracy-nft')).toBeVisible();
  await expect(page.locator('[data-testid^="part-failed-"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a damaged saved part fails only its panel, which says so; the rest of the page works', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors = pageErrors(page);
  await page.goto(`/${TINY}`);
  await ready(page);
  const t0 = await now(page);
  await page.getByTestId('action-step').click();
  await reachIteration(page, 1);
  expect(await settled(page)).toBe('paused');
  await savedAndQuiet(page, t0);
  // The saved run's latest rollouts (not part of the checked histories) damaged in the store.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('nft-playground');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['meta', 'session'], 'readwrite');
          const owner = tx.objectStore('meta').get('owner');
          owner.onsuccess = () => {
            const key = [owner.result.tab, 'run'];
            const run = tx.objectStore('session').get(key);
            run.onsuccess = () => {
              tx.objectStore('session').put({ ...run.result, rollouts: { nft: { groups: 7 } } }, key);
            };
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await expect(page.getByTestId('status')).toHaveText('paused');
  await expect(page.getByTestId('part-failed-rollout')).toContainText('This part of the page failed');
  await expect(page.getByTestId('chart-accuracy-nft')).toBeVisible();
  await page.getByTestId('action-step').click();
  await reachIteration(page, 2);
  expect(await settled(page)).toBe('paused');
  expect(errors).toEqual([]);
});

test('two tabs: the second saves once the first closes; taking over keeps the first tab’s labels', async ({
  context,
}) => {
  test.setTimeout(600_000);
  const a = await context.newPage();
  await a.goto(`/${TINY}`);
  await ready(a);
  await expect(mode(a)).toHaveAttribute('data-mode', 'saving');
  const b = await context.newPage();
  await b.goto(`/${TINY}`);
  await expect(mode(b)).toHaveAttribute('data-mode', 'other-tab');

  // (b) A labels 3 answers after B opened; B takes over: A's marks are merged in, and it says so.
  await label(a, ['c', 'x', 'c']);
  await a.waitForTimeout(2500); // saved (at most a second later)
  await b.getByTestId('session-take-over').click();
  await expect(mode(b)).toHaveAttribute('data-mode', 'saving');
  await expect(b.getByTestId('session-note')).toContainText(
    "3 marks saved by the other tab were added to this tab's labels.",
  );
  expect((await marks(b)).slice(0, 3)).toEqual(['right', 'wrong', 'right']);
  await expect(mode(a)).toHaveAttribute('data-mode', 'taken-over');

  // (a) B closes: A, waiting in the lock's queue, saves from then on; its 5 new labels survive it.
  await b.close();
  await expect(mode(a)).toHaveAttribute('data-mode', 'saving');
  await expect(a.getByTestId('session-note')).toContainText('The tab that saved the session closed');
  const t1 = await now(a);
  await label(a, ['x', 'c', 'x', 'c', 'x'], false);
  await savedSince(a, t1);
  const labelled = await marks(a);
  expect(labelled.slice(0, 8)).toEqual([
    'right',
    'wrong',
    'right',
    'wrong',
    'right',
    'wrong',
    'right',
    'wrong',
  ]);
  await a.close();
  const c = await context.newPage();
  await c.goto(`/${TINY}`);
  await ready(c);
  await expect(mode(c)).toHaveAttribute('data-mode', 'saving');
  expect(await marks(c)).toEqual(labelled);
});

test('storage cleared mid-run: the page reopens the database and saves again; nothing made after is lost', async ({
  page,
  context,
}) => {
  test.setTimeout(600_000);
  await page.goto(`/${TINY}`);
  await ready(page);
  const t0 = await now(page);
  await label(page, ['c', 'x']);
  await savedSince(page, t0);

  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(page.url()).origin,
    storageTypes: 'indexeddb',
  });
  const t1 = await now(page);
  await label(page, ['x', 'c'], false);
  await page.getByTestId('action-step').click();
  await reachIteration(page, 1);
  expect(await settled(page)).toBe('paused');
  await savedSince(page, t1);
  await expect(mode(page)).toHaveAttribute('data-failing', 'false');
  await expect(mode(page)).toContainText('This browser keeps the session');
  const labelled = await marks(page);
  expect(labelled.slice(0, 4)).toEqual(['right', 'wrong', 'wrong', 'right']);

  await page.reload();
  await expect(page.getByTestId('status')).toHaveText('paused');
  await expect(page.getByTestId('iteration')).toHaveText('1');
  expect(await marks(page)).toEqual(labelled);
});

test('the page works under its Content-Security-Policy, with no violation reported', async ({ page }) => {
  test.setTimeout(600_000);
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto(`/${TINY}`);
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /script-src 'self' 'wasm-unsafe-eval' blob:/,
  );
  await ready(page);
  await label(page, ['c']);
  await page.getByTestId('action-step').click();
  await reachIteration(page, 1);
  expect(await settled(page)).toBe('paused');
  // And on the default backend (WebGPU here).
  await page.goto(`/${TINY.replace('&backend=wasm', '&seed=4')}`);
  await ready(page);
  await page.getByTestId('action-step').click();
  await reachIteration(page, 1);
  expect(await settled(page)).toBe('paused');
  expect(violations).toEqual([]);
});
