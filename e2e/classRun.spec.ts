/**
 * A class run end to end: the workshop server (vite preview with the class rooms, on PW_PORT + 100, its
 * own data folder), a presenter page and three attendee pages (separate browser contexts, tiny preset on
 * wasm, two iterations). Checks that each attendee gets its own seed, the class view shows a dot per
 * attendee and the pooled interval, an attendee offline for a while catches up, and a restarted server
 * still has every result.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { defaultSettings } from '../src/formats/settings/table';
import { fixtureData, fixtureFigure } from '../src/formats/study/dataFile.testing';
import { ready, settled, since } from './helpers';

const PORT = Number(process.env.PW_PORT ?? 4173) + 100;
const BASE = `http://127.0.0.1:${PORT}`;
const DIST = process.env.PW_DIST ?? 'dist';
const TINY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&backend=wasm&iterations=2&evalEvery=1';

/** Starts the workshop server on PORT with `dir` as its data folder; resolves once the rooms answer. */
async function startServer(dir: string): Promise<ChildProcess> {
  const child = spawn(
    'npx',
    ['vite', 'preview', '--outDir', DIST, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { env: { ...process.env, CLASS_ROOMS_DIR: dir }, detached: true, stdio: 'ignore' },
  );
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${BASE}/api/class`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    if (child.exitCode !== null) throw new Error(`the workshop server exited (${child.exitCode})`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the workshop server did not start');
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGTERM'); // the whole group: npx and vite under it
  await exited;
}

/** An attendee's page on `link`, joined (its seed shown) and configured on that seed. */
async function attendee(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  const notice = page.getByTestId('class-notice');
  await expect(notice).toHaveAttribute('data-seed', /^\d+$/);
  await expect(notice).toContainText('Nothing else leaves this device');
  await ready(page);
  return page;
}

/** Serious or critical accessibility violations axe-core finds on the page as it is. */
async function axeSerious(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const seedOf = async (p: Page) => Number(await p.getByTestId('class-notice').getAttribute('data-seed'));

test('class run: one seed per attendee, a dot each and the pooled interval, offline catch-up, restart keeps all', async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const t0 = Date.now();
  const dir = await mkdtemp(join(tmpdir(), 'class-e2e-'));
  let server = await startServer(dir);
  try {
    const presenter = await (await browser.newContext()).newPage();
    await presenter.goto(`${BASE}/?present${TINY}`);
    await presenter.getByTestId('class-run-start').click();
    const view = presenter.getByTestId('class-view');
    await expect(view).toBeVisible();
    const link = (await view.getByTestId('share-url').textContent()) ?? '';
    expect(link).toMatch(new RegExp(`^${BASE}/\\?room=[a-z2-9]{10}#preset=tiny&`));
    expect(link).not.toContain('present');

    const pages = await Promise.all([0, 1, 2].map(() => attendee(browser, link)));
    const seeds = await Promise.all(pages.map(seedOf));
    expect([...seeds].sort()).toEqual([1, 2, 3]);
    // Each page runs on its own seed: the room's settings with that seed, written into its link (read
    // from the page: Playwright's page.url() can miss a replaceState made while the page still loads).
    for (const [i, p] of pages.entries())
      expect(await p.evaluate(() => window.location.hash)).toContain(`&seed=${seeds[i]}&`);
    console.log(`three attendees joined in ${since(t0)} s`);

    // The last attendee loses the network, then every page runs to the end.
    const late = pages[2];
    await late.context().setOffline(true);
    await Promise.all(pages.map((p) => p.getByTestId('action-play-pause').click()));
    await Promise.all(pages.map(async (p) => expect(await settled(p)).toBe('done')));
    console.log(`runs done in ${since(t0)} s`);
    await expect(late.getByTestId('class-notice')).toHaveAttribute('data-waiting', '3');
    await expect(late.getByTestId('class-status')).toContainText('trying again');

    // The class view: two attendees' results (iterations 0, 1, 2), none yet from the one offline.
    const row = (seed: number) => view.getByTestId(`class-attendee-${seed}`);
    for (const p of pages.slice(0, 2))
      await expect(row(await seedOf(p))).toHaveAttribute('data-results', '3');
    await expect(row(seeds[2])).toHaveAttribute('data-results', '0');
    await expect(view.getByTestId('class-chart')).toHaveAttribute('data-dots', '2');

    // Back online: the waiting results go out, and the third dot and the interval appear.
    await late.context().setOffline(false);
    await expect(late.getByTestId('class-notice')).toHaveAttribute('data-waiting', '0', { timeout: 60_000 });
    await expect(row(seeds[2])).toHaveAttribute('data-results', '3');
    const chart = view.getByTestId('class-chart');
    await expect(chart).toHaveAttribute('data-dots', '3');
    await expect(chart.locator('.recharts-scatter-symbol')).toHaveCount(3);
    const summary = view.getByTestId('class-summary');
    await expect(summary).toHaveAttribute('data-n', '3');
    await expect(summary).toContainText(
      /over 3 seeds; 95% interval [-+]?\d+\.\d to [-+]?\d+\.\d\. NFT ahead on \d of 3/,
    );
    const [low, mean, high] = await Promise.all(
      ['data-low', 'data-mean', 'data-high'].map(async (a) => Number(await summary.getAttribute(a))),
    );
    expect(low).toBeLessThanOrEqual(mean);
    expect(mean).toBeLessThanOrEqual(high);
    // The interval is drawn as a band (none to draw when all three differences are equal).
    if (high > low) await expect(chart.locator('.recharts-reference-area')).toHaveCount(1);
    console.log(`class view complete in ${since(t0)} s`);
    expect(await axeSerious(presenter), 'class view').toEqual([]);
    expect(await axeSerious(pages[0]), "an attendee's page").toEqual([]);

    // A restart loses nothing: the room reads back the same from the journal.
    const { code, key } = JSON.parse(
      (await presenter.evaluate(() => localStorage.getItem('nft.classRun.presenter'))) ?? '{}',
    ) as { code: string; key: string };
    const read = () =>
      fetch(`${BASE}/api/rooms/${code}`, { headers: { 'x-room-key': key } }).then((r) => r.json());
    const before = await read();
    expect(before.attendees.map((a: { results: unknown[] }) => a.results.length)).toEqual([3, 3, 3]);
    await stopServer(server);
    server = await startServer(dir);
    expect(await read()).toEqual(before);
    // The presenter's view goes on reading the restarted server.
    await presenter.reload();
    await presenter.getByTestId('class-run-start').click();
    await expect(presenter.getByTestId('class-summary')).toHaveAttribute('data-n', '3');
    await expect(presenter.getByTestId('class-chart')).toHaveAttribute('data-dots', '3');
    console.log(`restart checked in ${since(t0)} s`);

    // The presenter drops one attendee's results: its dot leaves the chart and the pool.
    const restarted = presenter.getByTestId('class-view');
    await restarted.getByTestId(`class-attendee-${seeds[1]}`).getByRole('button', { name: 'Drop' }).click();
    await expect(restarted.getByTestId(`class-attendee-${seeds[1]}`)).toHaveCount(0);
    await expect(presenter.getByTestId('class-chart')).toHaveAttribute('data-dots', '2');
    await expect(presenter.getByTestId('class-summary')).toHaveAttribute('data-n', '2');
  } finally {
    await stopServer(server);
    await rm(dir, { recursive: true, force: true });
  }
});

test('on a static host (no class rooms) the button is off and says why', async ({ page }) => {
  // A static host answers the rooms' check as it answers any missing file.
  await page.route('**/api/class', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto(`/?present${TINY}`);
  await expect(page.getByTestId('class-run-start')).toBeDisabled();
  await expect(page.getByTestId('class-run-off')).toHaveText(
    'Class runs need the workshop server (npm run workshop).',
  );
  await expect(page.getByTestId('class-notice')).toHaveCount(0); // no room in the link: nothing said, nothing sent
});

test("the class view gives the study's interval beside the pooled one where the room's settings have one", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const dir = await mkdtemp(join(tmpdir(), 'class-study-e2e-'));
  const server = await startServer(dir);
  const NOISY = '#preset=noisy&methods=nft,rft&backend=wasm';
  try {
    // No study data file (served as a 404 here): the view says so and gives the command, no number.
    // (no service worker: it would answer the file's fetch from its cache, past the route)
    const presenter = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    await presenter.route('**/studies/noise-dose.json', (route) => route.fulfill({ status: 404, body: '' }));
    await presenter.goto(`${BASE}/?present${NOISY}`);
    await presenter.getByTestId('class-run-start').click();
    const study = presenter.getByTestId('class-study');
    await expect(study).toHaveAttribute('data-state', 'missing');
    await expect(study).toContainText(
      'The study has not been run yet: the command is npm run cli -- study-run',
    );
    await expect(presenter.getByTestId('class-chart')).toHaveAttribute('data-study', 'none');

    // With a data file (a test fixture, served to this page only) whose point has the room's settings.
    const other = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    const fixture = fixtureData([
      {
        config: 'noise20',
        settings: defaultSettings('noisy'),
        greedy: fixtureFigure(2.5, 2, 11),
        sampled: fixtureFigure(2.5, 2, 11),
      },
    ]);
    await other.route('**/studies/noise-dose.json', (route) => route.fulfill({ json: fixture }));
    await other.goto(`${BASE}/?present${NOISY}`);
    await other.getByTestId('class-run-start').click();
    const found = other.getByTestId('class-study');
    await expect(found).toHaveAttribute('data-state', 'found');
    await expect(found).toContainText(
      'The study at these settings: +0.5 to +4.5 points (95% interval of the mean over 15 seeds; NFT ahead on 11 of 15, RFT on 4).',
    );
    await expect(other.getByTestId('class-chart')).toHaveAttribute('data-study', 'band');
  } finally {
    await stopServer(server);
    await rm(dir, { recursive: true, force: true });
  }
});
