import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AgreementReport } from '../../../src/core/scoring/agreement';
import type { CorpusSet } from './loadLabelledCalls';

/** A reviewed verdict the scorer gets wrong, kept on the list with why it is left alone. */
export interface KnownVerdict {
  set: CorpusSet;
  file: string;
  principle: string;
  label: string;
  scored: string;
  reason: string;
}

/** A reviewed pair of calls in the wrong order, or a poor call scoring 40 or more. */
export interface KnownScore {
  set: CorpusSet;
  kind: 'ranking' | 'poor-at-or-above-40';
  /** "higher.json > lower.json" for a ranking, the file for a poor call. */
  files: string;
  reason: string;
}

/** A call where the scripted customer accepted what the scorer fails, or the reverse. */
export interface KnownCustomerScorer {
  set: CorpusSet;
  /** "file concept: customer …, scorer …". */
  key: string;
  reason: string;
}

/** A reaction probe step where the scripted customer did not react as its author expected. */
export interface KnownProbeMiss {
  set: CorpusSet;
  /** "file#probe.step: expected …, got …". */
  key: string;
  reason: string;
}

export interface KnownDisagreements {
  verdicts: KnownVerdict[];
  scores: KnownScore[];
  customerScorer: KnownCustomerScorer[];
  probes: KnownProbeMiss[];
}

export const KNOWN_FILE = join(import.meta.dirname, '..', '..', 'fixtures', 'known-disagreements.json');

export function loadKnown(): KnownDisagreements {
  return JSON.parse(readFileSync(KNOWN_FILE, 'utf8')) as KnownDisagreements;
}

/** The verdict disagreements of a report, as keys comparable with the known list. */
export function verdictKeys(report: AgreementReport): string[] {
  return report.disagreements.map((d) => `${d.file} ${d.principle}: labelled ${d.label}, scored ${d.scored}`).sort();
}

export function knownVerdictKeys(known: KnownDisagreements, set: CorpusSet): string[] {
  return known.verdicts
    .filter((k) => k.set === set)
    .map((k) => `${k.file} ${k.principle}: labelled ${k.label}, scored ${k.scored}`)
    .sort();
}

/** Ranking inversions and poor calls at 40 or more, as keys comparable with the known list. */
export function scoreKeys(report: AgreementReport): string[] {
  const rankings = report.rankingInversions.map((r) => `ranking ${r.higher.file} > ${r.lower.file}`);
  const poor = report.poorAtOrAbove40.map((p) => `poor-at-or-above-40 ${p.file}`);
  return [...rankings, ...poor].sort();
}

export function knownScoreKeys(known: KnownDisagreements, set: CorpusSet): string[] {
  return known.scores
    .filter((k) => k.set === set)
    .map((k) => `${k.kind} ${k.files}`)
    .sort();
}
