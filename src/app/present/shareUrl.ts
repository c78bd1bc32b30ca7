/**
 * The link attendees open from the presenter view (as text and as a QR code): this page's address with
 * the settings and the view in its hash, without the query that opens the presenter view or the fault
 * buttons. Pure, so the tests can check it without a page.
 */
import { encode } from 'uqr';

/** Queries that are about this screen, not about the run or the lesson. */
const SCREEN_ONLY = ['present', 'debug'];

export function shareUrl(href: string): string {
  const url = new URL(href);
  for (const key of SCREEN_ONLY) url.searchParams.delete(key);
  return url.toString();
}

/** An address that only this computer can open (attendees' devices cannot). */
export function isLocalOnly(href: string): boolean {
  const host = new URL(href).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\./.test(host);
}

/**
 * A plain-http address other devices can open: their browsers give it no WebGPU (and no offline copy),
 * so the page runs there on WebGL or WebAssembly.
 */
export function isPlainHttpRemote(href: string): boolean {
  return new URL(href).protocol === 'http:' && !isLocalOnly(href);
}

export interface QrShape {
  /** Modules per side, the quiet zone included. */
  size: number;
  /** One square per dark module, as an SVG path in module units. */
  path: string;
}

/**
 * The QR code of `text` (error correction M: a projected code photographed at an angle still reads),
 * with the 4-module quiet zone the standard asks for.
 */
export function qrShape(text: string): QrShape {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  const parts: string[] = [];
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) if (data[y][x]) parts.push(`M${x} ${y}h1v1h-1z`);
  return { size, path: parts.join('') };
}
