/**
 * "On this page": one button per section below the charts (the settings and the backend are far down
 * a long page). A button scrolls its section's heading to the top and moves the focus there; it is not
 * an anchor link, because the page's hash holds the settings. Sections a lesson hides are left out, as
 * are those that show nothing before the run has arms.
 */

import { isHidden, type PanelId } from '../../formats/view/viewTable';
import { type T, useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';
import { useViewStore } from '../view/viewStore';

interface Section {
  /** The id of the section's heading. */
  heading: string;
  /** The panel a lesson can hide (none: always shown). */
  panel: PanelId | null;
  /** The section renders nothing until the run has arms. */
  needsArms: boolean;
  label: (t: T) => string;
}

const SECTIONS: readonly Section[] = [
  {
    heading: 'explainers-title',
    panel: 'explainers',
    needsArms: true,
    label: (t) => t('explain.explainers'),
  },
  { heading: 'rollout-title', panel: 'rollout', needsArms: true, label: (t) => t('charts.latestRollout') },
  {
    heading: 'labelling-title',
    panel: 'labelling',
    needsArms: false,
    label: (t) => t('labels.labelAnswersYourself'),
  },
  { heading: 'session-title', panel: 'session', needsArms: false, label: (t) => t('session.session') },
  { heading: 'settings-title', panel: 'settings', needsArms: false, label: (t) => t('controls.settings') },
  { heading: 'backend-title', panel: 'engine', needsArms: false, label: (t) => t('controls.backendTitle') },
  { heading: 'lessons-title', panel: null, needsArms: false, label: (t) => t('page.lessons') },
];

/** Scrolls the heading `id` to the top of the window and focuses it (it has tabIndex -1). */
function goTo(id: string): void {
  const heading = document.getElementById(id);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

export function PageNav() {
  const t = useT();
  const view = useViewStore((s) => s.view);
  const hasArms = useRunStore((s) => s.arms.length > 0);
  const shown = SECTIONS.filter((s) => !(s.panel && isHidden(view, s.panel)) && (hasArms || !s.needsArms));
  return (
    <nav className="page-nav" aria-label={t('controls.page')} data-testid="page-nav">
      <span className="help">{t('controls.page')}:</span>
      {shown.map((s) => (
        <button
          key={s.heading}
          type="button"
          className="link"
          data-testid={`go-${s.heading.replace(/-title$/, '')}`}
          onClick={() => goTo(s.heading)}
        >
          {s.label(t)}
        </button>
      ))}
    </nav>
  );
}
