import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The most initial JavaScript (gzip) the first page load may need. */
export const INITIAL_JS_BUDGET_KB = 120;

/** The JavaScript a first page load fetches: the entry script and every chunk index.html preloads, each gzip-compressed. */
export function measureInitialJs(dist: string): { kb: number; files: { file: string; gzipBytes: number }[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const paths = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1] as string);
  const files = paths.map((file) => ({ file, gzipBytes: gzipSync(readFileSync(join(dist, file))).length }));
  const bytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  return { kb: Math.round((bytes / 1024) * 10) / 10, files };
}
