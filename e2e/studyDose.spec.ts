/**
 * The noisy-labels lesson's dose-response (src/app/study): the attendee's own NFT − RFT, and either the
 * study's range at the run's settings with its chart, or, while public/studies/noise-dose.json does not
 * exist (served as a 404 here, whatever ships), the not-run message with the command. Tiny-sized settings
 * so that a step takes seconds; the other tests serve fixture data files (test data, never shipped) whose
 * points have these settings.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { lessonById, lessonState } from '../src/app/lesson/lessons';
import { formatHash } from '../src/formats/settings/hash';
import { defaultSettings } from '../src/formats/settings/table';
import { fixtureData, fixtureFigure } from '../src/formats/study/dataFile.testing';
import { ready, stepTo } from './helpers';

const SETTINGS = { ...defaultSettings('tiny'), methods: ['nft', 'rft'], labelNoise: 0.2 } as ReturnType<
  typeof defaultSettings
>;
const LINK = `/${formatHash({ ...SETTINGS, backend: 'wasm' }, lessonState(lessonById('noisy')).view)}`;

const FIXTURE = fixtureData(
  [0, 0.2, 0.4].map((labelNoise, i) => ({
    config: `fixture${i}`,
    settings: { ...SETTINGS, labelNoise },
    greedy: fixtureFigure(i, 3),
    sampled: fixtureFigure(i + 2, 2, 12),
  })),
);

/** The page as it is before the study has been run: no data file. */
const noDataFile = (page: Page) =>
  page.route('**/studies/noise-dose.json', (route) => route.fulfill({ status: 404, body: 'not found' }));

async function ownFigureAfterOneStep(page: Page): Promise<void> {
  await stepTo(page, 1);
  await expect(page.getByTestId('study-own')).toContainText(
    /Your run \(label noise 20%, iteration 1\): NFT − RFT = [+-]?\d+\.\d points greedy/,
  );
}

test('without the study data file: the not-run message with the command, and the attendee’s own figure', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await noDataFile(page);
  await page.goto(LINK);
  await ready(page);
  const dose = page.getByTestId('study-dose');
  await expect(dose).toHaveAttribute('data-state', 'missing');
  await expect(page.getByTestId('study-not-run')).toContainText(
    'The study has not been run yet: the command is npm run cli -- study-run --plan docs/studies/noise-dose.json',
  );
  await expect(page.getByTestId('dose-chart')).toHaveCount(0);
  // before training both arms are the base model: no figure of 0.0 that reads as a result
  await expect(page.getByTestId('study-own')).toHaveText(
    'Your run (label noise 20%): no evaluation of both NFT and RFT after training yet (at iteration 0 both are the base model).',
  );
  await ownFigureAfterOneStep(page);
});

test('with a study data file: the study’s range at this noise and its chart, greedy or sampled, beside the attendee’s figure', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.route('**/studies/noise-dose.json', (route) => route.fulfill({ json: FIXTURE }));
  await page.goto(LINK);
  await ready(page);
  await expect(page.getByTestId('study-dose')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('study-range')).toHaveAttribute('data-found', 'true');
  await expect(page.getByTestId('study-range')).toContainText(
    "The study's range at this noise, greedy accuracy: -2.0 to +4.0 points (95% interval of the mean over 15 seeds; NFT ahead on 10 of 15, RFT on 5).",
  );
  await expect(page.getByTestId('dose-chart')).toHaveAttribute('data-metric', 'greedy');
  await page.getByTestId('study-metric-sampled').click();
  await expect(page.getByTestId('study-metric-sampled')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('study-range')).toContainText(
    "The study's range at this noise, sampled accuracy: +1.0 to +5.0 points (95% interval of the mean over 15 seeds; NFT ahead on 12 of 15, RFT on 3).",
  );
  await expect(page.getByTestId('dose-chart')).toHaveAttribute('data-metric', 'sampled');
  await expect(page.getByTestId('dose-chart')).toContainText('NFT − RFT in sampled accuracy.');
  await expect(page.getByTestId('dose-chart')).toHaveAttribute('data-points', '3');
  // below the lesson's text: charts off screen draw once they come into view
  await page.getByTestId('dose-chart').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('dose-chart').locator('svg.recharts-surface')).toBeVisible();
  await expect(page.getByTestId('study-table').locator('tbody tr')).toHaveCount(3);
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="study-dose"]').analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
  await ownFigureAfterOneStep(page);
});

test('a point short of its planned seeds: no number of it in the range, the chart or the table', async ({
  page,
}) => {
  // 4 of the 15 planned seeds run at noise 0.2
  const four = { n: 4, mean: 1, low: -2, high: 4, aAhead: 3, bAhead: 1, ties: 0 };
  const partial = {
    ...FIXTURE,
    points: FIXTURE.points.map((p) =>
      p.labelNoise === 0.2 ? { ...p, finding: false, greedy: four, sampled: four } : p,
    ),
  };
  await page.route('**/studies/noise-dose.json', (route) => route.fulfill({ json: partial }));
  await page.goto(LINK);
  await ready(page);
  await expect(page.getByTestId('study-range')).toHaveAttribute('data-found', 'pending');
  await expect(page.getByTestId('study-range')).toHaveText(
    'The study has not finished this point: 4 of its 15 planned seeds have run, so it states no number here yet.',
  );
  await expect(page.getByTestId('dose-chart')).toHaveAttribute('data-points', '2');
  const row = page.getByTestId('study-table').locator('tbody tr[data-finding="false"]');
  await expect(row).toHaveText('label noise 20%not finished (4 of 15 seeds): no number yet');
});

test('in a phone-wide window the chart fits the lesson panel (it was 420 px wide whatever the room)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.route('**/studies/noise-dose.json', (route) => route.fulfill({ json: FIXTURE }));
  await page.goto(LINK);
  await ready(page);
  const chart = page.getByTestId('dose-chart');
  await chart.scrollIntoViewIfNeeded(); // charts off screen draw once they come into view
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  const svg = await chart.locator('svg.recharts-surface').boundingBox();
  const dose = await page.getByTestId('study-dose').boundingBox();
  expect(svg && dose).toBeTruthy();
  if (!svg || !dose) return;
  expect(svg.width).toBeLessThan(420);
  expect(svg.x + svg.width).toBeLessThanOrEqual(dose.x + dose.width + 1);
});

test('in Japanese, the dose-response block is in Japanese (the command stays as it is)', async ({ page }) => {
  await noDataFile(page);
  await page.goto(
    `/${formatHash({ ...SETTINGS, backend: 'wasm' }, { ...lessonState(lessonById('noisy')).view, lang: 'ja' })}`,
  );
  await ready(page);
  await expect(page.getByTestId('study-dose')).toContainText(
    'ラベルノイズに対する NFT − RFT：調査とあなたの実行',
  );
  await expect(page.getByTestId('study-own')).toContainText('あなたの実行（ラベルノイズ 20%');
  await expect(page.getByTestId('study-not-run')).toContainText(
    '調査はまだ実行されていません。実行するコマンド： npm run cli -- study-run',
  );
});
