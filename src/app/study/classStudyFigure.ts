/**
 * Which of the study's figures the class view shows beside the pooled interval (pure): the point at the
 * room's training settings, if the study has one and it is a finding; "pending" (no number) while that
 * point lacks planned seeds; "missing" (the not-run message) while the data file does not exist and the
 * room compares NFT with RFT on a preset the study covers; otherwise nothing.
 */
import { parseHash } from '../../formats/settings/hash';
import { type IntervalFigure, type StudyPoint, studyPointFor } from '../../formats/study/dataFile';
import type { StudyState } from './studyData';

export type StudyFigure =
  | { state: 'missing' }
  | { state: 'none' }
  | { state: 'pending'; n: number; planned: number }
  | { state: 'found'; figure: IntervalFigure; point: StudyPoint };

export function classStudyFigure(
  study: StudyState,
  roomSettings: string | undefined,
  metric: 'greedy' | 'sampled',
): StudyFigure {
  if (roomSettings === undefined || study.state === 'loading') return { state: 'none' };
  const settings = parseHash(roomSettings).settings;
  if (study.state === 'missing') {
    const pair = settings.methods.includes('nft') && settings.methods.includes('rft');
    return pair && settings.preset !== 'tiny' ? { state: 'missing' } : { state: 'none' };
  }
  const point = studyPointFor(study.data, settings);
  if (!point) return { state: 'none' };
  if (!point.finding) return { state: 'pending', n: point[metric].n, planned: point.planned };
  return { state: 'found', figure: point[metric], point };
}
