/**
 * The presenter view: one metric of every arm filling the screen, large type on black, the latest values
 * as big text above the chart. A modal <dialog> (the page behind is inert); arrow keys switch metric,
 * Esc (or P) leaves. Opened by the Present button, the key P, or ?present[=metric] in the URL.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { SHAPE_NAMES } from '../charts/armStyle';
import { useChartViewDeferred } from '../charts/chartViewStore';
import { LegendKey } from '../charts/LegendKey';
import { METRICS, X_AXES } from '../charts/series';
import { ClassRunButton } from '../classRun/ClassRunButton';
import { useModal } from '../components/useModal';
import { useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';
import { PresenterChart } from './PresenterChart';
import { presentData } from './presentData';
import { presenterKeyFor } from './presenterKeys';
import { closePresenter, switchMetric, toggleLink, usePresentStore } from './presentStore';
import { ShareLink } from './ShareLink';

/** The element's size in CSS pixels, following resizes. */
function useSize(ref: React.RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 800, height: 450 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

function Presenter({ metricId }: { metricId: string }) {
  const arms = useRunStore((s) => s.arms);
  const t = useT();
  const { smoothing, xAxis } = useChartViewDeferred();
  const dialog = useRef<HTMLDialogElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const size = useSize(box);
  const link = usePresentStore((s) => s.link);
  const metric = METRICS.find((m) => m.id === metricId) ?? METRICS[0];
  const data = useMemo(() => presentData(arms, metric, xAxis, smoothing), [arms, metric, xAxis, smoothing]);

  useModal(dialog);

  const onKey = (e: React.KeyboardEvent) => {
    const k = e.altKey || e.ctrlKey || e.metaKey ? null : presenterKeyFor(e.key);
    if (!k) return;
    e.preventDefault();
    k.run();
  };

  return (
    <dialog
      ref={dialog}
      className="presenter"
      aria-labelledby="presenter-title"
      data-testid="presenter"
      data-metric={metric.id}
      onCancel={(e) => {
        e.preventDefault();
        closePresenter();
      }}
      // The browser may close a modal dialog itself (a repeated Esc): the view follows.
      onClose={() => {
        if (!dialog.current?.open) closePresenter();
      }}
      onKeyDown={onKey}
    >
      <div className="presenter-head">
        <h2 id="presenter-title" data-testid="presenter-title">
          {link ? t('charts.linkAttendees') : t(metric.title)}
        </h2>
        <div className="presenter-nav">
          <button type="button" onClick={() => switchMetric(-1)} aria-label={t('charts.previous')}>
            ←
          </button>
          <button type="button" onClick={() => switchMetric(1)} aria-label={t('charts.nextMetric')}>
            →
          </button>
          <button type="button" onClick={toggleLink} aria-pressed={link} data-testid="presenter-link">
            {t('charts.linkAttendees')} <kbd>L</kbd>
          </button>
          <ClassRunButton />
          <button type="button" onClick={closePresenter} data-testid="presenter-close">
            {t('charts.close')} <kbd>Esc</kbd>
          </button>
        </div>
      </div>
      <ul className="presenter-values" data-testid="presenter-values">
        {data.arms.map((a) => (
          <li key={a.name} data-testid={`presenter-value-${a.name}`} data-points={a.rows.length}>
            <LegendKey colour={a.colour} dash={a.dash} shape={a.shape} width={56} size={28} />
            <span className="presenter-arm" style={{ color: a.colour }}>
              {a.name}
            </span>{' '}
            <span className="presenter-big">{a.latest[0].text}</span>
            {a.latest.slice(1).map((l) => (
              <span key={l.label} className="presenter-more">
                {' '}
                {t(l.label)} {l.text}
              </span>
            ))}
            <span className="presenter-more"> ({t(SHAPE_NAMES[a.shape])})</span>
          </li>
        ))}
      </ul>
      <p className="presenter-help">
        {t('charts.bigNumber', {
          line: t(metric.lines[0].label),
        })}
      </p>
      <div className="presenter-chart" ref={box}>
        {link ? (
          <ShareLink width={size.width} height={size.height} />
        ) : (
          <PresenterChart
            data={data}
            metric={metric}
            smoothing={smoothing}
            xTitle={t(X_AXES[xAxis])}
            width={size.width}
            height={size.height}
            integerX={xAxis !== 'seconds'}
          />
        )}
      </div>
    </dialog>
  );
}

/** Mounted once (App.tsx); renders nothing while closed. */
export function PresenterView() {
  const { open, metric } = usePresentStore();
  return open ? <Presenter metricId={metric} /> : null;
}
