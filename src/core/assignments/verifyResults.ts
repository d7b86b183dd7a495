import { isPrincipleId, principleById } from '../principles/principles';
import type { Scenario } from '../scenario/scenarioSchema';
import type { Report } from '../scoring/report';
import type { Transcript } from '../transcript';
import type { Assignment } from './assignmentSchema';
import { playedScenarios, type PlayedScenario } from './playedScenarios';
import type { Attempt, ResultsFile } from './resultsSchema';

/** The scorer, handed in: the app passes core scoreTranscript. */
export type ScoreFn = (scenario: Scenario, transcript: Transcript) => Report;

/** What scoring an attempt's transcript again said about its saved report. */
export interface AttemptCheck {
  /** `mismatch`: the saved report is not what the transcript scores (edited, or scored by another build). */
  status: 'verified' | 'mismatch' | 'unverifiable';
  /** Plain-words differences, or why it could not be checked. */
  notes: string[];
  /** The report scored again here, when the scenario was available. */
  rescored?: Report;
}

/** An attempt with its check and the report the dashboard trusts (the re-scored one when there is one). */
export interface CheckedAttempt {
  attempt: Attempt;
  check: AttemptCheck;
  trusted: Report;
}

/** A results file after every transcript was scored again. */
export interface CheckedResults {
  trainee: string;
  exportedAt: string;
  assignment: ResultsFile['assignment'];
  attempts: CheckedAttempt[];
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;
const titleOf = (id: string) => (isPrincipleId(id) ? `“${principleById(id).title}”` : id);
const mistakes = (n: number) => (n === 0 ? 'no mistakes' : n === 1 ? '1 mistake' : `${n} mistakes`);

/** The ways a saved report differs from a fresh one, in plain words; empty when they agree. */
export function compareReports(saved: Report, fresh: Report): string[] {
  const notes: string[] = [];
  if (!same(saved.overall, fresh.overall)) notes.push(`saved overall score ${saved.overall}, but the transcript scores ${fresh.overall}`);
  const freshById = new Map(fresh.principles.map((p) => [p.id, p]));
  const savedIds = new Set(saved.principles.map((p) => p.id));
  for (const p of saved.principles) {
    const f = freshById.get(p.id);
    if (!f) notes.push(`${titleOf(p.id)}: in the saved report, not in the transcript's`);
    else if (p.verdict !== f.verdict || !same(p.score, f.score)) {
      notes.push(`${titleOf(p.id)}: saved ${p.verdict} (${p.score}), but the transcript gives ${f.verdict} (${f.score})`);
    }
  }
  for (const f of fresh.principles) if (!savedIds.has(f.id)) notes.push(`${titleOf(f.id)}: missing from the saved report`);
  const key = (m: Report['mistakes'][number]) => `${m.turn}:${m.principle}`;
  const savedMistakes = saved.mistakes.map(key).sort().join('|');
  const freshMistakes = fresh.mistakes.map(key).sort().join('|');
  if (savedMistakes !== freshMistakes) notes.push(`saved ${mistakes(saved.mistakes.length)}, but the transcript has ${fresh.mistakes.length}`);
  return notes;
}

/** Scores one attempt's transcript again, against the scenario it was played under, and compares it with the saved report. */
export function checkAttempt(attempt: Attempt, played: PlayedScenario, score: ScoreFn): AttemptCheck {
  if ('unknown' in played) return { status: 'unverifiable', notes: [played.unknown] };
  let rescored: Report;
  try {
    rescored = score(played.scenario, attempt.transcript);
  } catch (error) {
    return { status: 'unverifiable', notes: [`scoring the transcript again failed: ${(error as Error).message}`] };
  }
  const notes = compareReports(attempt.report, rescored);
  return { status: notes.length === 0 ? 'verified' : 'mismatch', notes, rescored };
}

/**
 * Scores every attempt of a results file again; a series call after the calls before it in its run, as it was played.
 * Custom scenarios come from the manager's own copy of the assignment when there is one (a trainee could have edited
 * the copy in the file), else from the file.
 */
export function verifyResults(
  file: ResultsFile,
  deps: { scenarioById(id: string): Scenario | undefined; score: ScoreFn; ownAssignments?: readonly Assignment[] },
): CheckedResults {
  const own = deps.ownAssignments?.find((a) => a.id === file.assignment.id);
  const custom = new Map((own ?? file.assignment).customScenarios.map((s) => [s.id, s]));
  const played = playedScenarios(file.attempts, (id) => custom.get(id) ?? deps.scenarioById(id));
  const attempts = file.attempts.map((attempt) => {
    const check = checkAttempt(attempt, played.get(attempt.id)!, deps.score);
    return { attempt, check, trusted: check.rescored ?? attempt.report };
  });
  return { trainee: file.trainee, exportedAt: file.exportedAt, assignment: file.assignment, attempts };
}
