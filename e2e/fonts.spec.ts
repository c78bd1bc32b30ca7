import { expect, test } from '@playwright/test';
import { ready } from './helpers';

const JA = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&backend=wasm&lang=ja';

/**
 * Japanese renders with real glyphs, not boxes. Why this check can tell: a character that no font on the
 * machine has is drawn as the missing-glyph box (.notdef), and every such box looks the same, whatever the
 * character. Private-use codepoints (U+E000, U+E001) have no glyph in any ordinary font, so they show what a
 * box looks like here (and that two boxes are alike). Each Japanese character is drawn alone on a canvas
 * in the page's own font stack: with a Japanese font, each image differs from the others and from the box;
 * without one (the machine) all of them are the same box. Widths alone cannot tell: with a CJK
 * font first in the stack, its box is one em wide, like its glyphs. Seen to fail with fontconfig limited
 * to the DejaVu fonts (no CJK font): every image was the box.
 */
test('Japanese text renders with real glyphs (not missing-glyph boxes)', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(`/${JA}`);
  await ready(page);
  await expect(page.locator('h1')).toHaveText('NFT プレイグラウンド');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
  const images = await page.evaluate(() => {
    const family = getComputedStyle(document.querySelector('main') as Element).fontFamily;
    const draw = (ch: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.font = `48px ${family}`;
      ctx.textBaseline = 'top';
      ctx.fillText(ch, 4, 4);
      const data = ctx.getImageData(0, 0, 64, 64).data;
      return { ink: data.some((v) => v !== 0), image: canvas.toDataURL() };
    };
    return {
      box: draw('\uE000'),
      box2: draw('\uE001'),
      ja: ['プ', '学', '正', 'ラ'].map(draw),
    };
  });
  // The premise: boxes are drawn, and alike.
  expect(images.box.ink).toBe(true);
  expect(images.box2.image).toBe(images.box.image);
  // Real glyphs: inked, each unlike the box and unlike the others.
  for (const g of images.ja) {
    expect(g.ink).toBe(true);
    expect(g.image).not.toBe(images.box.image);
  }
  expect(new Set(images.ja.map((g) => g.image)).size).toBe(images.ja.length);
});
