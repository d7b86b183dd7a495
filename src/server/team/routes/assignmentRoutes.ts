// Assignments on the server, with the same fields as assignment files: managers set the rules, trainees only read them.
import { Hono } from 'hono';
import { z } from 'zod';
import { type Assignment, assignmentSchema, changedFields, editAssignment, type EditableField, isPlayRule, validateAssignment } from '../../../core';
import { assertManagesTeam, assertTraineeInTeam, requireRole, requireUser, teamIdsOf } from '../auth/access';
import { ApiError, conflict, invalid, notFound } from '../http/ApiError';
import { assignmentRef, pathParam, plainText, uuidField } from '../http/fields';
import { readJson } from '../http/readJson';
import { progressOf } from '../reports/progressOf';
import { newId } from '../secrets';
import { type AssignmentRow, assignmentById, assignmentsOfTeams, callCountsOf, lockAssignment } from '../store/assignmentStore';
import { isoNow } from '../systemClock';
import type { TeamEnv } from '../teamDeps';

/** Custom scenarios make most of an assignment's size, as in files. */
const ASSIGNMENT_BODY_LIMIT = 2_000_000;

// The file format's fields; the server sets kind, schemaVersion, id and createdAt, and core checks the rest strictly.
const SERVER_FIELDS = ['kind', 'schemaVersion', 'id', 'createdAt'];
const assignmentBody = z.record(z.string(), z.unknown());
const shape = assignmentSchema.shape;
const setByServer = z.unknown().refine(() => false, 'set by the server: it cannot change');
// Any editable field may be sent alone; null removes an optional one. Core then checks the edited assignment as a whole.
const editBody = z
  .strictObject({
    title: shape.title,
    note: shape.note.unwrap().nullable(),
    scenarioIds: shape.scenarioIds,
    customScenarios: shape.customScenarios.unwrap(),
    passMark: shape.passMark,
    dueDate: shape.dueDate.unwrap().nullable(),
    attemptsAllowed: shape.attemptsAllowed,
    personaKind: shape.personaKind,
    mode: shape.mode,
    difficulty: shape.difficulty.unwrap().nullable(),
    kind: setByServer,
    schemaVersion: setByServer,
    id: setByServer,
    createdAt: setByServer,
  })
  .partial()
  .refine((edit) => Object.keys(edit).length > 0, 'expected at least one field to change');

/** The play rules as a manager names them, for the refusal to change them. */
const RULE_NAMES: Partial<Record<EditableField, string>> = {
  scenarioIds: 'the scenarios',
  customScenarios: 'the custom scenarios',
  personaKind: 'the customer',
  mode: 'how trainees speak',
  difficulty: 'the difficulty',
};
const listed = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** 409: calls already uploaded were checked and scored against these rules, so they stay. */
function rulesLocked(fields: EditableField[], calls: number): ApiError {
  const what = listed(fields.map((f) => RULE_NAMES[f] ?? f));
  return new ApiError(
    409,
    `${what[0]!.toUpperCase()}${what.slice(1)} cannot change once calls were uploaded under this assignment (${calls} so far): archive it and create a new one. The title, note, due date, pass mark and attempts can still change.`,
    'rules_locked',
    fields.map((path) => ({ path, message: `cannot change: ${calls} call${calls === 1 ? ' was' : 's were'} already uploaded under this assignment` })),
  );
}

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
  updatedAt: row.updatedAt,
  assignment: row.definition,
});

/** What managers see of an assignment: also how many calls are stored under it (its play rules are fixed once there are any). */
const managedView = (row: AssignmentRow, callCount: number) => ({ ...assignmentView(row), callCount });

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
    return c.json({ assignment: managedView({ id, teamId, createdAt, archivedAt: null, updatedAt: null, definition }, 0) }, 201);
  })
  .get('/teams/:teamId/assignments', async (c) => {
    const user = requireUser(c);
    const deps = c.var.deps;
    const teamId = pathParam(c, 'teamId', uuidField);
    await assertManagesTeam(deps, user, teamId);
    const rows = await assignmentsOfTeams(deps, [teamId], c.req.query('archived') === '1');
    const calls = await callCountsOf(
      deps.db,
      rows.map((r) => r.id),
    );
    return c.json({ assignments: rows.map((row) => managedView(row, calls.get(row.id) ?? 0)) });
  })
  .get('/assignments/:assignmentId', async (c) => {
    const user = requireUser(c);
    const deps = c.var.deps;
    const row = await assignmentById(deps, pathParam(c, 'assignmentId', assignmentRef));
    if (!row) throw notFound('assignment');
    if (user.role === 'trainee') {
      if (row.archivedAt || !(await teamIdsOf(deps, user.id)).includes(row.teamId)) throw notFound('assignment');
      return c.json({ assignment: assignmentView(row) });
    }
    await assertManagesTeam(deps, user, row.teamId).catch(() => Promise.reject(notFound('assignment')));
    return c.json({ assignment: managedView(row, (await callCountsOf(deps.db, [row.id])).get(row.id) ?? 0) });
  })
  .patch('/assignments/:assignmentId', async (c) => {
    const user = requireRole(c, ['admin', 'manager'], 'edit assignments');
    const deps = c.var.deps;
    const id = pathParam(c, 'assignmentId', assignmentRef);
    const found = await assignmentById(deps, id);
    if (!found) throw notFound('assignment');
    await assertManagesTeam(deps, user, found.teamId).catch(() => Promise.reject(notFound('assignment')));
    const edit = await readJson(c, editBody, ASSIGNMENT_BODY_LIMIT);
    const saved = await deps.db.transaction().execute(async (tx) => {
      // Locked so no call lands under the old play rules between counting the calls and saving the new rules.
      const row = await lockAssignment(tx, id, 'update');
      if (!row) throw notFound('assignment');
      if (row.archivedAt) throw conflict('This assignment is archived, so its rules stay as they were: create a new one instead.', 'assignment_archived');
      const validated = editAssignment(row.definition, edit, { builtinScenarioIds: deps.scenarios.builtinIds });
      if (!validated.ok)
        throw invalid(`The assignment is not valid: ${validated.errors.map((e) => `at ${e.path}: ${e.message}`).join('; ')}.`, validated.errors);
      const calls = (await callCountsOf(tx, [id])).get(id) ?? 0;
      const changed = changedFields(row.definition, validated.value);
      if (changed.length === 0) return { row, calls };
      const locked = changed.filter(isPlayRule);
      if (calls > 0 && locked.length > 0) throw rulesLocked(locked, calls);
      const updatedAt = isoNow(deps.clock);
      await tx
        .updateTable('assignments')
        .set({ definition: JSON.stringify(validated.value), updated_at: updatedAt, updated_by: user.id })
        .where('id', '=', id)
        .execute();
      return { row: { ...row, updatedAt, definition: validated.value }, calls };
    });
    return c.json({ assignment: managedView(saved.row, saved.calls) });
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
