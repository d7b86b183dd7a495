// Assignments on the server, with the same fields as assignment files: managers set the rules, trainees only read them.
import { Hono } from 'hono';
import { z } from 'zod';
import { type Assignment, validateAssignment } from '../../../core';
import { assertManagesTeam, assertTraineeInTeam, requireRole, requireUser, teamIdsOf } from '../auth/access';
import { invalid, notFound } from '../http/ApiError';
import { assignmentRef, pathParam, plainText, uuidField } from '../http/fields';
import { readJson } from '../http/readJson';
import { progressOf } from '../reports/progressOf';
import { newId } from '../secrets';
import { type AssignmentRow, assignmentById, assignmentsOfTeams } from '../store/assignmentStore';
import { isoNow } from '../systemClock';
import type { TeamEnv } from '../teamDeps';

/** Custom scenarios make most of an assignment's size, as in files. */
const ASSIGNMENT_BODY_LIMIT = 2_000_000;

// The file format's fields; the server sets kind, schemaVersion, id and createdAt, and core checks the rest strictly.
const SERVER_FIELDS = ['kind', 'schemaVersion', 'id', 'createdAt'];
const assignmentBody = z.record(z.string(), z.unknown());
const grantBody = z.strictObject({
  traineeId: uuidField,
  scenarioId: z.string().max(80),
  extraAttempts: z.number().int('expected a whole number').min(1, 'expected at least 1').max(50, 'expected at most 50'),
  reason: plainText(500),
});

export const assignmentView = (row: AssignmentRow) => ({
  id: row.id,
  teamId: row.teamId,
  createdAt: row.createdAt,
  archivedAt: row.archivedAt,
  assignment: row.definition,
});

export const assignmentRoutes = new Hono<TeamEnv>()
  .post('/teams/:teamId/assignments', async (c) => {
    const user = requireRole(c, ['admin', 'manager'], 'create assignments');
    const deps = c.var.deps;
    const teamId = pathParam(c, 'teamId', uuidField);
    await assertManagesTeam(deps, user, teamId);
    const body = await readJson(c, assignmentBody, ASSIGNMENT_BODY_LIMIT);
    const setByServer = SERVER_FIELDS.filter((key) => key in body);
    if (setByServer.length > 0)
      throw invalid(
        'Some fields are set by the server.',
        setByServer.map((path) => ({ path, message: 'set by the server: leave it out' })),
      );
    const id = newId();
    const createdAt = isoNow(deps.clock);
    const validated = validateAssignment({ kind: 'assignment', schemaVersion: 1, id, createdAt, ...body }, { builtinScenarioIds: deps.scenarios.builtinIds });
    if (!validated.ok) throw invalid(`The assignment is not valid: ${validated.errors.map((e) => `at ${e.path}: ${e.message}`).join('; ')}.`, validated.errors);
    const definition: Assignment = validated.value;
    await deps.db
      .insertInto('assignments')
      .values({ id, team_id: teamId, created_by: user.id, created_at: createdAt, archived_at: null, definition: JSON.stringify(definition) })
      .execute();
    return c.json({ assignment: assignmentView({ id, teamId, createdAt, archivedAt: null, definition }) }, 201);
  })
  .get('/teams/:teamId/assignments', async (c) => {
    const user = requireUser(c);
    const deps = c.var.deps;
    const teamId = pathParam(c, 'teamId', uuidField);
    await assertManagesTeam(deps, user, teamId);
    const rows = await assignmentsOfTeams(deps, [teamId], c.req.query('archived') === '1');
    return c.json({ assignments: rows.map(assignmentView) });
  })
  .get('/assignments/:assignmentId', async (c) => {
    const user = requireUser(c);
    const deps = c.var.deps;
    const row = await assignmentById(deps, pathParam(c, 'assignmentId', assignmentRef));
    if (!row) throw notFound('assignment');
    if (user.role === 'trainee') {
      if (row.archivedAt || !(await teamIdsOf(deps, user.id)).includes(row.teamId)) throw notFound('assignment');
    } else await assertManagesTeam(deps, user, row.teamId).catch(() => Promise.reject(notFound('assignment')));
    return c.json({ assignment: assignmentView(row) });
  })
  .post('/assignments/:assignmentId/archive', async (c) => {
    const user = requireRole(c, ['admin', 'manager'], 'archive assignments');
    const deps = c.var.deps;
    const row = await assignmentById(deps, pathParam(c, 'assignmentId', assignmentRef));
    if (!row) throw notFound('assignment');
    await assertManagesTeam(deps, user, row.teamId).catch(() => Promise.reject(notFound('assignment')));
    const archivedAt = row.archivedAt ?? isoNow(deps.clock);
    await deps.db.updateTable('assignments').set({ archived_at: archivedAt }).where('id', '=', row.id).execute();
    return c.json({ assignment: assignmentView({ ...row, archivedAt }) });
  })
  .post('/assignments/:assignmentId/grants', async (c) => {
    const user = requireRole(c, ['admin', 'manager'], 'grant extra attempts');
    const deps = c.var.deps;
    const row = await assignmentById(deps, pathParam(c, 'assignmentId', assignmentRef));
    if (!row) throw notFound('assignment');
    await assertManagesTeam(deps, user, row.teamId).catch(() => Promise.reject(notFound('assignment')));
    const body = await readJson(c, grantBody);
    if (!row.definition.scenarioIds.includes(body.scenarioId))
      throw invalid('That scenario is not part of this assignment.', [
        { path: 'scenarioId', message: `"${body.scenarioId}" is not a scenario of this assignment` },
      ]);
    await assertTraineeInTeam(deps, row.teamId, body.traineeId);
    const grant = {
      id: newId(),
      assignment_id: row.id,
      trainee_id: body.traineeId,
      scenario_id: body.scenarioId,
      extra_attempts: body.extraAttempts,
      reason: body.reason,
      granted_by: user.id,
      created_at: isoNow(deps.clock),
    };
    await deps.db.insertInto('attempt_grants').values(grant).execute();
    const progress = await progressOf(c.var.deps, row, body.traineeId);
    return c.json(
      {
        grant: {
          id: grant.id,
          assignmentId: row.id,
          traineeId: body.traineeId,
          scenarioId: body.scenarioId,
          extraAttempts: body.extraAttempts,
          reason: body.reason,
          grantedBy: user.id,
          createdAt: grant.created_at,
        },
        progress,
      },
      201,
    );
  })
  .get('/me/assignments', async (c) => {
    const user = requireUser(c);
    const deps = c.var.deps;
    const rows = await assignmentsOfTeams(deps, await teamIdsOf(deps, user.id));
    const assignments = await Promise.all(rows.map(async (row) => ({ ...assignmentView(row), progress: await progressOf(deps, row, user.id) })));
    return c.json({ assignments });
  });
