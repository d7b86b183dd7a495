// A manager's live view of a team: roster, trainee × principle grid, weak spots, exports, and results-file import.
import { Hono } from 'hono';
import { z } from 'zod';
import { PRINCIPLE_IDS, toCsv, validateResults } from '../../../core';
import { assertManagesTeam, assertTraineeInTeam, requireRole } from '../auth/access';
import { ApiError, conflict, invalid } from '../http/ApiError';
import { pathParam, uuidField } from '../http/fields';
import { readJson } from '../http/readJson';
import { principleGrid } from '../reports/principleGrid';
import { type TeamSnapshot, teamSnapshot } from '../reports/teamSnapshot';
import type { TeamAssignmentStatus } from '../reports/traineeProgress';
import { weightedWeakSpots } from '../reports/weightedWeakSpots';
import { assignmentById } from '../store/assignmentStore';
import { storeCall } from '../store/callStore';
import { earlierCallsInFile } from '../store/earlierSeriesCalls';
import { isoNow } from '../systemClock';
import type { TeamEnv } from '../teamDeps';
import { sameTranscriptFlags } from './callViews';

/** A results file is at most 10 MB; the wrapper adds little. */
const IMPORT_BODY_LIMIT = 10_100_000;
const importBody = z.strictObject({ traineeId: uuidField, results: z.record(z.string(), z.unknown()) });

/** A trainee's standing over all active assignments: the most pressing status first. */
function overallStatus(statuses: TeamAssignmentStatus[]): TeamAssignmentStatus {
  if (statuses.length === 0) return 'not-started';
  for (const s of ['failed', 'overdue'] as const) if (statuses.includes(s)) return s;
  if (statuses.every((s) => s === 'passed')) return 'passed';
  return statuses.some((s) => s !== 'not-started') ? 'in-progress' : 'not-started';
}

async function snapshotFor(c: Parameters<typeof requireRole>[0]): Promise<TeamSnapshot> {
  const user = requireRole(c, ['admin', 'manager'], 'see team results');
  const teamId = pathParam(c, 'teamId', uuidField);
  await assertManagesTeam(c.var.deps, user, teamId);
  return teamSnapshot(c.var.deps, teamId);
}

/** One flat record per call, shared by the CSV and JSON exports. */
async function exportRecords(c: Parameters<typeof requireRole>[0], snap: TeamSnapshot) {
  const flags = await sameTranscriptFlags(c.var.deps, c.var.user!, snap.calls);
  const trainees = new Map(snap.trainees.map((t) => [t.id, t]));
  const assignments = new Map(snap.assignments.map((a) => [a.id, a]));
  return snap.calls
    .filter((call) => trainees.has(call.traineeId))
    .map((call) => {
      const assignment = assignments.get(call.assignmentId!)!;
      const progress = snap.progress.get(assignment.id)?.get(call.traineeId);
      const principles = Object.fromEntries(
        PRINCIPLE_IDS.map((id) => {
          const p = call.report.principles.find((x) => x.id === id);
          return [id, p ? { verdict: p.verdict, score: p.score } : null];
        }),
      );
      return {
        trainee: trainees.get(call.traineeId)!.displayName,
        traineeEmail: trainees.get(call.traineeId)!.email,
        traineeId: call.traineeId,
        assignment: assignment.definition.title,
        assignmentId: assignment.id,
        scenario: call.scenarioTitle,
        scenarioId: call.scenarioId,
        callId: call.id,
        startedAt: call.startedAt,
        endedAt: call.endedAt,
        receivedAt: call.receivedAt,
        dueDate: assignment.definition.dueDate ?? null,
        overall: call.report.overall,
        originalOverall: call.originalReport.overall,
        passMark: assignment.definition.passMark,
        passed: call.report.overall >= assignment.definition.passMark,
        counted: progress?.countedCallIds.includes(call.id) ?? false,
        overridden: call.overrides.length > 0,
        sameTranscriptElsewhere: flags.get(call.id)?.count ?? 0,
        clientReportDiffers: call.clientReportDiffers,
        source: call.source,
        principles,
      };
    });
}

export const managerRoutes = new Hono<TeamEnv>()
  .get('/teams/:teamId/roster', async (c) => {
    const snap = await snapshotFor(c);
    const active = snap.assignments.filter((a) => !a.archivedAt);
    return c.json({
      team: snap.team,
      assignments: active.map((a) => ({
        id: a.id,
        title: a.definition.title,
        dueDate: a.definition.dueDate ?? null,
        passMark: a.definition.passMark,
        scenarioIds: a.definition.scenarioIds,
      })),
      trainees: snap.trainees.map((t) => {
        const standings = active.map((a) => ({ assignmentId: a.id, ...snap.progress.get(a.id)!.get(t.id)! }));
        return { ...t, status: overallStatus(standings.map((s) => s.status)), assignments: standings };
      }),
    });
  })
  .get('/teams/:teamId/grid', async (c) => {
    const snap = await snapshotFor(c);
    const assignmentIds = snap.assignments.map((a) => a.id);
    const rows = principleGrid(
      snap.trainees.map((t) => t.id),
      assignmentIds,
      snap.calls,
    );
    const names = new Map(snap.trainees.map((t) => [t.id, t.displayName]));
    return c.json({
      team: snap.team,
      principles: PRINCIPLE_IDS,
      assignments: snap.assignments.map((a) => ({ id: a.id, title: a.definition.title, createdAt: a.createdAt })),
      trainees: rows.map((r) => ({ id: r.traineeId, displayName: names.get(r.traineeId), cells: r.cells })),
    });
  })
  .get('/teams/:teamId/weak-spots', async (c) => {
    const snap = await snapshotFor(c);
    const members = new Set(snap.trainees.map((t) => t.id));
    return c.json({
      team: snap.team,
      method: 'Wilson 95% lower bound of the miss rate',
      weakSpots: weightedWeakSpots(snap.calls.filter((call) => members.has(call.traineeId))),
    });
  })
  .get('/teams/:teamId/export.json', async (c) => {
    const snap = await snapshotFor(c);
    const calls = await exportRecords(c, snap);
    c.header('content-disposition', `attachment; filename="team-${snap.team.id}.json"`);
    return c.json({ kind: 'team-export', schemaVersion: 1, exportedAt: isoNow(c.var.deps.clock), team: snap.team, principles: PRINCIPLE_IDS, calls });
  })
  .get('/teams/:teamId/export.csv', async (c) => {
    const snap = await snapshotFor(c);
    const records = await exportRecords(c, snap);
    const fixed = [
      'Trainee',
      'Email',
      'Assignment',
      'Assignment id',
      'Scenario',
      'Scenario id',
      'Call id',
      'Started',
      'Ended',
      'Received',
      'Due',
      'Score',
      'Original score',
      'Pass mark',
      'Passed',
      'Counted',
      'Overridden',
      'Same transcript elsewhere',
      'Edited score sent',
      'Source',
    ];
    const header = [...fixed, ...PRINCIPLE_IDS.flatMap((id) => [`${id} verdict`, `${id} score`])];
    const rows = records.map((r) => [
      r.trainee,
      r.traineeEmail,
      r.assignment,
      r.assignmentId,
      r.scenario,
      r.scenarioId,
      r.callId,
      r.startedAt,
      r.endedAt,
      r.receivedAt,
      r.dueDate ?? undefined,
      r.overall,
      r.originalOverall,
      r.passMark,
      r.passed,
      r.counted,
      r.overridden,
      r.sameTranscriptElsewhere,
      r.clientReportDiffers,
      r.source,
      ...PRINCIPLE_IDS.flatMap((id) => [r.principles[id]?.verdict, r.principles[id]?.score]),
    ]);
    return c.body(toCsv([header, ...rows]), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="team-${snap.team.id}.csv"`,
    });
  })
  .post('/teams/:teamId/import', async (c) => {
    const user = requireRole(c, ['admin', 'manager'], 'import results files');
    const deps = c.var.deps;
    const teamId = pathParam(c, 'teamId', uuidField);
    await assertManagesTeam(deps, user, teamId);
    const body = await readJson(c, importBody, IMPORT_BODY_LIMIT);
    await assertTraineeInTeam(deps, teamId, body.traineeId);
    const validated = validateResults(body.results, { builtinScenarioIds: deps.scenarios.builtinIds });
    if (!validated.ok) {
      const problems = validated.errors.map((e) => ({ path: `results.${e.path}`.replace(/\.\((file|root)\)$/, ''), message: e.message }));
      throw invalid(`The results file is not valid: ${problems.map((p) => `at ${p.path}: ${p.message}`).join('; ')}.`, problems);
    }
    const file = validated.value;
    let assignment = await assignmentById(deps, file.assignment.id);
    if (assignment && assignment.teamId !== teamId)
      throw conflict('An assignment with this id belongs to another team, so this file cannot be imported here.', 'assignment_elsewhere');
    if (!assignment) {
      // The team's own copy of the rules from now on: the file's copy is used once, to create it.
      const createdAt = isoNow(deps.clock);
      await deps.db
        .insertInto('assignments')
        .values({
          id: file.assignment.id,
          team_id: teamId,
          created_by: user.id,
          created_at: createdAt,
          archived_at: null,
          definition: JSON.stringify(file.assignment),
        })
        .execute();
      assignment = { id: file.assignment.id, teamId, createdAt, archivedAt: null, updatedAt: null, definition: file.assignment };
    }
    const outcome = { added: [] as string[], alreadyThere: [] as string[], refused: [] as { callId: string; path: string; code: string; reason: string }[] };
    // In the order played, so the calls of a series run are stored before the calls that follow them.
    const played = file.attempts
      .map((attempt, i) => ({ attempt, path: `results.attempts.${i}` }))
      .sort((a, b) => Date.parse(a.attempt.startedAt) - Date.parse(b.attempt.startedAt));
    const earlierInFile = earlierCallsInFile(deps, assignment.definition, played);
    for (const { attempt, path } of played) {
      const claimed = earlierInFile.get(attempt.id);
      // A later series call carries the calls before it, as an upload does: they are checked against those stored.
      const upload = claimed ? { ...attempt, earlierTranscripts: claimed.map((c) => c.transcript) } : attempt;
      try {
        const stored = await storeCall(deps, { traineeId: body.traineeId, upload, assignment, source: 'import', claimed, at: path });
        (stored.created ? outcome.added : outcome.alreadyThere).push(attempt.id);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        outcome.refused.push({ callId: attempt.id, path, code: error.code, reason: error.message });
      }
    }
    return c.json({ assignmentId: assignment.id, trainee: file.trainee, ...outcome });
  });
