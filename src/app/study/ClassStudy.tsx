/**
 * The study's interval beside the class view's pooled one, where the room's settings have a point in
 * the study (the same training settings; formats/study/dataFile.ts studyPointFor). Until the study's
 * data file exists, the class view says so (and gives the command) for a room of NFT against RFT.
 */
import { useT } from '../i18n/t';
import { classStudyFigure, type StudyFigure } from './classStudyFigure';
import { NotRun } from './NotRun';
import { useStudyData } from './studyData';
import { notFindingText, rangeText } from './studyText';

export type { StudyFigure };

/** The study's figure for a room's settings (its link hash) and metric, from the data file's state. */
export function useClassStudy(roomSettings: string | undefined, metric: 'greedy' | 'sampled'): StudyFigure {
  const study = useStudyData('noise-dose');
  const t = useT();
  const figure = classStudyFigure(study, roomSettings, metric);
  return figure.state === 'found' && figure.point
    ? { ...figure, note: notFindingText(t, figure.point) }
    : figure;
}

export function ClassStudyLine({ study }: { study: StudyFigure }) {
  const t = useT();
  if (study.state === 'none') return null;
  if (study.state === 'missing')
    return (
      <div className="class-study" data-testid="class-study" data-state="missing">
        <NotRun />
      </div>
    );
  return (
    <p
      className="class-study"
      data-testid="class-study"
      data-state="found"
      data-low={study.figure.low ?? ''}
      data-high={study.figure.high ?? ''}
    >
      {t('study.studyThese', { range: rangeText(t, study.figure) })} {study.note}
    </p>
  );
}
