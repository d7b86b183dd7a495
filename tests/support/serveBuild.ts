import { resolve } from 'node:path';
import { startServer, type Middleware } from '../../src/server/startServer';
import { assertFreshBuild } from './assertFreshBuild';

/** The built app served on 127.0.0.1 at a free port. */
export interface ServedBuild {
  url: string;
  close(): Promise<void>;
}

/** Serves dist/ (built by `npm test` before the tests run); fails, saying to run `npx vite build`, if it is missing or stale. */
export async function serveBuild(options: { root?: string; middleware?: Middleware[] } = {}): Promise<ServedBuild> {
  const root = resolve(options.root ?? process.env.DIALED_IN_DIST ?? 'dist');
  assertFreshBuild(root);
  const running = await startServer({ root, host: '127.0.0.1', port: 0, middleware: options.middleware ?? [] });
  return { url: running.url, close: () => running.close() };
}
