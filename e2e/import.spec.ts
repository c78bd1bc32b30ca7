import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { csvLines, reachIteration, ready, settled } from './helpers';

// The tiny preset on two short levels, on wasm, evaluated every iteration.
const TINY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&iterations=1000&evalEvery=1&backend=wasm';
const ARMS = ['nft', 'rft'];

async function exportSession(page: Page): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('session-export').click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

const marks = (page: Page) =>
  page.getByTestId('label-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-person-mark')));

/** Everything the page shows of the session: settings (the link), charts, metrics, labels. */
async function state(page: Page) {
  const points: Record<string, string | null> = {};
  for (const m of ['accuracy', 'loss', 'entropy', 'answers'])
    for (const a of ARMS)
      points[`${m}-${a}`] = await page.getByTestId(`chart-${m}-${a}`).getAttribute('data-points');
  return {
    hash: new URL(page.url()).hash,
    iteration: await page.getByTestId('iteration').textContent(),
    points,
    csv: await csvLines(page),
    marks: await marks(page),
  };
}

/** A tiny run with two iterations and three labels. */
async function makeSession(page: Page): Promise<void> {
  await page.goto(`/${TINY}`);
  await ready(page);
  await page.getByTestId('label-sample').click();
  await expect(page.getByTestId('label-card')).toHaveCount(16);
  await expect(page.getByTestId('label-panel')).toBeFocused();
  for (const key of ['c', 'x', 'x']) await page.keyboard.press(key);
  for (const n of [1, 2]) {
    await page.getByTestId('action-step').click();
    await reachIteration(page, n);
    expect(await settled(page)).toBe('paused');
  }
}

async function importText(page: Page, name: string, text: string | Buffer): Promise<void> {
  await page.getByTestId('session-import-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  });
}

test('export a session, import it into a clean profile: the same settings, charts, metrics and labels', async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);
  await makeSession(page);
  const before = await state(page);
  expect(before.marks.slice(0, 3)).toEqual(['right', 'wrong', 'wrong']);
  const file = await exportSession(page);
  expect(file.name).toMatch(/^nft-playground-session-.*Z\.json$/);
  const doc = JSON.parse(file.text);
  expect(doc).toMatchObject({ format: 'nft-playground-session', version: 1 });
  expect(doc.run.completed).toBe(2);
  expect(JSON.stringify(doc)).not.toMatch(/params|optimizer/); // no weights

  const clean = await browser.newContext();
  const other = await clean.newPage();
  await other.goto('/#preset=tiny&seed=9&backend=wasm');
  await ready(other);
  await expect(other.getByTestId('label-card')).toHaveCount(0);
  await importText(other, file.name, file.text);
  await expect(other.getByTestId('session-import-done')).toContainText(
    "the settings, 1 label batch (16 answers) and the run's charts (2 iterations",
  );
  await expect(other.getByTestId('status')).toHaveText('paused'); // 2 of 1000: Play goes on
  expect(await state(other)).toEqual(before);

  // A reload keeps the imported session; Reset trains the same settings again from the base model.
  await other.reload();
  await expect(other.getByTestId('session-note')).toContainText('Reopened the imported session');
  await expect(other.getByTestId('status')).toHaveText('paused'); // 2 of 1000: Play goes on
  expect(await state(other)).toEqual(before);
  await other.getByTestId('action-reset').click();
  await expect(other.getByTestId('status')).toHaveText('idle');
  await expect(other.getByTestId('iteration')).toHaveText('0');
  await clean.close();
});

test('a corrupt, a hostile or too large a file is refused with what is wrong, and nothing is lost', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await makeSession(page);
  const before = await state(page);
  const good = (await exportSession(page)).text;
  // biome-ignore lint/suspicious/noExplicitAny: the test edits arbitrary JSON
  const edited = (edit: (d: Record<string, any>) => void) => {
    const d = JSON.parse(good);
    edit(d);
    return JSON.stringify(d);
  };
  const script = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
  const cases: [string, string | Buffer, string | RegExp][] = [
    ['corrupt.json', good.slice(0, good.length / 2), 'not a JSON file ('],
    [
      'metrics.json',
      '{"format": "nft-playground-metrics", "version": 1}',
      'format: expected "nft-playground-session"',
    ],
    ['future.json', edited((d) => (d.version = 2)), 'the file is version 2'],
    [
      'script.json',
      edited((d) => (d.labels.batches[0].records[0].output = script.repeat(40))),
      'labels.batches[0].records[0].output: expected a string of at most 2000 characters',
    ],
    [
      'huge.json',
      good.replace(/"passAtK":[0-9.e-]+/, '"passAtK":1e400'),
      'run.arms[0].evals[0].eval.passAtK: expected a finite number in 0..1',
    ],
    [
      'types.json',
      edited((d) => (d.run.arms[1].iterations[0].steps = '2')),
      'run.arms[1].iterations[0].steps: expected a whole number',
    ],
    [
      'proto.json',
      good.replace('"records":[{', '"records":[{"__proto__":{"x":1},'),
      '.__proto__: forbidden key',
    ],
    [
      'settings.json',
      edited((d) => (d.settings = '#preset=tiny&lr=<b>x</b>')),
      'settings: lr: must be a number',
    ],
    [
      'big.json',
      Buffer.alloc(21 * 1024 * 1024, 32),
      'the file is 21.0 MB; a session file may be at most 20.0 MB',
    ],
  ];
  const message = page.getByTestId('session-import-error');
  for (const [name, text, expected] of cases) {
    await importText(page, name, text);
    await expect(message, name).toContainText('The file was not imported and nothing was changed: ');
    await expect(message, name).toContainText(expected);
    expect(await state(page), name).toEqual(before);
  }
  // The refusals left the saved session alone too.
  await page.reload();
  await expect(page.getByTestId('status')).toHaveText('paused');
  expect(await state(page)).toEqual(before);

  // Markup in a string of an otherwise good file is text: shown as written, never run.
  await importText(
    page,
    'markup.json',
    edited((d) => (d.labels.batches[0].records[0].output = script)),
  );
  await expect(page.getByTestId('session-import-done')).toBeVisible();
  await expect(page.getByTestId('label-card').first()).toContainText('<script>window.__pwned = 1</script>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main script, main img[src=x]').count()).toBe(0);
});
