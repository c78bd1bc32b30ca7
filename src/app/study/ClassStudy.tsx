/**
 * The study's interval beside the class view's pooled one, where the room's settings have a point in
 * the study (the same training settings; formats/study/dataFile.ts studyPointFor) and that point is a
 * finding; a point still short of its planned seeds gives no number. Until the study's data file exists,
 * the class view says so (and gives the command) for a room of NFT against RFT.
 */
import { useT } from '../i18n/t';
import { classStudyFigure, type StudyFigure } from './classStudyFigure';
import { NotRun } from './NotRun';
import { useStudyData } from './studyData';
import { rangeText } from './studyText';

export type { StudyFigure };

/** The study's figure for a room's settings (its link hash) and metric, from the data file's state. */
export function useClassStudy(roomSettings: string | undefined, metric: 'greedy' | 'sampled'): StudyFigure {
  return classStudyFigure(useStudyData('noise-dose'), roomSettings, metric);
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
  if (study.state === 'pending')
    return (
      <p className="class-study" data-testid="class-study" data-state="pending">
        {t('study.pointPending', { n: study.n, planned: study.planned })}
      </p>
    );
  return (
    <p
      className="class-study"
      data-testid="class-study"
      data-state="found"
      data-low={study.figure.low ?? ''}
      data-high={study.figure.high ?? ''}
    >
      {t('study.studyThese', { range: rangeText(t, study.figure) })}
    </p>
  );
}
