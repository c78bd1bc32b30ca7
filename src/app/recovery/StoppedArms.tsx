/**
 * Arms that stopped because their loss or gradient became NaN or infinite (engine/train/divergence.ts):
 * said once, above the charts, while the other arms go on training.
 */
import { useShallow } from 'zustand/react/shallow';
import { diverged } from '../../engine/train/divergence';
import { useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';

export function StoppedArms() {
  const t = useT();
  const stopped = useRunStore(
    useShallow((s) => s.arms.filter((a) => diverged(a)).map((a) => `${a.name}@${a.iterations.length}`)),
  );
  if (stopped.length === 0) return null;
  return (
    <div role="alert" className="warning" data-testid="stopped-arms">
      {stopped.map((s) => {
        const [arm, n] = s.split('@');
        return <p key={s}>{t('faults.armStopped', { arm, n })}</p>;
      })}
    </div>
  );
}
