// How calls are shown: a short summary for lists, the whole call for review and replay.
import type { SessionUser, TeamDeps } from '../teamDeps';
import { assertMaySeeTrainee } from '../auth/access';
import { type CallView, sameTranscripts } from '../store/callStore';

export interface SameTranscript {
  /** Other trainees' calls with this transcript. */
  count: number;
  /** Those the caller may open (none for a trainee). */
  visible: { callId: string; traineeId: string }[];
}

/** The short form of a call for lists. */
export function callSummary(call: CallView, same: SameTranscript, counted?: boolean) {
  return {
    id: call.id,
    traineeId: call.traineeId,
    assignmentId: call.assignmentId,
    teamId: call.teamId,
    scenarioId: call.scenarioId,
    scenarioTitle: call.scenarioTitle,
    startedAt: call.startedAt,
    endedAt: call.endedAt,
    receivedAt: call.receivedAt,
    personaKind: call.personaKind,
    mode: call.mode,
    source: call.source,
    overall: call.report.overall,
    originalOverall: call.originalReport.overall,
    overridden: call.overrides.length > 0,
    clientReportDiffers: call.clientReportDiffers,
    sameTranscript: same,
    ...(counted !== undefined ? { counted } : {}),
  };
}

/** Same-transcript flags for `calls`, listing only the copies `user` may open. */
export async function sameTranscriptFlags(deps: TeamDeps, user: SessionUser, calls: readonly CallView[]): Promise<Map<string, SameTranscript>> {
  const found = await sameTranscripts(deps, calls);
  const flags = new Map<string, SameTranscript>();
  const allowed = new Map<string, boolean>();
  for (const call of calls) {
    const others = found.get(call.id) ?? [];
    const visible: SameTranscript['visible'] = [];
    if (user.role !== 'trainee') {
      for (const other of others) {
        if (!allowed.has(other.traineeId))
          allowed.set(
            other.traineeId,
            await assertMaySeeTrainee(deps, user, other.traineeId).then(
              () => true,
              () => false,
            ),
          );
        if (allowed.get(other.traineeId)) visible.push(other);
      }
    }
    flags.set(call.id, { count: others.length, visible });
  }
  return flags;
}
