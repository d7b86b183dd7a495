import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where the CLIs run. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs a CLI entry file with tsx in its own process, as `npm run` would, and returns its output and exit code. */
export function runTsx(entry: string, args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', entry, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}
