// `npm run lint`: typescript-eslint and the React hooks rules over src, tests and bench, plus the layer rules below.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// The folders of src/core with an index.ts; with src/core/index.ts they are core's public face.
const CORE_AREAS = ['assignments', 'call', 'history', 'judge', 'onboarding', 'persona', 'principles', 'replay', 'scenario', 'scoring', 'series'];
// Core modules the app loads with import() to keep them out of the first load (an index would pull them in).
const CORE_ON_DEMAND = ['scoring/scoreTranscript', 'scenario/parseScenarioText', 'history/checkImportedCall'];

const alternatives = (names) => `(${names.join('|')})`;
// A path into src/core below its indexes, from src/<layer>/… ('../core/x') or from bench ('../src/core/x').
const coreInternal = `(^|/)(\\.\\.|src)/core/(?!${alternatives(CORE_AREAS)}$)`;
// The same for import(); esquery regexes cannot hold a slash, hence \x2F.
const coreInternalDynamic = `(^|\\x2F)(\\.\\.|src)\\x2Fcore\\x2F(?!${alternatives([...CORE_AREAS, ...CORE_ON_DEMAND]).replaceAll('/', '\\x2F')}$)`;

const DYNAMIC_CORE_IMPORT = {
  selector: `ImportExpression[source.value=/${coreInternalDynamic}/]`,
  message: `import() core through its index, or one of the modules loaded on demand: ${CORE_ON_DEMAND.join(', ')}.`,
};

const OPENAI = { regex: '^openai(/|$)', message: 'Only src/llm imports the openai SDK.' };
// The team database is the server's: the app, the CLIs and core never reach it.
const DATABASE = { regex: '^(@electric-sql/pglite|kysely|pg)(/|$)', message: 'Only src/server imports the database.' };
const CORE_PUBLIC = {
  regex: coreInternal,
  message: `Import core from its index: 'core' or 'core/<area>' (${CORE_AREAS.join(', ')}). Tests may reach inside.`,
};

// src/core is pure TypeScript (tests/core/corePurity.test.ts checks the same from another side).
const CORE_PURE = [
  {
    regex: '^(\\.\\./)+(app|llm|server|cli|node)(/|$)',
    message: 'src/core is pure: it does not import the app, the model layer, the server, the CLIs or Node helpers.',
  },
  { regex: '^(react|react-dom|zustand|framer-motion|idb)(/|$)', message: 'src/core is pure TypeScript: no UI or browser-storage libraries.' },
  { regex: '^(node:|(fs|path|http|os|child_process)$)', message: 'src/core runs in the browser too: no Node built-ins.' },
  OPENAI,
  DATABASE,
];
// Inside core, modules import each other directly: an index imported from inside could form a cycle.
const coreNoIndex = (areaIndex) => ({
  regex: `^\\.{1,2}(/\\.\\.)*(/index)?$|(^|/)index$|${areaIndex}`,
  caseSensitive: true,
  message: 'Inside core, import the module itself, not an index, so the indexes never form a cycle.',
});

// The time and randomness come from services handed in (a clock, seeded randomness), so calls replay exactly and tests
// can fix them. Only the files that implement those services read them directly.
const SERVICE_REASON = 'Use the clock or the seeded randomness handed in (src/app/clock, the call services, core/random), so tests and replays can fix them.';
const NO_AMBIENT_TIME = [
  { object: 'Date', property: 'now', message: SERVICE_REASON },
  { object: 'Math', property: 'random', message: SERVICE_REASON },
];
const NO_NEW_DATE = { selector: 'NewExpression[callee.name="Date"][arguments.length=0]', message: `new Date() reads the time: ${SERVICE_REASON}` };
// The implementations: the app's clock, and the model client's and the server's default clocks (a server log line too).
const TIME_SERVICES = [
  'src/app/clock/systemClock.ts',
  'src/llm/toModelError.ts',
  'src/server/llmProxy.ts',
  'src/server/serve.ts',
  'src/server/team/systemClock.ts',
];

// Every eslint-disable comment says why, after ` -- `.
const disableNeedsReason = {
  meta: { type: 'suggestion', schema: [], messages: { reason: 'Say why after ` -- `: eslint-disable-next-line <rule> -- <reason>.' } },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          if (/^\s*eslint-disable(-next-line|-line)?(\s|$)/.test(comment.value) && !/\s--\s*\S/.test(comment.value))
            context.report({ loc: comment.loc, messageId: 'reason' });
        }
      },
    };
  },
};

export default defineConfig([
  globalIgnores(['dist/', 'coverage/', 'test-results/', 'screenshots/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  // Only the app and its tests hold React code; the compiler-backed hook rules cost most of the lint time elsewhere.
  { files: ['src/app/**/*.{ts,tsx}', 'tests/**/*.tsx'], ...reactHooks.configs.flat.recommended },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { house: { rules: { 'disable-needs-reason': disableNeedsReason } } },
    rules: {
      'house/disable-needs-reason': 'error',
      // `const { dropped: _dropped, ...kept } = value` is how fields are left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // The app is served under a Content-Security-Policy without 'unsafe-eval', where new Function throws.
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: CORE_PURE }] },
  },
  {
    files: ['src/core/*/**'],
    ignores: ['src/core/*/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...CORE_PURE, coreNoIndex(`^(\\.\\./)+${alternatives(CORE_AREAS)}(/index)?$`)] }] },
  },
  {
    files: ['src/core/*.ts'],
    ignores: ['src/core/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...CORE_PURE, coreNoIndex(`^\\./${alternatives(CORE_AREAS)}(/index)?$`)] }] },
  },
  {
    files: ['src/app/**', 'src/cli/**', 'src/node/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CORE_PUBLIC, OPENAI, DATABASE] }] },
  },
  {
    files: ['src/server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CORE_PUBLIC, OPENAI] }] },
  },
  {
    // Plain Node module hooks (the NLP candidates bench): Node's globals, no types.
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/llm/**', 'bench/**'],
    // The NLP candidates bench swaps language modules in and out, so like a test it reaches inside core.
    ignores: ['bench/nlpCandidates.ts', 'bench/nlpCandidates/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CORE_PUBLIC] }] },
  },
  {
    files: ['src/llm/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CORE_PUBLIC, DATABASE] }] },
  },
  {
    files: ['src/app/**', 'src/llm/**', 'src/cli/**', 'src/server/**', 'src/node/**', 'bench/**'],
    rules: { 'no-restricted-syntax': ['error', DYNAMIC_CORE_IMPORT] },
  },
  {
    files: ['src/**'],
    ignores: TIME_SERVICES,
    rules: { 'no-restricted-properties': ['error', ...NO_AMBIENT_TIME] },
  },
  {
    files: ['src/core/**'],
    rules: { 'no-restricted-syntax': ['error', NO_NEW_DATE] },
  },
  {
    // Later blocks win for a rule, so both restrictions are listed again here.
    files: ['src/app/**', 'src/llm/**', 'src/cli/**', 'src/server/**', 'src/node/**'],
    ignores: TIME_SERVICES,
    rules: { 'no-restricted-syntax': ['error', DYNAMIC_CORE_IMPORT, NO_NEW_DATE] },
  },
]);
