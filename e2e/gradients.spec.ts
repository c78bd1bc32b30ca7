import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { ready, since, stepTo } from './helpers';

// The tiny preset on two short levels, on wasm, with a 4-rollout gradient study at every evaluation.
const ROLLOUTS = 4;
const SEED = 3;
const LINK = `#preset=tiny&methods=nft,rft&mix=add1,add2&seed=${SEED}&backend=wasm&gradRollouts=${ROLLOUTS}`;
const STUDIED = ['nft', 'rft', 'rft:one'];

interface CliStudy {
  study: { rollouts: number; methods: { name: string; snr: number | null }[]; cosine: number[][] };
}

/** The CLI's study for the same settings, in Node on wasm (what the page should show at iteration 0). */
async function cliStudy(): Promise<CliStudy> {
  const args = ['tsx', 'src/cli/main.ts', 'gradients', '--preset', 'tiny', '--mix', 'add1,add2'];
  args.push('--seed', String(SEED), '--methods', 'nft,rft', '--rollouts', String(ROLLOUTS), '--json');
  const { stdout } = await promisify(execFile)('npx', args, { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as CliStudy;
}

/** a and b agree to 3 significant digits of b: within half a unit of b's third digit. */
function expectSame3(a: number, b: number, what: string): void {
  const unit = b === 0 ? 1e-3 : 10 ** (Math.floor(Math.log10(Math.abs(b))) - 2);
  expect(Math.abs(a - b), `${what}: page ${a}, CLI ${b}`).toBeLessThanOrEqual(unit / 2);
}

test("the gradient view: finite numbers, a sentence, entropy vs accuracy; iteration 0 equals the CLI's", async ({
  page,
}) => {
  test.setTimeout(600_000);
  const t0 = Date.now();
  const cli = cliStudy(); // in parallel with the page
  await page.goto(`/${LINK}`);
  await ready(page);
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  await expect(page.locator('input[name=gradRollouts]')).toHaveValue(String(ROLLOUTS)); // the form has it
  const view = page.getByTestId('gradient-view');
  await expect(view).toBeVisible();

  await stepTo(page, 1);
  console.log(`gradients: one step with 2 studies ${since(t0)} s after page load`);

  await test.step('latest study: cosines in [-1, 1], finite SNRs, a sentence', async () => {
    await expect(view.getByTestId('gradient-sentence')).toHaveAttribute('data-iteration', '1');
    await expect(view.getByTestId('gradient-sentence')).toContainText(/direction|part here/);
    for (const a of STUDIED)
      for (const b of STUDIED) {
        const c = Number(await view.getByTestId(`gradient-cos-${a}-${b}`).getAttribute('data-value'));
        expect(Number.isFinite(c), `cos ${a} ${b}`).toBe(true);
        expect(Math.abs(c)).toBeLessThanOrEqual(1 + 1e-6);
      }
    for (const a of STUDIED) {
      const snr = Number(await view.getByTestId(`gradient-snr-${a}`).getAttribute('data-value'));
      expect(Number.isFinite(snr) && snr > 0, `snr ${a} = ${snr}`).toBe(true);
    }
  });

  await test.step('entropy vs accuracy: points for both arms', async () => {
    const chart = page.getByTestId('entropy-accuracy');
    await expect(chart).toHaveAttribute('data-points', '4'); // base + iteration 1, per arm
    for (const a of ['nft', 'rft'])
      await expect(page.getByTestId(`entropy-accuracy-${a}`)).toHaveAttribute('data-points', '2');
  });

  await test.step("iteration 0 shows the CLI's numbers for the same settings (3 significant digits)", async () => {
    await view.getByTestId('gradient-iteration').selectOption('0');
    await expect(view.getByTestId('gradient-latest')).toHaveAttribute('data-iteration', '0');
    const { study } = await cli;
    expect(study.methods.map((m) => m.name)).toEqual(STUDIED);
    const report: string[] = [];
    for (const [i, a] of STUDIED.entries()) {
      const snr = Number(await view.getByTestId(`gradient-snr-${a}`).getAttribute('data-value'));
      report.push(`snr ${a}: page ${snr} CLI ${study.methods[i].snr}`);
      expectSame3(snr, study.methods[i].snr ?? Number.NaN, `snr ${a}`);
      for (const [j, b] of STUDIED.entries()) {
        const c = Number(await view.getByTestId(`gradient-cos-${a}-${b}`).getAttribute('data-value'));
        if (i < j) report.push(`cos ${a} ${b}: page ${c} CLI ${study.cosine[i][j]}`);
        expectSame3(c, study.cosine[i][j], `cos ${a} ${b}`);
      }
    }
    const ms = Number(await view.getByTestId('gradient-latest').getAttribute('data-ms'));
    console.log(
      `${report.join('\n')}\nthe page's iteration-0 study took ${(ms / 1000).toFixed(2)} s in the worker`,
    );
  });
});
