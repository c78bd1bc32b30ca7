import { expect, test } from '@playwright/test';
import { ready } from './helpers';

test.use({ viewport: { width: 1280, height: 720 } });

for (const lang of ['en', 'ja'] as const) {
  test(`at 1280x720 (${lang}) the first screen has the title, the first explanation, the controls and the charts`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await page.goto(`/#preset=workshop&backend=wasm${lang === 'ja' ? '&lang=ja' : ''}`);
    await ready(page);
    const intro = page.getByTestId('intro');
    await expect(intro).toContainText(
      lang === 'en' ? 'RFT trains only on the right answers' : 'RFT は正解の回答だけで学習し',
    );
    const onScreen = async (testId: string) => {
      const box = await page.getByTestId(testId).boundingBox();
      expect(box, testId).not.toBeNull();
      expect((box?.y ?? 720) + 40, testId).toBeLessThan(720);
    };
    await onScreen('intro-start-here');
    await onScreen('action-play-pause');
    // The accuracy chart itself (its legend, with every arm's latest value, sits under it).
    await onScreen('chart-accuracy');
    // The preset's finding is folded: one line shows, the rest behind "more".
    await expect(page.getByTestId('preset-note').locator('p')).toBeHidden();
  });
}

test('"Start here" opens the first lesson', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/#preset=tiny&backend=wasm');
  await ready(page);
  await page.getByTestId('intro-start-here').click();
  await expect(page.getByTestId('lesson-panel')).toContainText('Why negatives matter');
  expect(new URL(page.url()).hash).toContain('lesson=negatives');
});
