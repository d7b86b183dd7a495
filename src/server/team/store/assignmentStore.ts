// Reading assignments, the scenarios they play and the extra attempts granted on them.
import type { Assignment, Scenario } from '../../../core';
import type { TeamDeps } from '../teamDeps';

export interface AssignmentRow {
  id: string;
  teamId: string;
  createdAt: string;
  archivedAt: string | null;
  definition: Assignment;
}

const toRow = (r: { id: string; team_id: string; created_at: Date; archived_at: Date | null; definition: Assignment }): AssignmentRow => ({
  id: r.id,
  teamId: r.team_id,
  createdAt: r.created_at.toISOString(),
  archivedAt: r.archived_at?.toISOString() ?? null,
  definition: r.definition,
});

export async function assignmentById(deps: TeamDeps, id: string): Promise<AssignmentRow | undefined> {
  const row = await deps.db.selectFrom('assignments').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRow(row);
}

/** A team's assignments, oldest first; archived ones only when asked. */
export async function assignmentsOfTeams(deps: TeamDeps, teamIds: readonly string[], withArchived = false): Promise<AssignmentRow[]> {
  if (teamIds.length === 0) return [];
  let query = deps.db.selectFrom('assignments').selectAll().where('team_id', 'in', [...teamIds]).orderBy('created_at').orderBy('id');
  if (!withArchived) query = query.where('archived_at', 'is', null);
  return (await query.execute()).map(toRow);
}

/** The scenario a call under `assignment` plays: the assignment's own custom one first, else the built-in one. */
export function scenarioFor(deps: TeamDeps, assignment: Assignment | undefined, scenarioId: string): Scenario | undefined {
  return assignment?.customScenarios.find((s) => s.id === scenarioId) ?? deps.scenarios.byId(scenarioId);
}

/** Extra attempts by assignment, trainee and scenario: `grants.get(a)?.get(t)?.get(s)`. */
export async function grantsFor(deps: TeamDeps, assignmentIds: readonly string[]): Promise<Map<string, Map<string, Map<string, number>>>> {
  const grants = new Map<string, Map<string, Map<string, number>>>();
  if (assignmentIds.length === 0) return grants;
  const rows = await deps.db.selectFrom('attempt_grants').select(['assignment_id', 'trainee_id', 'scenario_id', 'extra_attempts']).where('assignment_id', 'in', [...assignmentIds]).execute();
  for (const r of rows) {
    const byTrainee = grants.get(r.assignment_id) ?? new Map<string, Map<string, number>>();
    const byScenario = byTrainee.get(r.trainee_id) ?? new Map<string, number>();
    byScenario.set(r.scenario_id, (byScenario.get(r.scenario_id) ?? 0) + r.extra_attempts);
    byTrainee.set(r.trainee_id, byScenario);
    grants.set(r.assignment_id, byTrainee);
  }
  return grants;
}
