import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { ready, stepTo } from './helpers';

const TINY = '#preset=tiny&methods=nft,rft,sft&mix=add1,add2&seed=3&backend=wasm';

/** A tiny run on wasm, one step: charts, latest values, the rollout view and the settings all shown. */
async function afterOneStep(page: Page): Promise<void> {
  await page.goto(`/${TINY}`);
  await ready(page);
  await stepTo(page, 1);
  for (const id of ['chart-accuracy-nft', 'latest', 'rollout-view'])
    await expect(page.getByTestId(id)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
}

test('axe-core finds no serious or critical accessibility violations after a tiny run', async ({ page }) => {
  test.setTimeout(600_000);
  await afterOneStep(page);
  const check = async (where: string) => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const v of violations)
      console.log(
        `${where}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
      );
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      where,
    ).toEqual([]);
  };
  await check('page');
  await page.getByText('Performance', { exact: true }).click(); // the perf panel's details, open
  await check('page, performance open');
  await page.keyboard.press('p');
  await expect(page.getByTestId('presenter')).toBeVisible();
  await check('presenter view');
});

test('every control is reachable by Tab and shows a visible focus', async ({ page }) => {
  test.setTimeout(600_000);
  await afterOneStep(page);
  // Every enabled, visible control gets an index; Tab must reach each one, each time with an outline.
  const count = await page.evaluate(() => {
    const all = document.querySelectorAll<HTMLElement>(
      'button, input, select, textarea, a[href], summary, [tabindex]:not([tabindex="-1"])',
    );
    let n = 0;
    for (const el of all) {
      const disabled = (el as HTMLButtonElement).disabled === true;
      if (disabled || el.getClientRects().length === 0 || el.closest('[inert], dialog')) continue;
      el.dataset.a11yIndex = String(n++);
    }
    return n;
  });
  expect(count).toBeGreaterThan(20);
  const reached = new Set<string>();
  const unseen: string[] = [];
  // Radio groups take one Tab stop; the budget leaves room for them and for the page's own stops.
  for (let i = 0; i < count + 10 && reached.size < count; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0;
      const label = `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`;
      return { index: el.dataset.a11yIndex ?? null, visible: outline || s.boxShadow !== 'none', label };
    });
    if (!focus?.index) continue;
    reached.add(focus.index);
    if (!focus.visible) unseen.push(focus.label);
  }
  const missed = await page.evaluate(
    (seen) =>
      [...document.querySelectorAll<HTMLElement>('[data-a11y-index]')]
        .filter((el) => !seen.includes(el.dataset.a11yIndex ?? ''))
        .map(
          (el) =>
            `${el.tagName.toLowerCase()} ${el.getAttribute('name') ?? el.textContent?.trim().slice(0, 30)}`,
        ),
    [...reached],
  );
  expect(missed, 'controls Tab never reached').toEqual([]);
  expect(unseen, 'controls focused without a visible outline').toEqual([]);
});
