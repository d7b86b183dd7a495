import { z } from 'zod';
import { attemptSchema } from '../assignments/resultsSchema';
import { checkAttemptTurns } from '../assignments/validateResults';
import type { Report } from '../scoring/report';
import { fromZodIssues, type ValidationError } from '../scenario/validationError';
import type { Transcript, Turn } from '../transcript';
import type { CallRecord } from './callRecord';
import { isRetryLink } from './currentRecord';

/** An assignment id as history keeps it (the new-hire track uses "onboarding:<principle>"). */
const assignmentIdSchema = z.string().max(200, 'too long: at most 200 characters');

/** What checking an imported call gave: the call as checked, or the first problem with its path. */
export type CheckedImport = { ok: true; record: CallRecord } | { ok: false; reason: string };

const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

function pickTurn(turn: Turn): Turn {
  return defined({ speaker: turn.speaker, text: turn.text, at: turn.at, cut: turn.cut, partial: turn.partial, party: turn.party });
}

function pickTranscript(t: Transcript): Transcript {
  return defined({
    scenarioId: t.scenarioId,
    channel: t.channel,
    turns: t.turns.map(pickTurn),
    seed: t.seed,
    difficulty: t.difficulty,
    goal: t.goal,
    endReason: t.endReason,
  });
}

function pickReport(r: Report): Report {
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

/** The fields a results file's attempt holds, taken from a restored call; anything else is left behind. */
function attemptOf(record: CallRecord) {
  const { id, scenarioId, scenarioTitle, startedAt, endedAt, personaKind, mode } = record;
  return {
    id,
    scenarioId,
    scenarioTitle,
    startedAt,
    endedAt,
    personaKind,
    mode,
    transcript: pickTranscript(record.transcript),
    report: pickReport(record.report),
  };
}

/**
 * Checks an imported call (already restored and migrated) with the limits and rules of a results file:
 * turn length and count, scores from 0 to 100, numbers of quotes and mistakes, turns that exist. The call
 * kept is rebuilt from the checked fields only, so nothing unchecked is stored.
 */
export function checkImportedCall(record: CallRecord): CheckedImport {
  const attempt = attemptOf(record);
  const parsed = attemptSchema.safeParse(attempt);
  const errors: ValidationError[] = parsed.success ? [] : fromZodIssues(parsed.error.issues, attempt);
  if (attempt.transcript.scenarioId !== attempt.scenarioId)
    errors.push({ path: 'transcript.scenarioId', message: `expected "${attempt.scenarioId}" like the call` });
  if (attempt.report.scenarioId !== attempt.scenarioId) errors.push({ path: 'report.scenarioId', message: `expected "${attempt.scenarioId}" like the call` });
  errors.push(...checkAttemptTurns(attempt, '(call)').map((e) => ({ ...e, path: e.path.replace(/^\(call\)\./, '') })));
  const assignment = record.assignmentId === undefined ? undefined : assignmentIdSchema.safeParse(record.assignmentId);
  if (assignment && !assignment.success) errors.push(...fromZodIssues(assignment.error.issues, record.assignmentId, ['assignmentId']));
  const first = errors[0];
  if (first) return { ok: false, reason: `${first.path}: ${first.message}` };
  // The link to a parent call is kept only when it is whole; a call without it is still a call.
  const retryOf = record.retryOf && isRetryLink(record.retryOf) ? { retryOf: { recordId: record.retryOf.recordId, turn: record.retryOf.turn } } : {};
  return {
    ok: true,
    record: { ...attempt, version: record.version, ...(record.assignmentId !== undefined ? { assignmentId: record.assignmentId } : {}), ...retryOf },
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const outOfRange = (v: unknown) => typeof v === 'number' && !(v >= 0 && v <= 100);

/**
 * A score out of range in an imported item, read before restoring it: restoring would score such a call
 * again, but a file that claims 999 is refused like a results file would be. A missing score is not a problem.
 */
export function importedScoreProblem(raw: unknown): string | undefined {
  const report = isObj(raw) ? raw.report : undefined;
  if (!isObj(report)) return undefined;
  if (outOfRange(report.overall)) return 'report.overall: expected 0 to 100';
  const principles = Array.isArray(report.principles) ? report.principles : [];
  const bad = principles.findIndex((p) => isObj(p) && outOfRange(p.score));
  return bad >= 0 ? `report.principles.${bad}.score: expected 0 to 100` : undefined;
}
