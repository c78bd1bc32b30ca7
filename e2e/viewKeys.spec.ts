import { expect, type Locator, type Page, test } from '@playwright/test';
import { VIEW_KEYS, type ViewKey } from '../src/formats/view/viewTable';
import { ready, settled } from './helpers';

// One short run (tiny preset on wasm, 2 iterations) shared by every test: a view key must leave it alone.
const RUN = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&iterations=2&evalEvery=1&backend=wasm';
const DONE = 2;

/** Per view key: a value other than the default, and what the page shows only while it has taken it. */
const CASES: Record<ViewKey, { value: string; taken: (page: Page) => Locator }> = {
  lang: { value: 'ja', taken: (page) => page.locator('h1', { hasText: 'NFT プレイグラウンド' }) },
  lesson: { value: 'negatives', taken: (page) => page.getByTestId('lesson-panel') },
  hide: { value: 'lr', taken: (page) => page.getByText('This lesson hides 1 of them') },
  explain: {
    value: 'weight-ratio',
    taken: (page) => page.locator('[data-testid="explain-tab-weight-ratio"][aria-pressed="true"]'),
  },
};

/** The run is still the finished one: same phase, same iteration, same points on the chart. */
async function expectRunKept(page: Page, points: string | null): Promise<void> {
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', /^(done|paused)$/);
  await expect(page.getByTestId('iteration')).toHaveText(String(DONE));
  expect(await page.getByTestId('chart-accuracy-nft').getAttribute('data-points')).toBe(points);
}

test.describe.configure({ mode: 'serial' });

let page: Page;
let points: string | null;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(600_000);
  page = await browser.newPage();
  await page.goto(`/${RUN}`);
  await ready(page);
  await page.getByTestId('action-play-pause').click();
  expect(await settled(page)).toBe('done');
  await expect(page.getByTestId('iteration')).toHaveText(String(DONE));
  points = await page.getByTestId('chart-accuracy-nft').getAttribute('data-points');
  expect(Number(points)).toBeGreaterThan(0);
});

test.afterAll(async () => {
  await page.close();
});

test('every view key of the table has a case here', () => {
  expect(Object.keys(CASES).sort()).toEqual([...VIEW_KEYS].sort());
});

for (const key of VIEW_KEYS) {
  const { value, taken } = CASES[key];

  test(`${key}=${value} in the hash of the live page leaves the run alone`, async () => {
    test.setTimeout(300_000);
    await page.evaluate((h) => {
      window.location.hash = h;
    }, `${RUN}&${key}=${value}`);
    // The hashchange handler runs before the page shows the view: a restarted run would show by then.
    await expect(taken(page)).toBeVisible();
    await expectRunKept(page, points);
    await page.evaluate((h) => {
      window.location.hash = h;
    }, RUN);
    await expect(taken(page)).toHaveCount(0);
    await expectRunKept(page, points);
  });

  test(`the page opened at the same settings plus ${key}=${value} reopens the saved run`, async () => {
    test.setTimeout(300_000);
    await page.goto('about:blank');
    await page.goto(`/${RUN}&${key}=${value}`);
    await expect(taken(page)).toBeVisible();
    await expectRunKept(page, points);
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain(`${key}=${value}`);
  });
}
