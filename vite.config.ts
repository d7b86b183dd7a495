import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const CORE_DIR = fileURLToPath(new URL('./src/core/', import.meta.url));

/** What Home's scenario card shows; `?card` imports carry only this, so the first load does not hold whole scenarios. */
function scenarioCard(data: Record<string, unknown>) {
  const persona = (data.persona ?? {}) as Record<string, unknown>;
  const { id, title, summary, difficulty, channel } = data;
  const calls = (data.series as { calls?: { id: unknown }[] } | undefined)?.calls;
  const series = Array.isArray(calls) ? { series: { calls: calls.map((call) => ({ id: call?.id })) } } : {};
  return { id, title, summary, difficulty, channel, persona: { name: persona.name, role: persona.role, company: persona.company }, ...series };
}

/** Scenario files are YAML for people; the app receives them as JSON so the YAML parser stays out of the initial bundle. */
function yamlAsJson(): Plugin {
  return {
    name: 'dialed-in-yaml-as-json',
    transform(code, id) {
      const [path = '', query = ''] = id.split('?');
      if (!/\.ya?ml$/.test(path)) return null;
      const data = parse(code);
      const value = new URLSearchParams(query).has('card') ? scenarioCard(data) : data;
      return { code: `export default ${JSON.stringify(value)};`, map: null };
    },
  };
}

/**
 * `npm start` serves the app under a Content-Security-Policy without 'unsafe-eval'. zod probes
 * `new Function` on its first object schema (a CSP violation) unless jitless before any schema exists,
 * which a `z.config` call cannot promise once the bundler reorders chunks; so zod starts jitless.
 */
function zodWithoutEval(): Plugin {
  return {
    name: 'dialed-in-zod-without-eval',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/.test(id)) return null;
      const patched = code.replace('export const globalConfig = {};', 'export const globalConfig = { jitless: true };');
      if (patched === code) this.error('zod no longer declares `globalConfig = {}`: make it jitless another way (see zodWithoutEval).');
      return { code: patched, map: null };
    },
  };
}

const TESTS_DIR = fileURLToPath(new URL('./tests/', import.meta.url));

/** Test files that ask for jsdom in their own first lines. */
function jsdomTestFiles(): string[] {
  return readdirSync(TESTS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.test\.tsx?$/.test(file) && readFileSync(TESTS_DIR + file, 'utf8').includes('@vitest-environment jsdom'))
    .map((file) => `tests/${file.replaceAll('\\', '/')}`);
}
const JSDOM_TESTS = jsdomTestFiles();
/**
 * jsdom files whose code meets Node's own objects (fetch and its errors, `performance`): a VM context has its own
 * TypeError and globals, so these run in a process of their own instead.
 */
const NODE_REALM_DOM_TESTS = ['tests/app/history/HistoryScreen.test.tsx', 'tests/app/llm/JudgePanel.test.tsx', 'tests/app/llm/LlmSettingsPanel.test.tsx'];

/**
 * The files that take longest, slowest first within each project (seconds on the 2-core CI machine). A clean clone has
 * no timings cached, and Vitest would order by file size, leaving a long file such as crashSafety for the end.
 */
const SLOWEST_FIRST = [
  'tests/e2e/teamMode.test.ts', // 65
  'tests/e2e/llm.test.ts', // 52
  'tests/e2e/workflows.test.ts', // 43
  'tests/e2e/playCalls.test.ts', // 27
  'tests/e2e/series.test.ts', // 26
  'tests/e2e/practice.test.ts', // 23
  'tests/e2e/fullStorage.test.ts', // 20
  'tests/e2e/damagedStorage.test.ts', // 15
  'tests/e2e/history.test.ts', // 14
  'tests/e2e/mobileCall.test.ts', // 13
  'tests/e2e/voice.test.ts', // 12
  'tests/e2e/contentSecurityPolicy.test.ts', // 9
  'tests/server/team/crashSafety.test.ts', // 27
  'tests/core/persona/guidedLines.test.ts', // 25
  'tests/core/scoring/labelledCorpus.test.ts', // 13
  'tests/server/team/seriesCalls.test.ts', // 10
  'tests/server/team/createTeamApi.test.ts', // 8
  'tests/server/team/assignmentEdits.test.ts', // 8
  'tests/server/team/badInput.test.ts', // 6
  'tests/server/team/routes/inviteRoutes.test.ts', // 5
  'tests/app/authoring/AuthoringScreen.test.tsx', // 5
];

/** Vitest's order (one project after another), with the known slow files first in each project, so the run ends on short ones. */
class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const projects = [...new Set(sorted.map((file) => file.project.name))];
    const rank = (file: TestSpecification) => {
      const index = SLOWEST_FIRST.indexOf(relative(file.project.config.root, file.moduleId).replaceAll('\\', '/'));
      return index === -1 ? SLOWEST_FIRST.length : index;
    };
    return sorted.toSorted((a, b) => projects.indexOf(a.project.name) - projects.indexOf(b.project.name) || rank(a) - rank(b));
  }
}

export default defineConfig({
  plugins: [react(), yamlAsJson(), zodWithoutEval()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    // src/core is pure, so importing it has no side effects: what its indexes re-export but a chunk never uses stays
    // out of that chunk, and the lazy screens' core code stays out of the first load.
    rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => (id.startsWith(CORE_DIR) ? false : undefined) } },
  },
  test: {
    environment: 'node',
    hookTimeout: 120_000,
    // Two workers on a 2-core machine; browser tests get longer per-test limits because a loaded machine slows Chromium.
    maxWorkers: 2,
    // A clean clone has no timings cached: the known slow files start first, so the run does not end on one.
    sequence: { sequencer: SlowestFirstSequencer },
    projects: [
      // Node-side files share one module graph per worker (importing core once, not once a file): they must not leak state.
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.{ts,tsx}'], exclude: ['tests/e2e/**', ...JSDOM_TESTS], isolate: false, testTimeout: 20_000 },
      },
      // The DOM and React roots are global, so DOM files keep a fresh module graph each: in a fresh VM context of a
      // reused process (vmForks), which spares each file a process start and jsdom's import.
      {
        extends: true,
        test: { name: 'dom', include: JSDOM_TESTS, exclude: NODE_REALM_DOM_TESTS, pool: 'vmForks', testTimeout: 20_000 },
      },
      { extends: true, test: { name: 'dom-node-realm', include: NODE_REALM_DOM_TESTS, testTimeout: 20_000 } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          // Each file's state is in the browser contexts and servers it opens and closes; the worker keeps Playwright and
          // the support modules loaded from one file to the next.
          isolate: false,
          testTimeout: 90_000,
          // As long as a locator waits: Vitest's 1-second default fails a poll on a loaded machine.
          expect: { poll: { timeout: 20_000 } },
          globalSetup: ['tests/support/freshBuildSetup.ts'],
          setupFiles: ['tests/support/closeChromiumAfterFile.ts'],
        },
      },
    ],
  },
});
