import { expect, type Page, test } from '@playwright/test';
import { ready, stepTo } from './helpers';

// Tiny preset on wasm, in Japanese, with the panels that need a run filled in.
const JA = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&backend=wasm&gradRollouts=2&lang=ja';

/**
 * Visible text still in English: runs of three or more English words outside code, kbd, pre and
 * elements marked translate="no" (names, settings keys, formulas that stay as they are).
 */
function englishLeft(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = (el: Element | null): boolean =>
      el !== null &&
      (el.closest('code, kbd, pre, script, style, [translate="no"]') !== null || !el.checkVisibility());
    const out = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (skip(n.parentElement)) continue;
      const m = text.match(/\b[A-Za-z]{3,}[,.:;]?\s+[A-Za-z]{2,}[,.:;]?\s+[A-Za-z]{3,}\b/);
      if (m) out.add(text.trim().slice(0, 120));
    }
    for (const el of document.querySelectorAll('[aria-label], [title]')) {
      if (skip(el)) continue;
      for (const attr of ['aria-label', 'title']) {
        const v = el.getAttribute(attr) ?? '';
        if (/\b[A-Za-z]{3,}\s+[A-Za-z]{2,}\s+[A-Za-z]{3,}\b/.test(v)) out.add(`[${attr}] ${v.slice(0, 120)}`);
      }
    }
    return [...out];
  });
}

/** Translation ids shown as text ('charts.xAxis'): a string whose id no table has shows as its id. */
function rawIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const areas =
      'page|controls|session|charts|explain|labels|backend|progress|faults|workshop|classRun|study|' +
      'field|check|format|schema|hash|persist|exchange|offline|chart|line|preset|finding';
    const id = new RegExp(
      `\\b(?:${areas})\\.(?!(?:md|jsonl?|csv|png|tsx?|parquet|yaml|txt|zip)(?![a-z]))[a-z][A-Za-z0-9]+\\b`,
      'g',
    );
    const texts = [document.body.textContent ?? ''];
    for (const el of document.querySelectorAll('[aria-label], [title]'))
      texts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '');
    return [...new Set(texts.flatMap((t) => t.match(id) ?? []))];
  });
}

test('in Japanese, the whole interface is in Japanese once a run has data in every panel', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto(`/${JA}`);
  await ready(page);
  await stepTo(page, 1);
  // The run's state reads in Japanese too; data-phase keeps the code word for tools.
  await expect(page.getByTestId('status')).toHaveText('一時停止');
  await page.getByTestId('label-sample').click();
  await expect(page.getByTestId('label-card').first()).toBeVisible();
  for (const d of await page.locator('details').all()) await d.evaluate((el) => el.setAttribute('open', ''));
  const left = await englishLeft(page);
  expect(left, left.join('\n')).toEqual([]);
  expect(await rawIds(page)).toEqual([]);
  // Switching back gives English again, at once.
  await page.getByTestId('language').selectOption('en');
  await expect(page.locator('h1')).toHaveText('NFT Playground');
  await expect(page.getByTestId('status')).toHaveText('paused');
  expect(await rawIds(page)).toEqual([]);
});
