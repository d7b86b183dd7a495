// Headers every response of `npm start` carries: a Content-Security-Policy the built app runs under,
// no framing by other pages, no MIME sniffing and no referrer sent on.

/** Where the app may connect by default: itself, and any model server the trainee names in Settings. */
export const DEFAULT_CONNECT_SRC = "'self' http: https:";

/** The environment variable that narrows `connect-src`, e.g. to `'self'` when only the team proxy is used. */
export const CONNECT_SRC_VARIABLE = 'DIALED_IN_CONNECT_SRC';

/** The Content-Security-Policy for the built app; `connectSrc` lists where it may fetch from. */
export function contentSecurityPolicy(connectSrc: string = DEFAULT_CONNECT_SRC): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // React and framer-motion set styles through the style object (CSSOM), which style-src does not govern.
    "style-src 'self'",
    // The favicon is an inline SVG.
    "img-src 'self' data:",
    `connect-src ${connectSrc.replace(/[;\r\n]/g, ' ').trim() || "'self'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** All the security headers, for `startServer`. */
export function securityHeaders(connectSrc?: string): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(connectSrc),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  };
}
