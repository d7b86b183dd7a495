import { restoredPhase } from '../../core/call';
import { type CallRecord, currentRecord, isRetryLink, isTurn } from '../../core/history';
import type { SavedRead } from '../storage/guardedStorage';
import type { CallData, CallPlan, CallSession } from './callState';

// Hand-written rather than a schema: this runs on every page load, before the validation library is fetched.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isNonEmpty = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const oneOf =
  (...values: unknown[]) =>
  (v: unknown) =>
    values.includes(v);
const optional = (v: unknown, ok: (x: unknown) => boolean) => v === undefined || ok(v);

const isChannel = oneOf('call', 'voicemail');
const isDifficulty = oneOf('easy', 'medium', 'hard');
const isPersonaKind = oneOf('scripted', 'llm');
const isMode = oneOf('guided', 'free');
const isEndReason = oneOf('hung-up', 'goal-reached', 'voicemail-recorded', 'rep-ended', 'turn-limit');
const isMood = (v: unknown) => isObj(v) && isNum(v.patience) && isNum(v.trust);
const isPicks = (v: unknown) => isObj(v) && Object.values(v).every(oneOf('strong', 'weak', 'poor'));

/** The first thing wrong with a saved session, in the trainee's words; undefined when it is whole. */
function sessionProblem(s: Obj): string | undefined {
  if (!Array.isArray(s.turns)) return 'the lines of the call are missing';
  const bad = s.turns.findIndex((turn) => !isTurn(turn));
  if (bad >= 0) return `line ${bad + 1} of the call is damaged`;
  const whole =
    isNonEmpty(s.callId) &&
    isNonEmpty(s.scenarioId) &&
    isText(s.scenarioTitle) &&
    isChannel(s.channel) &&
    isNum(s.seed) &&
    isDifficulty(s.difficulty) &&
    isText(s.goal) &&
    isPersonaKind(s.personaKind) &&
    isBool(s.usedGuided) &&
    isText(s.startedAt) &&
    isBool(s.beeped) &&
    optional(s.connectedAt, isNum) &&
    optional(s.mood, isMood) &&
    optional(s.endReason, isEndReason) &&
    optional(s.forcedMode, isMode) &&
    optional(s.assignmentId, isText) &&
    optional(s.guidedPicks, isPicks) &&
    optional(s.retryOf, isRetryLink);
  return whole ? undefined : 'the details of the call are damaged';
}

function isPlan(p: unknown): p is CallPlan {
  return (
    isObj(p) &&
    isNonEmpty(p.scenarioId) &&
    optional(p.mode, isMode) &&
    optional(p.personaKind, isPersonaKind) &&
    optional(p.difficulty, isDifficulty) &&
    optional(p.assignmentId, isText) &&
    optional(p.label, isText) &&
    optional(p.returnTo, (r) => isObj(r) && isText(r.label) && isText(r.hash))
  );
}

/** A session rebuilt from a finished call, when only the call survived: the call screen needs one to offer saving it. */
function sessionFromRecord(record: CallRecord): CallSession {
  const t = record.transcript;
  return {
    callId: record.id,
    scenarioId: record.scenarioId,
    scenarioTitle: record.scenarioTitle,
    channel: t.channel,
    seed: t.seed ?? 0,
    difficulty: t.difficulty ?? 'medium',
    goal: t.goal ?? '',
    personaKind: record.personaKind,
    usedGuided: record.mode === 'guided',
    startedAt: record.startedAt,
    turns: t.turns,
    beeped: t.channel === 'voicemail',
    ...(t.endReason ? { endReason: t.endReason } : {}),
    ...(record.assignmentId ? { assignmentId: record.assignmentId } : {}),
    ...(record.retryOf ? { retryOf: record.retryOf } : {}),
  };
}

/** Where a restored call stands (the core decides the phase): a finished call waits to be saved, an ongoing one to be resumed. */
function phaseOf(phase: unknown, session: CallSession | undefined, pendingRecord: CallData['pendingRecord']): Partial<CallData> {
  const restored = restoredPhase(phase, { hasSession: Boolean(session), hasPendingRecord: Boolean(pendingRecord), ended: Boolean(session?.endReason) });
  if (pendingRecord) return { phase: restored, session: session ?? sessionFromRecord(pendingRecord), pendingRecord };
  return restored === 'idle' ? { phase: 'idle' } : { phase: restored, session };
}

/**
 * Reads the saved call store: each part is checked, what is whole is restored, and what is damaged is named
 * so the whole saved text is set aside (exportable) before anything is written over it.
 */
export function readSavedCall(saved: unknown): SavedRead<Partial<CallData>> {
  if (!isObj(saved)) return { unreadable: 'it is not a saved call' };
  const problems: string[] = [];
  let session: CallSession | undefined;
  if (saved.session !== undefined && saved.session !== null) {
    const problem = isObj(saved.session) ? sessionProblem(saved.session) : 'the details of the call are damaged';
    if (problem) problems.push(problem);
    else session = saved.session as unknown as CallSession;
  }
  let pendingRecord: CallData['pendingRecord'];
  if (saved.pendingRecord !== undefined && saved.pendingRecord !== null) {
    pendingRecord = currentRecord(saved.pendingRecord);
    if (!pendingRecord) problems.push('the finished call waiting to be saved is damaged');
  }
  let plan: CallPlan | undefined;
  if (saved.plan !== undefined && saved.plan !== null) {
    if (isPlan(saved.plan)) plan = saved.plan;
    else problems.push('the rules set for the next call are damaged');
  }
  return { value: { ...phaseOf(saved.phase, session, pendingRecord), ...(plan ? { plan } : {}) }, problems };
}

/** What a reload finds, with anything damaged left out (for callers that only need the state). */
export function restoreSavedCall(saved: unknown): Partial<CallData> {
  const read = readSavedCall(saved);
  return 'unreadable' in read ? { phase: 'idle' } : read.value;
}
