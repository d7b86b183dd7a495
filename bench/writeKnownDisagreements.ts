// Rewrites tests/fixtures/known-disagreements.json from what the engine does now, keeping the reasons already written.
import { writeFileSync } from 'node:fs';
import { measureAgreement } from '../src/core/scoring';
import { KNOWN_FILE, loadKnown, scoreKeys, type KnownDisagreements } from '../tests/core/scoring/knownDisagreements';
import { loadCorpus, loadShippedScenarios, type CorpusSet } from '../tests/core/scoring/loadLabelledCalls';
import { customerScorerKeys } from '../tests/core/scoring/customerScorerKeys';
import { runProbes } from '../tests/core/persona/reactionProbes';

if (process.argv.includes('-h') || process.argv.includes('--help')) {
  console.log(
    'usage: npx tsx bench/writeKnownDisagreements.ts\nRecords every current disagreement with the labelled calls; new entries get a placeholder reason to review before committing.',
  );
  process.exit(0);
}

const PENDING = 'NOT REVIEWED: say why this disagreement is accepted, or fix the engine.';
const HELD_OUT = 'Held-out call: not reviewed one by one, so that the engine is never tuned on it; it counts against the held-out figure.';
const old = loadKnown();
const reasonOf = (set: CorpusSet, key: string, list: { set: CorpusSet; key: string; reason: string }[]) =>
  list.find((k) => k.set === set && k.key === key)?.reason ?? (set === 'heldout' ? HELD_OUT : PENDING);
const oldVerdicts = old.verdicts.map((k) => ({ set: k.set, key: `${k.file} ${k.principle}: labelled ${k.label}, scored ${k.scored}`, reason: k.reason }));
const oldScores = old.scores.map((k) => ({ set: k.set, key: `${k.kind} ${k.files}`, reason: k.reason }));
const oldCustomer = (old.customerScorer ?? []).map((k) => ({ set: k.set, key: k.key, reason: k.reason }));
const scenarios = loadShippedScenarios();
const oldProbes = (old.probes ?? []).map((k) => ({ set: k.set, key: k.key, reason: k.reason }));
const next: KnownDisagreements = { verdicts: [], scores: [], customerScorer: [], probes: [] };
for (const set of ['dev', 'heldout'] as const) {
  const report = measureAgreement(scenarios, loadCorpus(set));
  for (const d of report.disagreements) {
    const key = `${d.file} ${d.principle}: labelled ${d.label}, scored ${d.scored}`;
    next.verdicts.push({ set, file: d.file!, principle: d.principle, label: d.label, scored: d.scored, reason: reasonOf(set, key, oldVerdicts) });
  }
  for (const key of scoreKeys(report)) {
    const [kind, ...rest] = key.split(' ');
    next.scores.push({ set, kind: kind as 'ranking', files: rest.join(' '), reason: reasonOf(set, key, oldScores) });
  }
  for (const key of customerScorerKeys(scenarios, set)) next.customerScorer.push({ set, key, reason: reasonOf(set, key, oldCustomer) });
  for (const key of runProbes(scenarios, set).misses) next.probes.push({ set, key, reason: reasonOf(set, key, oldProbes) });
}
writeFileSync(KNOWN_FILE, `${JSON.stringify(next, null, 1)}\n`);
console.log(
  `${next.verdicts.length} verdicts, ${next.scores.length} score orderings, ${next.customerScorer.length} customer/scorer mismatches, ${next.probes.length} probe misses`,
);
