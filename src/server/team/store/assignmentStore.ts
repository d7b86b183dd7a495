// Reading assignments, the scenarios they play and the extra attempts granted on them.
import type { Kysely, Transaction } from 'kysely';
import { type Assignment, type Scenario, type ScenarioLookup, seriesCallIndex, seriesCallScenario } from '../../../core';
import type { TeamDatabase } from '../db/teamDatabase';
import type { TeamDeps } from '../teamDeps';

export interface AssignmentRow {
  id: string;
  teamId: string;
  createdAt: string;
  archivedAt: string | null;
  /** When its rules were last edited; null if never. */
  updatedAt: string | null;
  definition: Assignment;
}

const toRow = (r: {
  id: string;
  team_id: string;
  created_at: Date;
  archived_at: Date | null;
  updated_at: Date | null;
  definition: Assignment;
}): AssignmentRow => ({
  id: r.id,
  teamId: r.team_id,
  createdAt: r.created_at.toISOString(),
  archivedAt: r.archived_at?.toISOString() ?? null,
  updatedAt: r.updated_at?.toISOString() ?? null,
  definition: r.definition,
});

export async function assignmentById(deps: TeamDeps, id: string): Promise<AssignmentRow | undefined> {
  const row = await deps.db.selectFrom('assignments').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRow(row);
}

/**
 * The assignment read and locked until the transaction ends: 'update' to change its rules, 'share' to store a call
 * under them. The two exclude each other, so a call never lands under rules that changed after it was checked.
 */
export async function lockAssignment(tx: Transaction<TeamDatabase>, id: string, mode: 'update' | 'share'): Promise<AssignmentRow | undefined> {
  const query = tx.selectFrom('assignments').selectAll().where('id', '=', id);
  const row = await (mode === 'update' ? query.forUpdate() : query.forShare()).executeTakeFirst();
  return row && toRow(row);
}

/** How many calls are stored under each of the assignments (absent: none); `db` may be a transaction. */
export async function callCountsOf(db: Kysely<TeamDatabase>, assignmentIds: readonly string[]): Promise<Map<string, number>> {
  if (assignmentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('calls')
    .select(['assignment_id', (eb) => eb.fn.countAll<string | number>().as('calls')])
    .where('assignment_id', 'in', [...assignmentIds])
    .groupBy('assignment_id')
    .execute();
  return new Map(rows.map((r) => [r.assignment_id!, Number(r.calls)]));
}

/** A team's assignments, oldest first; archived ones only when asked. */
export async function assignmentsOfTeams(deps: TeamDeps, teamIds: readonly string[], withArchived = false): Promise<AssignmentRow[]> {
  if (teamIds.length === 0) return [];
  let query = deps.db
    .selectFrom('assignments')
    .selectAll()
    .where('team_id', 'in', [...teamIds])
    .orderBy('created_at')
    .orderBy('id');
  if (!withArchived) query = query.where('archived_at', 'is', null);
  return (await query.execute()).map(toRow);
}

/** The series id of a series call's id ("lease-series/promised-call"), or the id itself for a scenario. */
export const seriesIdOf = (scenarioId: string): string => scenarioId.split('/')[0]!;

/** A scenario by id: the assignment's own custom one first, else the built-in one. */
const scenarioById = (deps: TeamDeps, assignment: Assignment | undefined, id: string) =>
  assignment?.customScenarios.find((s) => s.id === id) ?? deps.scenarios.byId(id);

/** Looks up the assignment's scenarios as the server plays them (to tell a series when counting attempts). */
export const scenarioLookup =
  (deps: TeamDeps, assignment: Assignment): ScenarioLookup =>
  (id) =>
    scenarioById(deps, assignment, id);

/** For a series call's id, its series and the call's index in it; undefined for a plain scenario or an unknown call. */
export function seriesCallOf(deps: TeamDeps, assignment: Assignment | undefined, scenarioId: string): { series: Scenario; index: number } | undefined {
  if (!scenarioId.includes('/')) return undefined;
  const series = scenarioById(deps, assignment, seriesIdOf(scenarioId));
  const index = series ? seriesCallIndex(series, scenarioId) : -1;
  return series && index >= 0 ? { series, index } : undefined;
}

/** The scenario a call under `assignment` plays (a series call as written, before any memory of earlier calls). */
export function scenarioFor(deps: TeamDeps, assignment: Assignment | undefined, scenarioId: string): Scenario | undefined {
  if (!scenarioId.includes('/')) return scenarioById(deps, assignment, scenarioId);
  const call = seriesCallOf(deps, assignment, scenarioId);
  return call && seriesCallScenario(call.series, call.index);
}

/** Extra attempts by assignment, trainee and scenario: `grants.get(a)?.get(t)?.get(s)`. */
export async function grantsFor(deps: TeamDeps, assignmentIds: readonly string[]): Promise<Map<string, Map<string, Map<string, number>>>> {
  const grants = new Map<string, Map<string, Map<string, number>>>();
  if (assignmentIds.length === 0) return grants;
  const rows = await deps.db
    .selectFrom('attempt_grants')
    .select(['assignment_id', 'trainee_id', 'scenario_id', 'extra_attempts'])
    .where('assignment_id', 'in', [...assignmentIds])
    .execute();
  for (const r of rows) {
    const byTrainee = grants.get(r.assignment_id) ?? new Map<string, Map<string, number>>();
    const byScenario = byTrainee.get(r.trainee_id) ?? new Map<string, number>();
    byScenario.set(r.scenario_id, (byScenario.get(r.scenario_id) ?? 0) + r.extra_attempts);
    byTrainee.set(r.trainee_id, byScenario);
    grants.set(r.assignment_id, byTrainee);
  }
  return grants;
}
