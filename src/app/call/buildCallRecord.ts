import { CALL_RECORD_VERSION, type CallRecord } from '../../core/history';
import type { Report } from '../../core/scoring';
import type { Transcript } from '../../core';
import type { CallSession } from './callState';

/** The transcript of a session in the interchange format, with the goal, seed and difficulty it was played with. */
export function transcriptOf(session: CallSession): Transcript {
  return {
    scenarioId: session.scenarioId,
    channel: session.channel,
    turns: session.turns,
    seed: session.seed,
    difficulty: session.difficulty,
    goal: session.goal,
    ...(session.endReason ? { endReason: session.endReason } : {}),
  };
}

/** The history record of a finished call. */
export function buildCallRecord(session: CallSession, report: Report, endedAt: string): CallRecord {
  return {
    version: CALL_RECORD_VERSION,
    id: session.callId,
    scenarioId: session.scenarioId,
    scenarioTitle: session.scenarioTitle,
    startedAt: session.startedAt,
    endedAt,
    personaKind: session.personaKind,
    mode: session.usedGuided ? 'guided' : 'free',
    transcript: transcriptOf(session),
    report,
    ...(session.assignmentId ? { assignmentId: session.assignmentId } : {}),
  };
}
