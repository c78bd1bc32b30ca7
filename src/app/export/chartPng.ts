/**
 * One metric's chart (every arm on one, or every arm's panel) as a PNG: each recharts SVG is
 * cloned with its computed styles written inline (as an image it no longer sees the page's CSS),
 * loaded as an <img> from a same-origin blob URL (no request leaves the page, and the canvas stays
 * readable), and drawn with a title and a legend on a white canvas at 2x. A library (html-to-image
 * and the like) would do the same cloning for arbitrary HTML; for plain SVG this is shorter than its
 * set-up, and it adds no dependency.
 */

import type { MsgId } from '../i18n/t';
import { pageT } from './pageLang';
import { FONTS, type LegendEntry, layoutChartImage, type PanelSize, SWATCH, SWATCH_GAP } from './pngLayout';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What recharts' look depends on; the rest (layout, transforms) lives in attributes. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** The recharts surface of the chart in the <figure> of test id `testId` (chart-accuracy, chart-accuracy-nft). */
export function chartSvg(testId: string): SVGSVGElement | null {
  const figure = document.querySelector(`figure[data-testid="${CSS.escape(testId)}"]`);
  return figure?.querySelector<SVGSVGElement>('.series-chart svg.recharts-surface') ?? null;
}

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  return {
    width: box.width || Number(svg.getAttribute('width')) || 300,
    height: box.height || Number(svg.getAttribute('height')) || 150,
  };
}

/** Standalone SVG markup that looks like the page's, drawn at `scale` times its size. */
export function inlinedSvg(svg: SVGSVGElement, scale: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const computed = getComputedStyle(el);
    const style = (to[i] as SVGElement).style;
    for (const p of STYLE_PROPS) {
      const v = computed.getPropertyValue(p);
      if (v) style.setProperty(p, v);
    }
  });
  const { width, height } = svgSize(svg);
  // A CSS size (recharts may set width: 100%) would beat the attributes below.
  clone.style.removeProperty('width');
  clone.style.removeProperty('height');
  clone.setAttribute('xmlns', SVG_NS);
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('width', String(width * scale));
  clone.setAttribute('height', String(height * scale));
  return new XMLSerializer().serializeToString(clone);
}

async function svgImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export interface ChartPanel {
  name: string;
  colour: string;
  svg: SVGSVGElement;
}

/** `title`: the metric's English title (series.ts), drawn in the page's language. */
export async function chartRowPng(
  title: MsgId,
  subtitle: string,
  legend: readonly LegendEntry[],
  panels: readonly ChartPanel[],
  scale = 2,
): Promise<Blob> {
  if (panels.length === 0) throw new Error('no chart to export');
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser gives no 2D canvas');
  const measure = (text: string, font: string) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  const sizes: PanelSize[] = panels.map((p) => ({ name: p.name, colour: p.colour, ...svgSize(p.svg) }));
  const images = await Promise.all(panels.map((p) => svgImage(inlinedSvg(p.svg, scale))));
  const layout = layoutChartImage(pageT(title), subtitle, legend, sizes, measure);

  canvas.width = Math.ceil(layout.width * scale);
  canvas.height = Math.ceil(layout.height * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#1b1b1f';
  ctx.font = FONTS.title;
  ctx.fillText(layout.title.text, layout.title.x, layout.title.y);
  if (layout.subtitle) {
    ctx.fillStyle = '#5b5b63';
    ctx.font = FONTS.subtitle;
    ctx.fillText(layout.subtitle.text, layout.subtitle.x, layout.subtitle.y);
  }
  ctx.font = FONTS.legend;
  ctx.lineWidth = 3;
  for (const item of layout.legend) {
    ctx.strokeStyle = item.colour;
    ctx.setLineDash(item.dash ? item.dash.split(/[\s,]+/).map(Number) : []);
    ctx.beginPath();
    ctx.moveTo(item.x, item.y - 4);
    ctx.lineTo(item.x + SWATCH, item.y - 4);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = '#1b1b1f';
    ctx.fillText(item.text, item.x + SWATCH + SWATCH_GAP, item.y);
  }
  ctx.font = FONTS.label;
  layout.panels.forEach((at, i) => {
    ctx.fillStyle = panels[i].colour;
    ctx.fillText(at.label.text, at.label.x, at.label.y);
    ctx.drawImage(images[i], at.x, at.y, sizes[i].width, sizes[i].height);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas made no PNG'))), 'image/png'),
  );
}
