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

test('at 320 px wide (WCAG 1.4.10, reflow) nothing makes the page scroll sideways; the arms stack, each named', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 320, height: 720 });
  await afterOneStep(page);
  await page.getByTestId('label-sample').click();
  await expect(page.getByTestId('label-card').first()).toBeVisible();
  const width = await page.evaluate(() => window.innerWidth);
  const wide = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      // Only the outermost element that sticks out; what scrolls inside its own box is not the page's.
      if (r.width === 0 || r.right <= window.innerWidth + 0.5) continue;
      const p = el.parentElement;
      if (p && p.getBoundingClientRect().right > window.innerWidth + 0.5) continue;
      let clipped = false;
      for (let a = p; a && !clipped; a = a.parentElement)
        clipped = getComputedStyle(a).overflowX !== 'visible';
      if (clipped) continue;
      const where = `${p?.tagName.toLowerCase()}.${p?.getAttribute('class') ?? ''}`;
      const what = `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`;
      out.push(
        `${what} ${el.getAttribute('data-testid') ?? ''} in ${where}, right edge ${Math.round(r.right)} px`,
      );
    }
    return out;
  });
  expect(wide).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  // One column: the chart of every arm inside the window, each arm named in its legend.
  const chart = await page.getByTestId('chart-accuracy').boundingBox();
  expect(chart && chart.x >= 0 && chart.x + chart.width <= width).toBe(true);
  for (const arm of ['nft', 'rft', 'sft']) {
    const entry = page.getByTestId(`chart-accuracy-${arm}`);
    const box = await entry.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width, arm).toBe(true);
    await expect(entry).toContainText(arm);
  }
  // Small multiples: every arm's panel under its own name, inside the window.
  await page.getByTestId('chart-mode').selectOption('multiples');
  for (const arm of ['nft', 'rft', 'sft']) {
    const panel = page.getByTestId(`chart-accuracy-${arm}`);
    await panel.scrollIntoViewIfNeeded(); // a chart is drawn once it comes into view
    await expect(panel.locator('svg.recharts-surface')).toHaveCount(1);
    const box = await panel.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width, arm).toBe(true);
    await expect(panel.locator('xpath=..').locator('.arm-caption')).toHaveText(arm);
  }
});
