import { useEffect } from 'react';
import { useT } from '../i18n/t';
import { startPerfProbe, usePerfStore } from './probe';

const seconds = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(2)} s`);

/** The page's own performance while it trains: long tasks, time to the first point, iterations per second. */
export function PerfPanel() {
  useEffect(startPerfProbe, []);
  const p = usePerfStore();
  const t = useT();
  return (
    <details className="perf" data-testid="perf">
      <summary>{t('charts.performance')}</summary>
      <dl>
        <dt>{t('charts.longTasks')}</dt>
        <dd data-testid="perf-longtasks" data-max-ms={Math.round(p.longTaskMaxMs)}>
          {p.longTasks}
          {p.longTasks > 0 && t('charts.longestMs', { ms: Math.round(p.longTaskMaxMs) })}
        </dd>
        <dt>{t('charts.pageLoad')}</dt>
        <dd data-testid="perf-first-point-ms" data-ms={p.firstPointMs ?? ''}>
          {seconds(p.firstPointMs)}
        </dd>
        <dt>{t('charts.iterations', { backend: p.backend ?? '…' })}</dt>
        <dd data-testid="perf-its" data-its={p.itPerSec ?? ''}>
          {p.itPerSec === null
            ? '–'
            : t('charts.rateNTime', {
                rate: p.itPerSec.toFixed(2),
                n: p.iterations,
                time: seconds(p.runningMs),
              })}
        </dd>
        <dt>{t('charts.chartUpdates')}</dt>
        <dd data-testid="perf-chart-rate">{p.chartUpdatesPerSec?.toFixed(1) ?? '–'}</dd>
      </dl>
    </details>
  );
}
