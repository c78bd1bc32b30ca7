import { expect, type Page, test } from '@playwright/test';
import { LESSONS, lessonById, lessonState } from '../src/app/lesson/lessons';
import { formatHash } from '../src/formats/settings/hash';
import { SETTING_KEYS } from '../src/formats/settings/table';
import { EXPLAINERS } from '../src/formats/view/viewTable';
import { ready, stepTo } from './helpers';

/** The lesson's own link, on wasm (the backend is a setting; a lesson leaves it at auto). */
function lessonLink(id: (typeof LESSONS)[number]['id'], lang: 'en' | 'ja' = 'en'): string {
  const { settings, view } = lessonState(lessonById(id));
  return `/${formatHash({ ...settings, backend: 'wasm' }, { ...view, lang })}`;
}

/** r_hat of every question the rollout view shows, by prompt. */
async function rolloutRHats(page: Page): Promise<Map<string, number>> {
  const showAll = page.getByTestId('rollout-show-all');
  if ((await showAll.count()) > 0 && (await showAll.getAttribute('aria-expanded')) === 'false')
    await showAll.click();
  const rows = await page
    .getByTestId('rollout-group')
    .evaluateAll((gs) =>
      gs.map((g) => [
        g.querySelector('.rollout-question code')?.textContent ?? '',
        g.getAttribute('data-rhat'),
      ]),
    );
  return new Map(rows.map(([p, r]) => [p ?? '', Number(r)]));
}

for (const lesson of LESSONS) {
  test(`lesson "${lesson.text.en.title}": its controls hidden, its explainer on the live run`, async ({
    page,
  }) => {
    test.setTimeout(600_000);
    await page.goto(lessonLink(lesson.id));
    await ready(page);
    await expect(page.getByTestId('link-problems')).toHaveCount(0);
    await expect(page.getByTestId('lesson-panel')).toContainText(lesson.text.en.title);
    // Hidden settings are not in the form; the others are.
    for (const k of SETTING_KEYS) {
      const input = page.locator(`.settings [name="${k}"]`);
      if (lesson.hide.includes(k)) await expect(input).toHaveCount(0);
      else await expect(input.first()).toBeVisible();
    }
    if (lesson.hide.includes('perf')) await expect(page.getByTestId('perf')).toHaveCount(0);
    await expect(page.getByTestId('label-panel')).toHaveCount(lesson.hide.includes('labelling') ? 0 : 1);

    // One step; the open explainer (and only it) shows this run's numbers.
    await stepTo(page, 1);
    await expect(page.getByTestId('explain-iteration')).toHaveAttribute('data-iteration', '1');
    for (const id of EXPLAINERS)
      await expect(page.getByTestId(`explain-${id}`)).toHaveCount(id === lesson.explain ? 1 : 0);
    const rHats = await rolloutRHats(page);
    const view = page.getByTestId(`explain-${lesson.explain}`);
    if (lesson.explain === 'policy-split') {
      const prompt = (await view.getAttribute('data-prompt')) ?? '';
      expect(Number(await view.getAttribute('data-rhat'))).toBeCloseTo(rHats.get(prompt) ?? Number.NaN, 12);
    } else if (lesson.explain === 'weight-ratio') {
      const rHat = Number(await view.getAttribute('data-rhat'));
      expect([...rHats.values()].some((r) => Math.abs(r - rHat) < 1e-12)).toBe(true);
      await expect(page.getByTestId('weight-row').first()).toBeVisible();
    } else if (lesson.explain === 'token-view') {
      const now = await page
        .getByTestId('token-row')
        .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-now'))));
      expect(now.length).toBeGreaterThan(0);
      for (const p of now) expect(p > 0 && p <= 1).toBe(true);
    } else if (lesson.explain === 'same-gradient') {
      // After one iteration of mu steps the weights have moved: the latest values say how far.
      await expect(page.getByTestId('same-row').first()).toBeVisible();
      await expect(page.getByTestId('latest')).toContainText('off policy |log R|');
    }

    // Leaving the lesson shows every control again and takes the lesson out of the link.
    await page.getByTestId('leave-lesson').click();
    await expect(page.getByTestId('lesson-panel')).toHaveCount(0);
    for (const k of SETTING_KEYS) await expect(page.locator(`.settings [name="${k}"]`).first()).toBeVisible();
    expect(page.url()).not.toContain('lesson=');
    for (const id of EXPLAINERS) await expect(page.getByTestId(`explain-${id}`)).toHaveCount(1);
  });
}

test('a lesson link in Japanese opens in Japanese, and the language can be switched at any time', async ({
  page,
}) => {
  await page.goto(lessonLink('noisy', 'ja'));
  await ready(page);
  await expect(page.getByTestId('lesson-panel')).toContainText(lessonById('noisy').text.ja.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.getByTestId('language').selectOption('en');
  await expect(page.getByTestId('lesson-panel')).toContainText(lessonById('noisy').text.en.title);
  expect(page.url()).not.toContain('lang=');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
