import { CALL_RECORD_VERSION, type CallRecord } from '../history/callRecord';
import type { Report } from '../scoring/report';
import type { CallSession } from './CallSession';
import { transcriptOf } from './transcriptOf';

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
    ...(session.retryOf ? { retryOf: session.retryOf } : {}),
  };
}
