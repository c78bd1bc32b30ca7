/**
 * For tests only (jsQR is a dev dependency; the page never imports this, and as a *.testing.ts file the
 * layering test keeps it so): reads a QR code drawn as shareUrl.ts draws it, one `M{x} {y}h1v1h-1z`
 * square per dark module on a `size`-module side, back into its text, by painting the squares into
 * RGBA pixels (`scale` per module) as a camera would see them.
 */
import jsQR from 'jsqr';

export function readQr(path: string, size: number, scale = 4): string | null {
  const side = size * scale;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const m of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const [x, y] = [Number(m[1]), Number(m[2])];
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < scale; dx++) {
        const i = ((y * scale + dy) * side + x * scale + dx) * 4;
        rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
      }
  }
  return jsQR(rgba, side, side)?.data ?? null;
}
