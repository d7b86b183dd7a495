import { CALL_RECORD_VERSION, type CallRecord, type RetryLink } from './callRecord';

// A hand-written check for records already in the current format, so thousands of saved calls skip the
// general schema (too slow for the 300 ms budget). It accepts only what the core's restore would accept
// unchanged; anything else, however slightly off, takes the core's forgiving path.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isNonEmpty = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const optional = (v: unknown, ok: (x: unknown) => boolean) => v === undefined || ok(v);
const oneOf =
  (...values: readonly string[]) =>
  (v: unknown) =>
    typeof v === 'string' && values.includes(v);

const isSpeaker = oneOf('rep', 'customer');
const isChannel = oneOf('call', 'voicemail');
const isDifficulty = oneOf('easy', 'medium', 'hard');
const isEndReason = oneOf('hung-up', 'goal-reached', 'voicemail-recorded', 'rep-ended', 'turn-limit');
const isVerdict = oneOf('met', 'missed', 'n/a');

/** A link from a retried call to the call it branched off. */
export function isRetryLink(v: unknown): boolean {
  return isObj(v) && isNonEmpty(v.recordId) && Number.isInteger(v.turn) && (v.turn as number) >= 0;
}

/** A turn as the app saves it (also used to check a call in progress on load). */
export function isTurn(v: unknown): boolean {
  return (
    isObj(v) &&
    isSpeaker(v.speaker) &&
    typeof v.text === 'string' &&
    optional(v.at, (a) => isNum(a) && a >= 0) &&
    optional(v.cut, (c) => typeof c === 'boolean') &&
    optional(v.partial, (p) => typeof p === 'boolean') &&
    optional(v.party, (p) => p === 'gatekeeper')
  );
}

function isTranscript(v: unknown): boolean {
  return (
    isObj(v) &&
    isNonEmpty(v.scenarioId) &&
    isChannel(v.channel) &&
    Array.isArray(v.turns) &&
    v.turns.every(isTurn) &&
    optional(v.seed, Number.isInteger) &&
    optional(v.difficulty, isDifficulty) &&
    optional(v.goal, (g) => typeof g === 'string') &&
    optional(v.endReason, isEndReason)
  );
}

const isEvidence = (v: unknown) => isObj(v) && Number.isInteger(v.turn) && (v.turn as number) >= 0 && typeof v.quote === 'string';
const isScore = (v: unknown) => isNum(v) && v >= 0 && v <= 100;
const isPrincipleResult = (v: unknown) =>
  isObj(v) && typeof v.id === 'string' && isVerdict(v.verdict) && isScore(v.score) && Array.isArray(v.evidence) && v.evidence.every(isEvidence);
const isMistake = (v: unknown) =>
  isObj(v) && isNum(v.turn) && typeof v.principle === 'string' && typeof v.commentary === 'string' && typeof v.betterLine === 'string';

function isReport(v: unknown): boolean {
  return (
    isObj(v) &&
    typeof v.scenarioId === 'string' &&
    isNum(v.overall) &&
    v.overall >= 0 &&
    v.overall <= 100 &&
    Array.isArray(v.principles) &&
    v.principles.every(isPrincipleResult) &&
    Array.isArray(v.mistakes) &&
    v.mistakes.every(isMistake)
  );
}

/** The record if it is already a complete, current-format call; undefined means "let the core restore it". */
export function currentRecord(raw: unknown): CallRecord | undefined {
  if (!isObj(raw) || raw.version !== CALL_RECORD_VERSION) return undefined;
  const r = raw;
  const ok =
    isNonEmpty(r.id) &&
    isNonEmpty(r.scenarioId) &&
    typeof r.scenarioTitle === 'string' &&
    typeof r.startedAt === 'string' &&
    typeof r.endedAt === 'string' &&
    (r.personaKind === 'scripted' || r.personaKind === 'llm') &&
    (r.mode === 'guided' || r.mode === 'free') &&
    optional(r.assignmentId, (a) => typeof a === 'string') &&
    optional(r.retryOf, isRetryLink) &&
    isTranscript(r.transcript) &&
    isReport(r.report);
  if (!ok) return undefined;
  // Rebuilt so unknown top-level keys are dropped, as the core's restore does.
  const record = {
    version: CALL_RECORD_VERSION,
    id: r.id,
    scenarioId: r.scenarioId,
    scenarioTitle: r.scenarioTitle,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    personaKind: r.personaKind,
    mode: r.mode,
    transcript: r.transcript,
    report: r.report,
  } as CallRecord;
  if (r.assignmentId !== undefined) record.assignmentId = r.assignmentId as string;
  if (r.retryOf !== undefined) record.retryOf = r.retryOf as RetryLink;
  return record;
}
