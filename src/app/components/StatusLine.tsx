import type { Phase } from '../useDemoRun';

export function StatusLine({ phase }: { phase: Phase }) {
  return (
    <p className="status">
      Status: <span data-testid="status">{phase}</span>
    </p>
  );
}
