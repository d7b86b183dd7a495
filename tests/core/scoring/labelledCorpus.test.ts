import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS, type PrincipleId } from '../../../src/core/principles/principles';
import { measureAgreement } from '../../../src/core/scoring/agreement';
import { analyzeCall, type CallAnalysis } from '../../../src/core/scoring/analyzeCall';
import type { Scenario } from '../../../src/core/scenario/scenarioSchema';
import type { Transcript } from '../../../src/core/transcript';
import { PRINCIPLE_RULES } from '../../../src/core/scoring/principleRules';
import type { PrincipleRule } from '../../../src/core/scoring/rule';
import { customerScorerKeys } from './customerScorerKeys';
import { knownScoreKeys, knownVerdictKeys, loadKnown, scoreKeys, verdictKeys } from './knownDisagreements';
import { CORPUS_DIRS, corpusFiles, loadCorpus, loadShippedScenarios, type CorpusSet } from './loadLabelledCalls';

const SETS: CorpusSet[] = ['dev', 'heldout'];
const scenarios = loadShippedScenarios();
const known = loadKnown();
const corpus = { dev: loadCorpus('dev'), heldout: loadCorpus('heldout') };
const reports = { dev: measureAgreement(scenarios, corpus.dev), heldout: measureAgreement(scenarios, corpus.heldout) };

/** The manifest written when the held-out set was frozen: "sha256  path" per line. */
function manifest(): Map<string, string> {
  const text = readFileSync(join(CORPUS_DIRS.heldout, 'MANIFEST.sha256'), 'utf8');
  return new Map(
    text
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/) as [string, string])
      .map(([hash, file]) => [file, hash]),
  );
}

describe('the held-out calls', () => {
  it('are exactly the files frozen before the engine changed, unedited', () => {
    const frozen = manifest();
    const files = corpusFiles('heldout');
    expect(files).toEqual([...frozen.keys()].sort());
    for (const file of files) {
      const hash = createHash('sha256')
        .update(readFileSync(join(CORPUS_DIRS.heldout, file)))
        .digest('hex');
      expect(hash, `${file} changed after the freeze`).toBe(frozen.get(file));
    }
  });

  it('number at least 80, across every shipped single-call scenario', () => {
    expect(corpus.heldout.length).toBeGreaterThanOrEqual(80);
    const covered = new Set(corpus.heldout.map((call) => call.transcript.scenarioId));
    // A series is scored call by call on its own scenarios; its held-out calls are still to be written.
    expect([...covered].sort()).toEqual(
      scenarios
        .filter((s) => !s.series)
        .map((s) => s.id)
        .sort(),
    );
  });
});

describe.each(SETS)('the %s calls', (set) => {
  const report = reports[set];

  it('all load and belong to a shipped scenario', () => {
    expect(report.skipped).toEqual([]);
    expect(report.calls).toBe(corpus[set].length);
  });

  it('label all eight principles, each met, missed or n/a, under its exact id', () => {
    const malformed = corpusFiles(set).filter((file) => {
      const { labels } = JSON.parse(readFileSync(join(CORPUS_DIRS[set], file), 'utf8')) as { labels: Record<string, unknown> };
      const ids = Object.keys(labels).sort();
      return ids.join() !== [...PRINCIPLE_IDS].sort().join() || Object.values(labels).some((v) => !['met', 'missed', 'n/a'].includes(String(v)));
    });
    expect(malformed).toEqual([]);
  });

  it('disagree with their labels only where the known-disagreements file says so, with a reason', () => {
    expect(verdictKeys(report)).toEqual(knownVerdictKeys(known, set));
  });

  it('rank good above mixed above poor within each scenario, and poor under 40, except where the file says so', () => {
    expect(scoreKeys(report)).toEqual(knownScoreKeys(known, set));
  });

  it('meet a scripted customer who accepts only what the scorer credits, except where the file says so', () => {
    expect(customerScorerKeys(scenarios, set)).toEqual(
      known.customerScorer
        .filter((k) => k.set === set)
        .map((k) => k.key)
        .sort(),
    );
  });
});

describe('the known-disagreements file', () => {
  it('gives a reason for every entry', () => {
    for (const entry of [...known.verdicts, ...known.scores, ...known.customerScorer])
      expect(entry.reason.trim().length, JSON.stringify(entry)).toBeGreaterThan(10);
  });
});

/** A rule whose verdicts are turned around: what a one-line slip (a flipped condition) does at worst. */
function flipped(rule: PrincipleRule): PrincipleRule {
  return {
    id: rule.id,
    evaluate(call) {
      const outcome = rule.evaluate(call);
      if (outcome.verdict === 'met') return { ...outcome, verdict: 'missed', score: 30 };
      if (outcome.verdict === 'missed') return { ...outcome, verdict: 'met', score: 90 };
      return { ...outcome, verdict: 'met', score: 90 };
    },
  };
}

/** A rule that always answers the same: what deleting its logic does. */
function constant(rule: PrincipleRule, verdict: 'met' | 'missed'): PrincipleRule {
  return { id: rule.id, evaluate: () => ({ verdict, score: verdict === 'met' ? 90 : 20, evidence: [], mistakes: [] }) };
}

/** Each call is read once for all the broken rule sets: rules only read the analysis. */
const readings = new WeakMap<Transcript, CallAnalysis>();
function readOnce(scenario: Scenario, transcript: Transcript): CallAnalysis {
  return readings.get(transcript) ?? readings.set(transcript, analyzeCall(scenario, transcript)).get(transcript)!;
}

describe('the ratchet', () => {
  const breaks: [string, (rule: PrincipleRule) => PrincipleRule][] = [
    ['flipped', flipped],
    ['always met', (rule) => constant(rule, 'met')],
    ['always missed', (rule) => constant(rule, 'missed')],
  ];
  it.each(PRINCIPLE_IDS.flatMap((id) => breaks.map(([name, make]) => [id, name, make] as const)))(
    'fails when the %s rule is broken (%s)',
    (id: PrincipleId, _name, make) => {
      const rules = { ...PRINCIPLE_RULES, [id]: make(PRINCIPLE_RULES[id]) };
      // The development calls alone are enough to catch a broken rule, at well under half the cost of both sets.
      const broken = measureAgreement(scenarios, corpus.dev, { rules, analyze: readOnce });
      const before = new Set(verdictKeys(reports.dev));
      expect(verdictKeys(broken).some((key) => !before.has(key))).toBe(true);
    },
    // Each case rescores the development calls, read once for all cases.
    120_000,
  );
});
