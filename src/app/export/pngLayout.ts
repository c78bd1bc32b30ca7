/**
 * Where things go on the PNG of one metric's chart: title, subtitle, a legend of the arms (each arm's
 * colour and dash, and its name, wrapping), then the chart (every arm on one) or the arms' panels side
 * by side, each under its name. Pure: text widths
 * come from `measure` (the canvas's measureText in the page, a stub in tests). Units are CSS pixels;
 * the drawing scales them.
 */
import { lineStyle, type MetricDef } from '../charts/series';
import type { MsgId, T } from '../i18n/t';
import { pageT } from './pageLang';

const FAMILY = 'system-ui, sans-serif';
export const FONTS = {
  title: `bold 16px ${FAMILY}`,
  subtitle: `12px ${FAMILY}`,
  legend: `13px ${FAMILY}`,
  label: `bold 12px ${FAMILY}`,
} as const;

export const PAD = 16;
export const SWATCH = 28;
export const SWATCH_GAP = 6;
const LEGEND_GAP = 16;
const LEGEND_LINE = 20;
const PANEL_GAP = 12;
/** Height of an arm's name above its panel. */
const LABEL_H = 18;

export type Measure = (text: string, font: string) => number;

export interface PanelSize {
  /** The arm's name above its panel ('' for the chart of every arm). */
  name: string;
  colour: string;
  width: number;
  height: number;
}

/** An arm in the legend: its name, colour and SVG dash array ('' = solid), as on the page. */
export interface LegendEntry {
  name: string;
  colour: string;
  dash: string;
}

export interface TextAt {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
}

export interface ChartImageLayout {
  width: number;
  height: number;
  title: TextAt;
  subtitle: TextAt | null;
  /** Swatch from x to x + SWATCH at the middle of the line; the name after it. */
  legend: Array<TextAt & { colour: string; dash: string }>;
  panels: Array<{ x: number; y: number; label: TextAt }>;
}

export function layoutChartImage(
  title: string,
  subtitle: string,
  entries: readonly LegendEntry[],
  panels: readonly PanelSize[],
  measure: Measure,
): ChartImageLayout {
  const panelsW = panels.reduce((s, p) => s + p.width, 0) + PANEL_GAP * Math.max(0, panels.length - 1);
  const inner = Math.ceil(
    Math.max(panelsW, measure(title, FONTS.title), subtitle ? measure(subtitle, FONTS.subtitle) : 0),
  );
  let y = PAD + 16;
  const titleAt = { text: title, x: PAD, y };
  let subtitleAt: TextAt | null = null;
  if (subtitle) {
    y += 18;
    subtitleAt = { text: subtitle, x: PAD, y };
  }
  y += LEGEND_LINE + 4;
  const legend: ChartImageLayout['legend'] = [];
  let x = PAD;
  for (const p of entries) {
    const w = SWATCH + SWATCH_GAP + measure(p.name, FONTS.legend);
    if (x > PAD && x + w > PAD + inner) {
      x = PAD;
      y += LEGEND_LINE;
    }
    legend.push({ text: p.name, colour: p.colour, dash: p.dash, x, y });
    x += w + LEGEND_GAP;
  }
  const top = y + 10;
  x = PAD;
  const placed = panels.map((p) => {
    const at = { x, y: top + LABEL_H, label: { text: p.name, x, y: top + 12 } };
    x += p.width + PANEL_GAP;
    return at;
  });
  const tallest = panels.reduce((h, p) => Math.max(h, p.height), 0);
  return {
    width: PAD * 2 + inner,
    height: Math.ceil(top + LABEL_H + tallest + PAD),
    title: titleAt,
    subtitle: subtitleAt,
    legend,
    panels: placed,
  };
}

/**
 * What the page's row heading says (line styles, x axis), and how the lines are smoothed; in the page's
 * language unless `t` says otherwise (xLabel: the English name of the x axis, series.ts X_AXES).
 */
export function rowSubtitle(
  metric: Pick<MetricDef, 'lines'>,
  xLabel: MsgId,
  smoothing: number,
  t: T = pageT,
): string {
  const styles = metric.lines
    .map((l) => `${t(l.label)} ${t(lineStyle(l).name)}`)
    .join(t('charts.listSeparator'));
  const smooth = smoothing > 0 ? ` · ${t('charts.boldEMAS', { s: smoothing.toFixed(2) })}` : '';
  return `${metric.lines.length > 1 ? `${styles} · ` : ''}x: ${t(xLabel)}${smooth}`;
}
