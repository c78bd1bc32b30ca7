/**
 * The page's Content-Security-Policy and the other security headers, in one place: written as a <meta>
 * into the built index.html, and sent as headers by the preview and workshop servers (`vite preview`,
 * `npm run workshop`), where `frame-ancestors` and `nosniff` take effect (a <meta> cannot carry them).
 * The development server sends only those two: its React refresh preamble is an inline script.
 */
import type { Plugin } from 'vite';

/**
 * Everything comes from the app's own origin; nothing is fetched elsewhere, framed or posted.
 * - 'wasm-unsafe-eval': the WebAssembly backend compiles its .wasm binary (WebAssembly.instantiate),
 *   which a CSP without it refuses; it allows no JavaScript eval.
 * - blob: in script-src and worker-src: tfjs's threaded WebAssembly build starts its pthread workers from
 *   a blob: URL and has them importScripts() its glue code as a blob: (emscripten's
 *   mainScriptUrlOrBlob); without it the threaded backend cannot start and falls back or fails.
 * - data: images: the favicon is `data:,`; blob: and data: images: a chart's PNG is drawn from an SVG
 *   image on a canvas.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval' blob:",
  'worker-src': "'self' blob:",
  'connect-src': "'self'",
  'img-src': "'self' data: blob:",
  'style-src': "'self'",
  'font-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

const policy = (d: Readonly<Record<string, string>>) =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/** The policy as a <meta> carries it (frame-ancestors is ignored there, so it is left out). */
export const META_CSP = policy(CSP_DIRECTIVES);

/** The headers of the servers that serve the built app. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': policy({ ...CSP_DIRECTIVES, 'frame-ancestors': "'none'" }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The development server's: no script policy (see above), but never framed, never sniffed. */
export const DEV_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
};

/** The meta element, placed first in <head> so that it covers every script and style after it. */
export const META_TAG = `<meta http-equiv="Content-Security-Policy" content="${META_CSP}" />`;

type Middlewares = {
  use: (
    f: (req: unknown, res: { setHeader: (k: string, v: string) => void }, next: () => void) => void,
  ) => void;
};

const sendHeaders = (headers: Readonly<Record<string, string>>) => (server: { middlewares: Middlewares }) => {
  server.middlewares.use((_req, res, next) => {
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    next();
  });
};

/** The Vite plugin: the <meta> in the built index.html, the headers on the preview and dev servers. */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'nft-playground-security-headers',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => (ctx.server ? html : html.replace(/<head>/, `<head>\n    ${META_TAG}`)),
    },
    configurePreviewServer: sendHeaders(SECURITY_HEADERS),
    configureServer: sendHeaders(DEV_HEADERS),
  };
}
