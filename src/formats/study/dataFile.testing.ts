/**
 * Study data files for tests (unit and e2e): made-up intervals at given settings, never shipped. The
 * page's reader (readStudyData) accepts every file this makes.
 */
import { formatHash } from '../settings/hash';
import type { Settings } from '../settings/table';
import { type IntervalFigure, STUDY_DATA_FORMAT, STUDY_DATA_VERSION, type StudyData } from './dataFile';

/** A figure on 15 seeds: mean ± half, NFT ahead on `ahead` of them, RFT on the rest. */
export function fixtureFigure(mean: number, half: number, ahead = 10): IntervalFigure {
  return { n: 15, mean, low: mean - half, high: mean + half, aAhead: ahead, bAhead: 15 - ahead, ties: 0 };
}

/** A data file with one point per entry, each at its settings (labelNoise and verifier from them). */
export function fixtureData(
  points: { config: string; settings: Settings; greedy: IntervalFigure; sampled: IntervalFigure }[],
): StudyData {
  return {
    format: STUDY_DATA_FORMAT,
    version: STUDY_DATA_VERSION,
    plan: 'noise-dose',
    planHash: 'a test fixture',
    generated: '2026-12-03T00:00:00.000Z',
    command: 'a test fixture',
    a: 'nft',
    b: 'rft',
    points: points.map((p) => ({
      config: p.config,
      settings: formatHash(p.settings),
      labelNoise: p.settings.labelNoise,
      verifier: p.settings.verifier,
      planned: 15,
      finding: true,
      greedy: p.greedy,
      sampled: p.sampled,
    })),
  };
}
