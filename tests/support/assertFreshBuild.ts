import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** What dist/ is built from: a change to any of these, and the browser tests would test old code. */
export const BUILD_INPUTS = ['src', 'scenarios', 'index.html', 'vite.config.ts'] as const;

const HOW_TO_FIX = 'run `npx vite build` first (`npm test` builds it for you)';

/** The newest file under `path` (a file or a folder), or undefined when there is none. */
function newestFile(path: string): { path: string; mtimeMs: number } | undefined {
  if (!existsSync(path)) return undefined;
  const stat = statSync(path);
  if (!stat.isDirectory()) return { path, mtimeMs: stat.mtimeMs };
  let newest: { path: string; mtimeMs: number } | undefined;
  for (const name of readdirSync(path)) {
    const found = newestFile(join(path, name));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/**
 * Throws, saying to run `npx vite build`, when the built app in `dist` is missing or older than
 * any build input of the project at `project`; the browser tests serve dist/ as it is.
 */
export function assertFreshBuild(dist: string, project = '.'): void {
  const root = resolve(project);
  const shown = relative(root, resolve(dist)) || dist;
  const entry = resolve(dist, 'index.html');
  if (!existsSync(entry)) throw new Error(`No built app in ${shown}/: ${HOW_TO_FIX}.`);
  const builtAt = statSync(entry).mtimeMs;
  for (const input of BUILD_INPUTS) {
    const newest = newestFile(resolve(root, input));
    if (newest && newest.mtimeMs > builtAt) {
      throw new Error(`The built app in ${shown}/ is older than ${relative(root, newest.path)}, so the browser tests would test old code: ${HOW_TO_FIX}.`);
    }
  }
}
