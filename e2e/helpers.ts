import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';

/** Waits until the run is configured (status idle) or the page shows an error; fails with its text. */
export async function ready(page: Page): Promise<void> {
  const error = page.getByTestId('error');
  const idle = page.locator('[data-testid="status"][data-phase="idle"]');
  await expect(idle.or(error).first()).toBeVisible();
  if (await error.isVisible())
    throw new Error(`the page shows an error: ${(await error.textContent()) ?? ''}`);
}

/** Waits for the worker to stop (paused or done) with at least `n` completed iterations. */
export async function reachIteration(page: Page, n: number): Promise<void> {
  await expect
    .poll(async () => Number(await page.getByTestId('iteration').textContent()), { timeout: 600_000 })
    .toBeGreaterThanOrEqual(n);
}

/** Presses Step (S) and waits for the run to pause with `n` completed iterations. */
export async function stepTo(page: Page, n: number): Promise<void> {
  await page.keyboard.press('s');
  await reachIteration(page, n);
  expect(await settled(page)).toBe('paused');
}

export async function settled(page: Page): Promise<string> {
  const status = page.getByTestId('status');
  await expect(status).toHaveAttribute('data-phase', /^(paused|done|error)$/, { timeout: 600_000 });
  const text = (await status.getAttribute('data-phase')) ?? '';
  if (text === 'error')
    throw new Error(`run failed: ${(await page.getByTestId('error').textContent()) ?? ''}`);
  return text;
}

export const CHART_METRICS = ['accuracy', 'loss', 'entropy', 'answers'] as const;

/** Number of points each arm has on each chart. */
export async function chartPoints(page: Page, arms: readonly string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const m of CHART_METRICS)
    for (const a of arms)
      out[`${m}-${a}`] = Number(await page.getByTestId(`chart-${m}-${a}`).getAttribute('data-points'));
  return out;
}

/** Seconds since `t0`, for the timings the tests print. */
export const since = (t0: number) => ((Date.now() - t0) / 1000).toFixed(1);

/** The metrics CSV the page exports (button "Export CSV"), as lines, header first. */
export async function csvLines(page: Page): Promise<string[]> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  return (await readFile(await file.path(), 'utf8')).split('\r\n').filter((l) => l !== '');
}

/** One CSV line's cells (RFC 4180: quoted cells may hold commas and doubled quotes). */
export function csvCells(line: string): string[] {
  const cells: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (const m of line.matchAll(re)) {
    const raw = m[1];
    cells.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (m[2] === '') break;
  }
  return cells;
}

/**
 * Nothing exported before is lost after (same header): every row (arm, iteration) is still there with
 * every cell it had. A row may gain cells: an iteration whose evaluation was still running when `before`
 * was taken has it afterwards.
 */
export function expectKeptRows(before: string[], after: string[]): void {
  expect(after[0]).toBe(before[0]);
  const header = csvCells(before[0]);
  const [arm, iteration] = [header.indexOf('arm'), header.indexOf('iteration')];
  const rows = new Map(
    after
      .slice(1)
      .map((l) => csvCells(l))
      .map((c) => [`${c[arm]}@${c[iteration]}`, c]),
  );
  for (const line of before.slice(1)) {
    const cells = csvCells(line);
    const later = rows.get(`${cells[arm]}@${cells[iteration]}`);
    expect(later, line).toBeDefined();
    const kept = cells.map((c, i) => (c === '' ? '' : later?.[i]));
    expect(kept, line).toEqual(cells);
  }
}
