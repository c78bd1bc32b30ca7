import { readFile } from 'node:fs/promises';
import { type Download, expect, type Page, test } from '@playwright/test';
import { parquetReadObjects } from 'hyparquet';
import { ready } from './helpers';

// The tiny preset on wasm: K = 4 answers per question.
const TINY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=5&backend=wasm';

async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { file, bytes: await readFile(await file.path()) };
}

test('label answers, export them for verl, and the files hold the marks the cards show', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto(`/${TINY}`);
  await ready(page);
  const parquetButton = page.getByTestId('verl-parquet');
  const jsonlButton = page.getByTestId('verl-jsonl');
  const settingsButton = page.getByTestId('verl-settings');
  for (const b of [parquetButton, jsonlButton, settingsButton]) await expect(b).toBeDisabled();
  await expect(page.getByTestId('verl-reason')).toHaveText(/No labelled answers yet/);

  await page.getByTestId('label-sample').click();
  const cards = page.getByTestId('label-card');
  await expect(cards).toHaveCount(16); // 4 questions x K = 4
  const panel = page.getByTestId('label-panel');
  await expect(panel).toBeFocused();
  // Flip the verifier on the first answer, confirm it on the second, mark the third right and the fourth
  // wrong; leave the rest to the verifier (no person's mark).
  const verifier = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-verifier-mark')));
  await page.keyboard.press(verifier[0] === 'right' ? 'x' : 'c');
  await page.keyboard.press('Enter');
  await page.keyboard.press('c');
  await page.keyboard.press('x');
  await expect(cards.nth(3)).toHaveAttribute('data-person-mark', 'wrong');
  const person = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-person-mark')));
  expect(person.slice(0, 4)).toEqual([
    verifier[0] === 'right' ? 'wrong' : 'right',
    verifier[1],
    'right',
    'wrong',
  ]);
  expect(person.slice(4).every((m) => m === '')).toBe(true);
  await expect(page.getByTestId('verl-reason')).toHaveCount(0);

  // What the cards say, in the cards' order (question by question, as the batch's records).
  const asBool = (m: string | null) => (m === '' || m === null ? null : m === 'right');
  const expected = verifier.map((v, i) => ({
    verifier: asBool(v),
    person: asBool(person[i]),
    mark: asBool(person[i]) ?? asBool(v),
  }));

  const pq = await download(page, () => parquetButton.click());
  expect(pq.file.suggestedFilename()).toBe('labels.parquet');
  expect(pq.bytes.subarray(0, 4).toString('latin1')).toBe('PAR1');
  const rows = await parquetReadObjects({ file: new Uint8Array(pq.bytes).buffer });
  expect(rows).toHaveLength(16);
  expect(
    rows.map((r) => ({
      verifier: r.extra_info.verifier_mark,
      person: r.extra_info.person_mark,
      mark: r.extra_info.mark,
    })),
  ).toEqual(expected);
  for (const r of rows) {
    expect(r.data_source).toBe('nft-playground/arithmetic');
    expect(r.prompt).toEqual([{ role: 'user', content: r.extra_info.question }]);
    expect(r.reward_model.style).toBe('rule');
    expect(r.extra_info.model).toBe('base');
  }
  // The questions and answers are the cards' own.
  const cardText = await cards.allTextContents();
  rows.forEach((r, i) => {
    expect(cardText[i]).toContain(
      `answer ${Number(r.extra_info.answer_index) + 1} to ${r.extra_info.question}:`,
    );
    expect(cardText[i]).toContain(String(r.extra_info.answer));
  });
  const questionsShown = await panel.locator('.label-question code').allTextContents();
  for (const r of rows) expect(questionsShown).toContain(r.extra_info.question);

  const jl = await download(page, () => jsonlButton.click());
  expect(jl.file.suggestedFilename()).toBe('labels.jsonl');
  const lines = jl.bytes
    .toString('utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines).toHaveLength(16);
  expect(lines.map((r) => r.extra_info.record_id)).toEqual(rows.map((r) => r.extra_info.record_id));
  expect(lines.map((r) => r.extra_info.answer)).toEqual(rows.map((r) => r.extra_info.answer));
  expect(
    lines.map((r) => ({
      verifier: r.extra_info.verifier_mark,
      person: r.extra_info.person_mark,
      mark: r.extra_info.mark,
    })),
  ).toEqual(expected);

  const st = await download(page, () => settingsButton.click());
  expect(st.file.suggestedFilename()).toBe('verl-settings.json');
  const settings = JSON.parse(st.bytes.toString('utf8'));
  expect(settings.format).toBe('nft-playground-verl-settings');
  expect(settings.methods.map((m: { method: string }) => m.method)).toEqual(['nft', 'rft']);
  const nft = settings.methods[0].overrides;
  expect(nft['data.train_files']).toBe('labels.parquet');
  expect(nft['actor_rollout_ref.rollout.n']).toBe(4);
  expect(nft['data.train_batch_size']).toBe(4);
  expect(settings.methods[1].overrides['actor_rollout_ref.neg_weight']).toBe(0);
});
