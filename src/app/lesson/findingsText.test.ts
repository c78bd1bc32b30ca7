/**
 * Issue 18's rule for every number the app and the docs state as a finding: a text that gives a
 * "x ± y" figure also gives its seed count and "ahead on k of n", and either says it is a pilot (not a
 * finding) or rests on 15 seeds or more. Scans the presets' findings (English and Japanese), the
 * lessons, README.md and docs/study.md above its pilot record, so that a bare claim cannot come back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../engine/train/presets';
import { FINDING_MIN_SEEDS } from '../../formats/study/plan';
import { JA_TABLES } from '../i18n/tables';
import { LESSONS } from './lessons';

const PLUS_MINUS = /\d\s*±\s*\d/;
const AHEAD = /ahead on (\d+|all) of \d+|ahead on all \d+|\d+ シード中 \d+|\d+ シードすべて/;
const PILOT = /\bpilots?\b|not a finding|not findings|パイロット|結論ではありません/i;
const SEEDS = /(\d+) seeds|seeds (\d+)-(\d+)|(\d+) シード|シード (\d+)[-〜](\d+)|(\d+)-seed/g;

/** The most seeds a sentence names (a range "seeds 1-20" counts 20). */
function seedCount(text: string): number | null {
  const counts = [...text.matchAll(SEEDS)].map((m) => {
    if (m[1] ?? m[4] ?? m[7]) return Number(m[1] ?? m[4] ?? m[7]);
    const [a, b] = m[2] ? [m[2], m[3]] : [m[5], m[6]];
    return Number(b) - Number(a) + 1;
  });
  return counts.length ? Math.max(...counts) : null;
}

const sentences = (text: string) => text.replace(/\s+/g, ' ').split(/(?<=\.)\s+|(?<=。)/);

/**
 * What is wrong with a text under the rule (empty: nothing). Each sentence with an "x ± y" must name
 * its seeds and "ahead on k of n" itself; unless the text calls itself a pilot, those seeds must be 15
 * or more.
 */
function findingProblems(text: string): string[] {
  const pilot = PILOT.test(text);
  return sentences(text)
    .filter((s) => PLUS_MINUS.test(s))
    .flatMap((s) => {
      const out: string[] = [];
      const n = seedCount(s);
      if (n === null) out.push('gives a ± figure without its seed count');
      if (!AHEAD.test(s)) out.push('gives a ± figure without "ahead on k of n"');
      if (!pilot && (n ?? 0) < FINDING_MIN_SEEDS)
        out.push(`states a finding on ${n ?? 'an unknown number of'} seeds without calling it a pilot`);
      return out;
    });
}

const paragraphs = (md: string) => md.split(/\n\s*\n/).filter((p) => !p.trimStart().startsWith('|'));

function texts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const p of Object.values(PRESETS)) out.push({ where: `preset ${p.name}`, text: p.finding });
  for (const [name, ja] of Object.entries(JA_TABLES.finding))
    out.push({ where: `preset ${name} (ja)`, text: ja });
  for (const l of LESSONS)
    for (const [lang, t] of Object.entries(l.text))
      out.push({ where: `lesson ${l.id} (${lang})`, text: [t.idea, ...t.steps, t.lookFor].join(' ') });
  for (const p of paragraphs(readFileSync('README.md', 'utf8'))) out.push({ where: 'README.md', text: p });
  const study = readFileSync('docs/study.md', 'utf8');
  const record = study.indexOf('\n## Pilot record');
  expect(record, 'docs/study.md has its "## Pilot record" heading').toBeGreaterThan(0);
  for (const p of paragraphs(study.slice(0, record))) out.push({ where: 'docs/study.md', text: p });
  return out;
}

describe('findings in the app and the docs', () => {
  it('every "x ± y" comes with its seed count and "ahead on k of n", and is a pilot or rests on 15 seeds', () => {
    const bad = texts().flatMap(({ where, text }) =>
      findingProblems(text).map((p) => `${where}: ${p}: ${text.slice(0, 120)}`),
    );
    expect(bad).toEqual([]);
  });

  it('the rule catches the bare claims the app used to make', () => {
    const old =
      'Our study of this preset (50 iterations, wasm): NFT ends ahead of RFT by 6.2 ± 5.0 points of ' +
      'held-out greedy accuracy over seeds 1-5 and by 4.5 ± 4.3 over seeds 6-10, ahead on 9 of the 10 seeds.';
    expect(findingProblems(old)).toEqual([
      'gives a ± figure without "ahead on k of n"',
      'states a finding on 10 seeds without calling it a pilot',
    ]);
    // A plan's 20 seeds named in another sentence do not make a five-seed figure a finding.
    expect(
      findingProblems(
        'NFT led by +6.2 ± 5.0 points on seeds 1-5, ahead on 4 of 5. A 20-seed study will tell.',
      ),
    ).toEqual(['states a finding on 5 seeds without calling it a pilot']);
    expect(findingProblems('NFT led by 6.2 ± 5.0 points.')).toHaveLength(3);
    expect(findingProblems('+2.3 ± 1.1 points over seeds 1-20, NFT ahead on 15 of 20')).toEqual([]);
    expect(findingProblems('a pilot: +2.3 ± 3.2 points over 5 seeds, NFT ahead on 4 of 5')).toEqual([]);
    expect(findingProblems('+2.3 ± 3.2 points over 5 seeds, NFT ahead on 4 of 5')).toHaveLength(1);
  });
});
