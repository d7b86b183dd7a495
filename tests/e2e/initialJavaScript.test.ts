import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INITIAL_JS_BUDGET_KB, measureInitialJs } from '../../bench/initialJs';

describe('the first load', () => {
  it(`needs at most ${INITIAL_JS_BUDGET_KB} KB of JavaScript, gzip`, () => {
    const { kb, files } = measureInitialJs(resolve(process.env.DIALED_IN_DIST ?? 'dist'));
    const largest = [...files].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5);
    expect(kb, `initial JS is ${kb} KB; largest: ${largest.map((f) => `${f.file} ${(f.gzipBytes / 1024).toFixed(1)} KB`).join(', ')}`).toBeLessThanOrEqual(
      INITIAL_JS_BUDGET_KB,
    );
  });

  it('leaves zod and the scenarios themselves out of it', () => {
    const dist = resolve(process.env.DIALED_IN_DIST ?? 'dist');
    const heavy = measureInitialJs(dist).files.filter(({ file }) => /ZodError|hiddenFacts/.test(readFileSync(join(dist, file), 'utf8')));
    expect(heavy.map((f) => f.file)).toEqual([]);
  });
});
