import { expect, type Page, test } from '@playwright/test';
import { ready, stepTo } from './helpers';

// The tiny preset (4 questions x 4 answers) on wasm: the view does not depend on the backend, and wasm
// is the quickest one on a machine without a GPU.
const TINY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&backend=wasm&iterations=10&evalEvery=0';
const K = 4;

interface Shown {
  rHat: number;
  kept: boolean;
  answers: { correct: string | null; mark: string; label: string | null; probs: number[] }[];
}

/** Every question the view shows (all of them: "show all" is opened when there is one). */
async function shownGroups(page: Page): Promise<Shown[]> {
  const showAll = page.getByTestId('rollout-show-all');
  if ((await showAll.count()) > 0 && (await showAll.getAttribute('aria-expanded')) === 'false')
    await showAll.click();
  return page.getByTestId('rollout-group').evaluateAll((groups) =>
    groups.map((g) => ({
      rHat: Number(g.getAttribute('data-rhat')),
      kept: g.getAttribute('data-kept') === 'true',
      answers: [...g.querySelectorAll('[data-testid=rollout-answer]')].map((a) => ({
        correct: a.getAttribute('data-correct'),
        mark: a.querySelector('.mark')?.textContent ?? '',
        label: a.querySelector('.mark')?.getAttribute('aria-label') ?? null,
        probs: [...a.querySelectorAll('[data-testid=rollout-token]')].map((t) =>
          Number(t.getAttribute('data-p')),
        ),
      })),
    })),
  );
}

function checkGroups(groups: Shown[]): void {
  expect(groups.length).toBeGreaterThanOrEqual(4); // the whole first round: M = 4
  for (const g of groups) {
    expect(g.rHat).toBeGreaterThanOrEqual(0);
    expect(g.rHat).toBeLessThanOrEqual(1);
    expect(g.answers).toHaveLength(K);
    const right = g.answers.filter((a) => a.correct === 'true').length;
    expect(g.rHat * K).toBeCloseTo(right, 9);
    // The filter drops exactly the all-right and all-wrong groups.
    if (!g.kept) expect([0, K]).toContain(right);
    for (const a of g.answers) {
      expect(['true', 'false']).toContain(a.correct);
      // Colour is never the only signal: a mark with a label says it too.
      expect(a.mark).toBe(a.correct === 'true' ? '✓' : '✗');
      expect(a.label).toBe(a.correct === 'true' ? 'marked right' : 'marked wrong');
      expect(a.probs.length).toBeGreaterThan(0);
      for (const p of a.probs) {
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
      }
    }
  }
}

test('the latest rollout: answers per question with r_hat, marks and token probabilities, per arm', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto(`/${TINY}`);
  await ready(page);
  const view = page.getByTestId('rollout-view');
  await expect(view).toHaveAttribute('data-arm', 'nft');
  await expect(view).toContainText('No rollout yet');

  await stepTo(page, 1);
  await expect(view).toHaveAttribute('data-iteration', '1');
  const nft = await shownGroups(page);
  checkGroups(nft);
  const kept = nft.filter((g) => g.kept).length;
  await expect(page.getByTestId('rollout-summary')).toContainText(`${kept} kept`);
  // A token's tooltip gives its probability.
  await expect(view.getByTestId('rollout-token').first()).toHaveAttribute('title', /: p = [0-9.e-]+$/);

  await page.getByTestId('rollout-arm-rft').click();
  await expect(view).toHaveAttribute('data-arm', 'rft');
  await expect(page.getByTestId('rollout-arm-rft')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('rollout-arm-nft')).toHaveAttribute('aria-pressed', 'false');
  await expect(view).toHaveAttribute('data-iteration', '1');
  checkGroups(await shownGroups(page));

  await page.getByTestId('rollout-arm-nft').click();
  await expect(view).toHaveAttribute('data-arm', 'nft');
  expect(await shownGroups(page)).toEqual(nft);
});
