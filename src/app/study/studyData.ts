/**
 * The study's data file (public/studies/<plan>.json, written by `study-report --write`), fetched once
 * from the page's own origin. Missing until someone with the compute runs the plan: then the page says
 * so and gives the command (STUDY_COMMANDS), and shows no number of the study.
 */
import { useEffect, useState } from 'react';
import {
  type PublishedPlan,
  readStudyData,
  type StudyData,
  studyDataPath,
} from '../../formats/study/dataFile';

export type StudyState =
  | { state: 'loading' }
  | { state: 'missing'; why: string }
  | { state: 'ready'; data: StudyData };

const loads = new Map<PublishedPlan, Promise<StudyState>>();

async function load(plan: PublishedPlan): Promise<StudyState> {
  try {
    const res = await fetch(`${import.meta.env.BASE_URL}${studyDataPath(plan)}`, { cache: 'no-cache' });
    if (!res.ok) return { state: 'missing', why: `HTTP ${res.status}` };
    const read = readStudyData(await res.json());
    return 'problem' in read ? { state: 'missing', why: read.problem } : { state: 'ready', data: read };
  } catch (e) {
    // A missing file on a server that answers every path with the page (JSON.parse fails), or offline.
    return { state: 'missing', why: (e as Error).message };
  }
}

/** The plan's data file, loaded once per page (every component that asks shares the one fetch). */
export function useStudyData(plan: PublishedPlan): StudyState {
  const [state, setState] = useState<StudyState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    let p = loads.get(plan);
    if (!p) {
      p = load(plan);
      loads.set(plan, p);
    }
    void p.then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [plan]);
  return state;
}
