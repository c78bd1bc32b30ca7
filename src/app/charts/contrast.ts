/**
 * Text in an arm's colour must stay readable: WCAG contrast ratios, and a colour darkened just enough to
 * reach 4.5:1 on the page's background (lines and swatches keep the full colour). Pure, no React.
 */

export const PAGE_BACKGROUND = '#fafafa';
export const TEXT_CONTRAST = 4.5;

const channels = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

/** Relative luminance of a #rrggbb colour (WCAG 2). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `colour` itself when it reads on `background`, else the lightest darker shade of it that does. */
export function readable(colour: string, background = PAGE_BACKGROUND, ratio = TEXT_CONTRAST): string {
  if (!/^#[0-9a-f]{6}$/i.test(colour)) return colour;
  let out = colour;
  for (let f = 1; contrast(out, background) < ratio && f > 0; f -= 0.02)
    out = `#${channels(colour)
      .map((c) =>
        Math.round(c * f)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
  return out;
}
