import { STUDY_COMMANDS } from '../../formats/study/dataFile';
import { useT } from '../i18n/t';

/** Said where the study's numbers would be, until its data file exists: no number, and the command. */
export function NotRun() {
  const t = useT();
  return (
    <p className="study-not-run" data-testid="study-not-run">
      {t('study.studyHasNot')} <code translate="no">{STUDY_COMMANDS['noise-dose']}</code>
    </p>
  );
}
