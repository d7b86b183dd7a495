import type { Assignment } from '../../../src/core/assignments/assignmentSchema';
import type { ScoreFn } from '../../../src/core/assignments/verifyResults';
import { CALL_RECORD_VERSION, type CallRecord } from '../../../src/core/history/callRecord';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { BUILTIN_IDS, loadAssignment } from '../../fixtures/assignments/fakeCalls';
import { playSeries } from '../series/playSeries';
import { broken, kept, lease, leaseOnly } from './seriesAttemptsFixture';

/** An assignment of the lease series alone (built in), two attempts allowed. */
export const seriesAssignment: Assignment = {
  ...loadAssignment(),
  id: 'week-2-series',
  title: 'Week 2: the lease series',
  note: 'Play the series through to its last call.',
  scenarioIds: [lease.id],
  attemptsAllowed: 2,
};

/** What the manager's app knows when it reads a results file: the built-in ids, and the lease series to check its calls. */
export const SERIES_CONTEXT = { builtinScenarioIds: [...BUILTIN_IDS, lease.id], scenarioOf: leaseOnly };

let day = 10;

/**
 * One play of the lease series (every call, or the first `upTo`) saved as the trainee's app saves it under the
 * assignment: ids `<prefix>-<n>`, a day apart, each call's report scored against the call as it was played.
 */
export async function leaseRecords(prefix: string, way: 'kept' | 'broken', upTo = 2, score: ScoreFn = scoreTranscript): Promise<CallRecord[]> {
  const calls = await playSeries(lease, (way === 'kept' ? kept : broken).slice(0, upTo));
  return calls.map((call, index) => {
    const startedAt = new Date(Date.UTC(2026, 0, day++, 10)).toISOString();
    return {
      version: CALL_RECORD_VERSION,
      id: `${prefix}-${index}`,
      scenarioId: call.played.id,
      scenarioTitle: call.played.title,
      startedAt,
      endedAt: startedAt.replace('T10:00', 'T10:05'),
      personaKind: 'scripted',
      mode: 'guided',
      transcript: call.transcript,
      report: score(call.played, call.transcript),
      assignmentId: seriesAssignment.id,
    };
  });
}
