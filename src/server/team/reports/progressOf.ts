// One trainee's standing on one assignment, from the stored calls (overrides applied) and the grants.
import { type AssignmentRow, grantsFor, scenarioLookup } from '../store/assignmentStore';
import { loadCalls } from '../store/callStore';
import type { TeamDeps } from '../teamDeps';
import { traineeProgress } from './traineeProgress';

/** One trainee's progress on one assignment, with granted attempts and overrides counted. */
export async function progressOf(deps: TeamDeps, row: AssignmentRow, traineeId: string) {
  const calls = await loadCalls(deps, { assignmentIds: [row.id], traineeIds: [traineeId] });
  const grants = (await grantsFor(deps, [row.id])).get(row.id)?.get(traineeId) ?? new Map<string, number>();
  return traineeProgress(
    row.definition,
    calls.map((call) => ({
      id: call.id,
      scenarioId: call.scenarioId,
      startedAt: call.startedAt,
      seq: call.seq,
      overall: call.report.overall,
      transcript: call.transcript,
    })),
    grants,
    deps.clock.now(),
    scenarioLookup(deps, row.definition),
  );
}
