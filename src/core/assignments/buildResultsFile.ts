import type { CallRecord } from '../history/callRecord';
import type { Report } from '../scoring/report';
import type { Transcript, Turn } from '../transcript';
import type { Assignment } from './assignmentSchema';
import { RESULTS_LIMITS, RESULTS_SCHEMA_VERSION, type Attempt, type ResultsFile } from './resultsSchema';

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Only the interchange fields, so the strict reader on the manager's side accepts what this side wrote. */
function cleanTranscript(t: Transcript): Transcript {
  const turns = t.turns.slice(0, RESULTS_LIMITS.maxTurns).map((turn): Turn => {
    const text = cut(turn.text, RESULTS_LIMITS.maxTurnChars);
    return {
      speaker: turn.speaker,
      text,
      ...(turn.at !== undefined ? { at: turn.at } : {}),
      ...(turn.cut || text !== turn.text ? { cut: true } : {}),
      ...(turn.partial ? { partial: true } : {}),
    };
  });
  return {
    scenarioId: t.scenarioId,
    channel: t.channel,
    turns,
    ...(t.seed !== undefined ? { seed: t.seed } : {}),
    ...(t.difficulty ? { difficulty: t.difficulty } : {}),
    ...(t.goal !== undefined ? { goal: cut(t.goal, RESULTS_LIMITS.maxTurnChars) } : {}),
    ...(t.endReason ? { endReason: t.endReason } : {}),
  };
}

function cleanReport(r: Report): Report {
  return {
    scenarioId: r.scenarioId,
    overall: r.overall,
    principles: r.principles.map((p) => ({
      id: p.id,
      verdict: p.verdict,
      score: p.score,
      evidence: p.evidence.map((e) => ({ turn: e.turn, quote: e.quote })),
    })),
    mistakes: r.mistakes.map((m) => ({ turn: m.turn, principle: m.principle, commentary: m.commentary, betterLine: m.betterLine })),
  };
}

/** A results file for the trainee: every call played under the assignment, oldest first. */
export function buildResultsFile(assignment: Assignment, trainee: string, records: readonly CallRecord[], exportedAt: string): ResultsFile {
  const attempts: Attempt[] = records
    .filter((r) => r.assignmentId === assignment.id)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    .map((r) => ({
      id: r.id,
      scenarioId: r.scenarioId,
      scenarioTitle: cut(r.scenarioTitle, 200),
      startedAt: r.startedAt,
      endedAt: r.endedAt,
      personaKind: r.personaKind,
      mode: r.mode,
      transcript: cleanTranscript(r.transcript),
      report: cleanReport(r.report),
    }));
  return { kind: 'results', schemaVersion: RESULTS_SCHEMA_VERSION, trainee: trainee.trim(), exportedAt, assignment, attempts };
}

/** A results file as JSON text. */
export function resultsFileText(file: ResultsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
