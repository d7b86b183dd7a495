import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertFreshBuild } from './assertFreshBuild';

const BUILT = new Date('2026-04-01T10:00:00Z');
const BEFORE = new Date('2026-04-01T09:00:00Z');
const AFTER = new Date('2026-04-01T11:00:00Z');

let project: string;

/** Writes a file in the temporary project with the given modification time (no waiting for the clock). */
function write(path: string, at: Date): void {
  const full = join(project, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, '');
  utimesSync(full, at, at);
}

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'dialed-in-build-check-'));
  for (const path of ['src/main.tsx', 'src/core/scoring/score.ts', 'scenarios/lease-follow-up.yaml', 'index.html', 'vite.config.ts']) write(path, BEFORE);
});

afterEach(() => {
  rmSync(project, { recursive: true, force: true });
});

describe('assertFreshBuild', () => {
  it('passes when the build is newer than every source file', () => {
    write('dist/index.html', BUILT);
    expect(() => assertFreshBuild(join(project, 'dist'), project)).not.toThrow();
  });

  it('fails with a message saying to run `npx vite build` when there is no build', () => {
    expect(() => assertFreshBuild(join(project, 'dist'), project)).toThrow('No built app in dist/: run `npx vite build` first (`npm test` builds it for you).');
  });

  it('fails the same way when dist/ exists without the built page', () => {
    mkdirSync(join(project, 'dist'));
    expect(() => assertFreshBuild(join(project, 'dist'), project)).toThrow(/^No built app in dist\/: run `npx vite build` first/);
  });

  it.each(['src/core/scoring/score.ts', 'src/app/new/NewScreen.tsx', 'scenarios/lease-follow-up.yaml', 'index.html', 'vite.config.ts'])(
    'fails naming %s when it changed after the build',
    (changed) => {
      write('dist/index.html', BUILT);
      write(changed, AFTER);
      expect(() => assertFreshBuild(join(project, 'dist'), project)).toThrow(
        `The built app in dist/ is older than ${changed}, so the browser tests would test old code: run \`npx vite build\` first (\`npm test\` builds it for you).`,
      );
    },
  );

  it('ignores files the build is not made from, such as tests and the README', () => {
    write('dist/index.html', BUILT);
    write('tests/e2e/new.test.ts', AFTER);
    write('README.md', AFTER);
    expect(() => assertFreshBuild(join(project, 'dist'), project)).not.toThrow();
  });
});
