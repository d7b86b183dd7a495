// The headers every response of `npm start` carries, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmProxy } from '../../src/server/llmProxy';
import { type RunningServer, startServer } from '../../src/server/startServer';
import { STATIC_ROOT as root } from '../support/staticRoot';

let app: RunningServer;

beforeAll(async () => {
  app = await startServer({ root, port: 0, middleware: [createLlmProxy({ apiKey: 'sk-unused', baseURL: 'http://127.0.0.1:9/v1' })] });
});
afterAll(async () => {
  await app.close();
});

/** The policy's directives by name. */
function directives(policy: string | null): Record<string, string> {
  return Object.fromEntries(
    (policy ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );
}

describe('security headers', () => {
  it.each(['/', '/history', '/assets/missing.js', '/api/llm/config'])('are on %s', async (path) => {
    const response = await fetch(new URL(path, app.url));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp['frame-ancestors']).toBe("'none'");
  });

  it('allow only the app’s own scripts and styles, no plugins and no base-URL tricks', async () => {
    const csp = directives((await fetch(app.url)).headers.get('content-security-policy'));
    expect(csp).toMatchObject({ 'default-src': "'self'", 'script-src': "'self'", 'style-src': "'self'", 'object-src': "'none'", 'base-uri': "'none'" });
    expect(csp['script-src']).not.toMatch(/unsafe/);
    // The app may reach its own proxy and a model server the trainee names in Settings.
    expect(csp['connect-src']).toBe("'self' http: https:");
  });

  it('take a narrower connect-src from the server’s options', async () => {
    const { securityHeaders } = await import('../../src/server/securityHeaders');
    const narrow = await startServer({ root, port: 0, headers: securityHeaders("'self'") });
    try {
      const csp = directives((await fetch(narrow.url)).headers.get('content-security-policy'));
      expect(csp['connect-src']).toBe("'self'");
    } finally {
      await narrow.close();
    }
  });
});
