// Everything a manager's views of one team are built from, read in a few queries: trainees, assignments, calls, grants.
import { assignmentsOfTeams, type AssignmentRow, grantsFor, scenarioLookup } from '../store/assignmentStore';
import { type CallView, loadCalls } from '../store/callStore';
import type { TeamDeps } from '../teamDeps';
import { type TraineeProgress, traineeProgress } from './traineeProgress';

export interface TeamTrainee {
  id: string;
  email: string;
  displayName: string;
}

export interface TeamSnapshot {
  team: { id: string; name: string };
  trainees: TeamTrainee[];
  assignments: AssignmentRow[];
  /** The calls under the team's assignments (archived ones included), oldest first. */
  calls: CallView[];
  /** progress.get(assignmentId)?.get(traineeId) */
  progress: Map<string, Map<string, TraineeProgress>>;
}

export async function teamSnapshot(deps: TeamDeps, teamId: string): Promise<TeamSnapshot> {
  const team = await deps.db.selectFrom('teams').select(['id', 'name']).where('id', '=', teamId).executeTakeFirstOrThrow();
  const trainees = await deps.db
    .selectFrom('team_members')
    .innerJoin('users', 'users.id', 'team_members.user_id')
    .select(['users.id', 'users.email', 'users.display_name'])
    .where('team_members.team_id', '=', teamId)
    .where('users.role', '=', 'trainee')
    .orderBy('users.display_name')
    .orderBy('users.id')
    .execute();
  const assignments = await assignmentsOfTeams(deps, [teamId], true);
  const calls = await loadCalls(deps, { assignmentIds: assignments.map((a) => a.id) });
  const grants = await grantsFor(
    deps,
    assignments.map((a) => a.id),
  );
  const progress = new Map<string, Map<string, TraineeProgress>>();
  for (const assignment of assignments) {
    const lookup = scenarioLookup(deps, assignment.definition);
    const byTrainee = new Map<string, TraineeProgress>();
    for (const trainee of trainees) {
      const theirs = calls
        .filter((c) => c.assignmentId === assignment.id && c.traineeId === trainee.id)
        .map((c) => ({ id: c.id, scenarioId: c.scenarioId, startedAt: c.startedAt, seq: c.seq, overall: c.report.overall, transcript: c.transcript }));
      byTrainee.set(
        trainee.id,
        traineeProgress(assignment.definition, theirs, grants.get(assignment.id)?.get(trainee.id) ?? new Map(), deps.clock.now(), lookup),
      );
    }
    progress.set(assignment.id, byTrainee);
  }
  return { team, trainees: trainees.map((t) => ({ id: t.id, email: t.email, displayName: t.display_name })), assignments, calls, progress };
}
