/**
 * "Start a class run", in the presenter view. Shown working only where the page's server has class rooms
 * (npm run workshop); on a static host it is off and says why. Opens the class view over the presenter view.
 */
import { useEffect } from 'react';
import { useT } from '../i18n/t';
import { ClassView } from './ClassView';
import { useClassRunStore } from './classRunStore';
import { checkClassRooms, startClassRun } from './presenter';

export function ClassRunButton() {
  const t = useT();
  const available = useClassRunStore((s) => s.available);
  const viewOpen = useClassRunStore((s) => s.viewOpen);
  useEffect(() => {
    void checkClassRooms();
  }, []);
  const off = available !== true;
  return (
    <>
      <button
        type="button"
        onClick={() => void startClassRun()}
        disabled={off}
        aria-describedby={available === false ? 'class-run-off' : undefined}
        data-testid="class-run-start"
      >
        {t('classRun.startClass')}
      </button>
      {available === false && (
        <span id="class-run-off" className="class-run-off" data-testid="class-run-off">
          {t('classRun.classRuns')}
        </span>
      )}
      {viewOpen && <ClassView />}
    </>
  );
}
