// Measures the NLP libraries issue 8 names (wink-nlp, compromise) against the regex matchers: agreement, speed, bundle size.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const USAGE = `usage: npx tsx bench/nlpCandidates.ts [options] [variant...]

Runs each variant in its own process with src/core/language/matchKeywords.ts and/or timeExpressions.ts swapped for
a stand-in in bench/nlpCandidates/ that uses the library, then prints a table (and --json the raw figures).

Variants (default: all named below); a custom one is engine:keywords:time, e.g. wink:lemma:union
  baseline                the regex matchers as shipped
  compromise-a            compromise lemmas (compute('root')) in place of inflect, both sides
  compromise-a-union      compromise lemmas, or inflect when the lemmas do not match
  compromise-b            compromise-dates dates()/times(), with the time regexes as fallback
  compromise-b-library    compromise-dates alone for namesTime / namesSpecificTime
  wink-a                  wink-eng-lite-web-model lemmas in place of inflect
  wink-a-union            wink lemmas, or inflect when the lemmas do not match
  wink-b                  wink DATE/TIME entities (and "in" + DURATION), with the time regexes as fallback
  wink-b-library          wink entities alone
  compromise-a+b          compromise-a and compromise-b together
  wink-a+b                wink-a and wink-b together

Options
  --rounds N          speed rounds per variant; the least disturbed round is kept (default 3)
  --no-speed          agreement only
  --no-judgement      speed only
  --no-size           skip the bundle-size step
  --dump-dev DIR      write each variant's dev-set disagreements to DIR/<variant>.json (the held-out set is never dumped)
  --json              print the raw figures as JSON too
  -h, --help          this text

Agreement: bench/judgement.ts on tests/fixtures/calls (dev) and tests/fixtures/heldout (reported, never tuned on).
Speed: as bench/coreBench.ts, but every memoised library parse is dropped before each timed sample; "distinct" is
100 different turns from the dev calls of lease-follow-up, with the library's share of one scoring (texts parsed, their
time, and that time again with each parse rerun five times and the fastest kept, which a busy machine disturbs least).
Size: the library alone as the one entry of a vite build, minified, gzip -9.`;

const NAMED: Record<string, string> = {
  baseline: '::',
  'compromise-a': 'compromise:lemma:',
  'compromise-a-union': 'compromise:union:',
  'compromise-b': 'compromise::union',
  'compromise-b-library': 'compromise::library',
  'wink-a': 'wink:lemma:',
  'wink-a-union': 'wink:union:',
  'wink-b': 'wink::union',
  'wink-b-library': 'wink::library',
  // Each library's best pair on the development set (lemmas for keywords, library dates with the regexes as fallback).
  'compromise-a+b': 'compromise:lemma:union',
  'wink-a+b': 'wink:lemma:union',
};

const ENTRIES: Record<string, string> = {
  'wink-nlp + wink-eng-lite-web-model':
    "import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model'; export const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);",
  compromise: "import nlp from 'compromise'; export default nlp;",
  'compromise + compromise-dates': "import nlp from 'compromise'; import dates from 'compromise-dates'; nlp.plugin(dates); export default nlp;",
};

const argv = process.argv.slice(2);
if (argv.includes('-h') || argv.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
const valueOf = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const takesValue = new Set(['--rounds', '--dump-dev']);
const variants = argv.filter((arg, i) => !arg.startsWith('--') && !takesValue.has(argv[i - 1] ?? ''));
const chosen = variants.length > 0 ? variants : Object.keys(NAMED);

/** gzip KB of a library bundled alone for the browser, minified. */
async function bundleGzipKb(source: string): Promise<{ minKb: number; gzipKb: number }> {
  const dir = resolve('node_modules/.cache/nlp-candidates');
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, source);
  try {
    // An app build with the library as its only entry (library mode would leave whitespace in): what a lazy import downloads.
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: true, modulePreload: false, rollupOptions: { input: entry, preserveEntrySignatures: 'exports-only' } },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string; code?: string }[] }[];
    const code = outputs
      .flatMap((o) => o.output)
      .map((chunk) => chunk.code ?? '')
      .join('');
    return { minKb: Math.round(code.length / 102.4) / 10, gzipKb: Math.round(gzipSync(code, { level: 9 }).length / 102.4) / 10 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One variant's figures, as printed by measureVariant.ts (the parts the table reads). */
interface VariantResult {
  variant: string;
  dev?: { verdictAgreementPct?: number; verdicts?: string; rankingInversions?: number };
  heldout?: { verdictAgreementPct?: number; verdicts?: string; rankingInversions?: number };
  speed?: {
    scriptedReplyMs?: { p99?: number };
    turns100Ms?: { median?: number };
    distinctTurns100Ms?: { median?: number; libraryParses?: number; libraryMsMedian?: number; libraryBestOf5Ms?: number };
  };
  engineLoadMs?: number;
  [key: string]: unknown;
}

function measure(name: string): VariantResult {
  const spec = NAMED[name] ?? name;
  const [engine = '', keywords = '', timeMode = ''] = spec.split(':');
  const env = { ...process.env, NLP_ENGINE: engine, NLP_KEYWORDS: keywords, NLP_TIME: timeMode };
  const dump = valueOf('--dump-dev');
  const childArgs = [
    '--import',
    'tsx',
    '--import',
    './bench/nlpCandidates/register.mjs',
    'bench/nlpCandidates/measureVariant.ts',
    '--rounds',
    valueOf('--rounds') ?? '3',
  ];
  for (const flag of ['--no-speed', '--no-judgement']) if (argv.includes(flag)) childArgs.push(flag);
  if (dump) childArgs.push('--dump-dev', join(dump, `${name.replace(/[^a-z0-9-]/gi, '_')}.json`));
  const started = performance.now();
  const out = execFileSync(process.execPath, childArgs, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  const result = JSON.parse(out.trim().split('\n').pop()!);
  return { variant: name, spec, wallSeconds: Math.round((performance.now() - started) / 1000), ...result };
}

if (valueOf('--dump-dev')) mkdirSync(valueOf('--dump-dev')!, { recursive: true });
const results: VariantResult[] = [];
for (const name of chosen) {
  process.stderr.write(`measuring ${name}...\n`);
  results.push(measure(name));
}
const sizes: Record<string, unknown> = {};
if (!argv.includes('--no-size')) for (const [name, source] of Object.entries(ENTRIES)) sizes[name] = await bundleGzipKb(source);

const cell = (v: unknown) => (v === undefined || v === null ? '-' : String(v));
const lines = [
  '| variant | dev agreement | held-out agreement | ranking inversions dev / held-out | reply p99 ms | 100 turns median ms | 100 distinct turns median ms | library load ms |',
  '|---|---|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.variant} | ${cell(r.dev?.verdictAgreementPct)}% (${cell(r.dev?.verdicts)}) | ${cell(r.heldout?.verdictAgreementPct)}% (${cell(r.heldout?.verdicts)}) | ${cell(r.dev?.rankingInversions)} / ${cell(r.heldout?.rankingInversions)} | ${cell(r.speed?.scriptedReplyMs?.p99)} | ${cell(r.speed?.turns100Ms?.median)} | ${cell(r.speed?.distinctTurns100Ms?.median)}${r.speed?.distinctTurns100Ms?.libraryParses ? ` (library: ${r.speed.distinctTurns100Ms.libraryParses} parses, ${r.speed.distinctTurns100Ms.libraryMsMedian} ms, best of 5 ${r.speed.distinctTurns100Ms.libraryBestOf5Ms} ms)` : ''} | ${r.engineLoadMs || '-'} |`,
  ),
];
console.log(lines.join('\n'));
if (Object.keys(sizes).length > 0) {
  console.log('\n| library (bundled alone) | minified KB | gzip KB |\n|---|---|---|');
  for (const [name, size] of Object.entries(sizes) as [string, { minKb: number; gzipKb: number }][])
    console.log(`| ${name} | ${size.minKb} | ${size.gzipKb} |`);
}
if (argv.includes('--json')) console.log(JSON.stringify({ results, sizes }, null, 1));
