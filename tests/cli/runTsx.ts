import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where the CLIs run. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs a CLI entry file with tsx, as `npm run` would, and returns its output and exit code. */
export function runTsx(entry: string, args: readonly string[], input?: string): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
