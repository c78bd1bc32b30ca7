import { describe, expect, it } from 'vitest';
import { META_CSP, SECURITY_HEADERS, securityHeadersPlugin } from './securityHeaders';

describe('the security headers', () => {
  it('a strict policy: own origin only, no eval or inline script, wasm compiles, never framed', () => {
    for (const csp of [META_CSP, SECURITY_HEADERS['Content-Security-Policy']]) {
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' blob:");
      expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'|\*|https?:/);
    }
    expect(META_CSP).not.toContain('frame-ancestors'); // ignored in a <meta>, and Chromium warns
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });

  it('writes the <meta> first in <head> of the built page only, not the dev server’s', () => {
    const hook = securityHeadersPlugin().transformIndexHtml as {
      handler: (html: string, ctx: { server?: unknown }) => string;
    };
    const html = '<html><head><title>x</title></head></html>';
    expect(hook.handler(html, {})).toMatch(
      /^<html><head>\n {4}<meta http-equiv="Content-Security-Policy" content="default-src 'self';[^"]+" \/><title>/,
    );
    expect(hook.handler(html, { server: {} })).toBe(html);
  });
});
