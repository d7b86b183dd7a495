// An empty PGlite data folder, initialised once per machine and PGlite version and copied for each test database:
// a new PGlite spends seconds of CPU in initdb, a copy of its folder milliseconds.
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const version = (JSON.parse(readFileSync(join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')) as { version: string }).version;
const cache = join(root, 'node_modules', '.cache', 'dialed-in-tests');
const template = join(cache, `pglite-${version}-empty`);

let made: Promise<string> | undefined;

/** The template folder, made on first use; two workers making it at once both end with one whole folder. */
export function emptyPgliteTemplate(): Promise<string> {
  made ??= (async () => {
    if (existsSync(join(template, 'PG_VERSION'))) return template;
    const { PGlite } = await import('@electric-sql/pglite');
    const building = `${template}.${process.pid}.${Date.now()}`;
    mkdirSync(cache, { recursive: true });
    await (await PGlite.create(building)).close();
    try {
      renameSync(building, template);
    } catch {
      // Another worker finished first: its folder is as good as ours.
      rmSync(building, { recursive: true, force: true });
    }
    return template;
  })();
  return made;
}

/** Copies the empty template into a folder of the caller's. */
export async function copyEmptyPglite(to: string): Promise<void> {
  cpSync(await emptyPgliteTemplate(), to, { recursive: true });
}
