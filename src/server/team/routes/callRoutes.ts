// Calls: upload (idempotent by call id, scored again by the server), review and replay, coaching notes and verdict overrides.
import { Hono } from 'hono';
import { z } from 'zod';
import { PRINCIPLE_IDS, attemptSchema, checkAttemptTurns, strictReportSchema, strictTranscriptSchema, type ValidationError } from '../../../core';
import { assertMaySeeTrainee, requireRole, requireUser } from '../auth/access';
import { ApiError, invalid, notFound } from '../http/ApiError';
import { assignmentRef, callRef, pathParam, plainText, uuidField } from '../http/fields';
import { readJson } from '../http/readJson';
import { newId } from '../secrets';
import { type AssignmentRow, assignmentById, seriesIdOf } from '../store/assignmentStore';
import { ASSIGNMENT_CHANGED, type CallView, loadCalls, storeCall } from '../store/callStore';
import { isoNow } from '../systemClock';
import type { SessionUser, TeamDeps, TeamEnv } from '../teamDeps';
import { progressOf } from '../reports/progressOf';
import { callSummary, sameTranscriptFlags } from './callViews';

/** A call of 400 turns of 10,000 characters, with its report, fits. */
export const CALL_BODY_LIMIT = 5_000_000;

/** A scenario's id, or a series call's: the series' id and the call's ("lease-series/promised-call"). */
const callScenarioId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/,
    'expected a scenario id such as "lease-follow-up", or a series call’s such as "lease-series/promised-call"',
  )
  .max(161, 'too long: at most 161 characters');
const uploadTranscript = z.strictObject({ ...strictTranscriptSchema.shape, scenarioId: callScenarioId });

export const uploadBody = z
  .strictObject({
    ...attemptSchema.shape,
    scenarioId: callScenarioId,
    transcript: uploadTranscript,
    report: z.strictObject({ ...strictReportSchema.shape, scenarioId: callScenarioId }).optional(),
    // A series call's briefing and customer come from the calls before it in its run: the server needs them to score it.
    earlierTranscripts: z.array(uploadTranscript).max(3, 'too many: a series has at most 4 calls').optional(),
    assignmentId: assignmentRef.nullable().optional(),
  })
  .refine((call) => !(Date.parse(call.startedAt) > Date.parse(call.endedAt)), { path: ['endedAt'], message: 'expected a time after startedAt' });

const noteBody = z.strictObject({
  turn: z.number().int('expected a whole number').min(0, 'expected 0 or more').max(400, 'expected at most 400'),
  text: plainText(2_000),
});
const overrideBody = z.strictObject({
  principleId: z.enum(PRINCIPLE_IDS),
  verdict: z.enum(['met', 'missed', 'n/a']),
  score: z.number().min(0, 'expected 0 to 100').max(100, 'expected 0 to 100').optional(),
  reason: plainText(500),
});

/** Checks that need the whole upload: the transcript and report belong to this scenario, quotes point at real turns. */
function crossChecks(upload: z.infer<typeof uploadBody>): ValidationError[] {
  const problems = checkAttemptTurns(upload as unknown as Record<string, unknown>, '(root)').map((p) => ({ ...p, path: p.path.replace(/^\(root\)\./, '') }));
  if (upload.transcript.scenarioId !== upload.scenarioId)
    problems.push({ path: 'transcript.scenarioId', message: `expected "${upload.scenarioId}" like the call` });
  if (upload.report && upload.report.scenarioId !== upload.scenarioId)
    problems.push({ path: 'report.scenarioId', message: `expected "${upload.scenarioId}" like the call` });
  return problems;
}

/** Loads one call if `user` may see it; 404 otherwise. */
export async function visibleCall(deps: TeamDeps, user: SessionUser, callId: string): Promise<CallView> {
  const [call] = await loadCalls(deps, { callIds: [callId] });
  if (!call) throw notFound('call');
  await assertMaySeeTrainee(deps, user, call.traineeId).catch(() => Promise.reject(notFound('call')));
  return call;
}

/** A call's coaching notes, oldest first, with their authors' names. */
async function notesOf(deps: TeamDeps, callId: string) {
  const rows = await deps.db
    .selectFrom('coaching_notes')
    .innerJoin('users', 'users.id', 'coaching_notes.author_id')
    .select(['coaching_notes.id', 'coaching_notes.turn', 'coaching_notes.text', 'coaching_notes.author_id', 'users.display_name', 'coaching_notes.created_at'])
    .where('coaching_notes.call_id', '=', callId)
    .orderBy('coaching_notes.created_at')
    .orderBy('coaching_notes.id')
    .execute();
  return rows.map((r) => ({ id: r.id, turn: r.turn, text: r.text, authorId: r.author_id, authorName: r.display_name, createdAt: r.created_at.toISOString() }));
}

/** Managers of one of the trainee's teams, and admins, review a call; the trainee does not. */
async function requireReviewer(c: Parameters<typeof requireUser>[0], callId: string) {
  const user = requireRole(c, ['admin', 'manager'], 'review calls');
  const call = await visibleCall(c.var.deps, user, callId);
  return { user, call };
}

/** The assignment a trainee's call goes under, after checking it was played under its rules (else 422). */
async function assignmentUnderRules(deps: TeamDeps, user: SessionUser, assignmentId: string, call: Omit<z.infer<typeof uploadBody>, 'assignmentId'>) {
  const assignment = await assignmentById(deps, assignmentId);
  const member =
    assignment &&
    (await deps.db.selectFrom('team_members').select('user_id').where('team_id', '=', assignment.teamId).where('user_id', '=', user.id).executeTakeFirst());
  if (!assignment || !member || user.role !== 'trainee') throw notFound('assignment');
  const rules = assignment.definition;
  const broken: ValidationError[] = [];
  if (!rules.scenarioIds.includes(seriesIdOf(call.scenarioId)))
    broken.push({ path: 'scenarioId', message: `"${call.scenarioId}" is not a scenario of this assignment` });
  if (call.personaKind !== rules.personaKind) broken.push({ path: 'personaKind', message: `this assignment is played with the ${rules.personaKind} customer` });
  if (call.mode !== rules.mode) broken.push({ path: 'mode', message: `this assignment is played in ${rules.mode} mode` });
  if (rules.difficulty && call.transcript.difficulty && call.transcript.difficulty !== rules.difficulty)
    broken.push({ path: 'transcript.difficulty', message: `this assignment is played at ${rules.difficulty}` });
  if (broken.length > 0)
    throw new ApiError(
      422,
      `The call was not played under the assignment's rules: ${broken.map((p) => `at ${p.path}: ${p.message}`).join('; ')}.`,
      'rules_broken',
      broken,
    );
  return assignment;
}

export const callRoutes = new Hono<TeamEnv>()
  .post('/calls', async (c) => {
    const user = requireUser(c);
    const deps = c.var.deps;
    const upload = await readJson(c, uploadBody, CALL_BODY_LIMIT);
    const problems = crossChecks(upload);
    if (problems.length > 0) throw invalid(`The call is not valid: ${problems.map((p) => `at ${p.path}: ${p.message}`).join('; ')}.`, problems);
    const { assignmentId, ...call } = upload;
    // The calls this one was played after, as the upload names them: checked against the calls the server stores.
    const claimed = (call.earlierTranscripts ?? []).map((transcript, i) => ({ transcript, path: `earlierTranscripts.${i}` }));
    let assignment: AssignmentRow | undefined;
    let stored: { created: boolean; id: string };
    for (let attempt = 1; ; attempt++) {
      assignment = assignmentId ? await assignmentUnderRules(deps, user, assignmentId, call) : undefined;
      try {
        stored = await storeCall(deps, { traineeId: user.id, upload: call, assignment, source: 'upload', claimed });
        break;
      } catch (error) {
        // A manager changed the rules meanwhile: check the call again against the new ones.
        if (!(error instanceof ApiError && error.code === ASSIGNMENT_CHANGED && attempt < 3)) throw error;
      }
    }
    const [view] = await loadCalls(deps, { callIds: [stored.id] });
    const flags = await sameTranscriptFlags(deps, user, [view!]);
    const progress = assignment ? await progressOf(deps, assignment, user.id) : undefined;
    const counted = progress ? progress.countedCallIds.includes(stored.id) : undefined;
    return c.json(
      {
        stored: stored.created ? 'created' : 'existing',
        call: callSummary(view!, flags.get(stored.id)!, counted),
        report: view!.report,
        ...(progress ? { progress } : {}),
      },
      stored.created ? 201 : 200,
    );
  })
  .get('/me/calls', async (c) => {
    const user = requireUser(c);
    const calls = await loadCalls(c.var.deps, { traineeIds: [user.id] });
    const flags = await sameTranscriptFlags(c.var.deps, user, calls);
    return c.json({ calls: calls.reverse().map((call) => callSummary(call, flags.get(call.id)!)) });
  })
  .get('/trainees/:traineeId/calls', async (c) => {
    const user = requireRole(c, ['admin', 'manager'], "list a trainee's calls");
    const traineeId = pathParam(c, 'traineeId', uuidField);
    await assertMaySeeTrainee(c.var.deps, user, traineeId);
    const calls = await loadCalls(c.var.deps, { traineeIds: [traineeId] });
    const flags = await sameTranscriptFlags(c.var.deps, user, calls);
    return c.json({ calls: calls.reverse().map((call) => callSummary(call, flags.get(call.id)!)) });
  })
  .get('/calls/:callId', async (c) => {
    const user = requireUser(c);
    const deps = c.var.deps;
    const call = await visibleCall(deps, user, pathParam(c, 'callId', callRef));
    const flags = await sameTranscriptFlags(deps, user, [call]);
    const trainee = await deps.db.selectFrom('users').select(['id', 'display_name']).where('id', '=', call.traineeId).executeTakeFirstOrThrow();
    return c.json({
      call: callSummary(call, flags.get(call.id)!),
      trainee: { id: trainee.id, displayName: trainee.display_name },
      transcript: call.transcript,
      report: call.report,
      originalReport: call.originalReport,
      overrides: call.overrides,
      notes: await notesOf(deps, call.id),
    });
  })
  .post('/calls/:callId/notes', async (c) => {
    const { user, call } = await requireReviewer(c, pathParam(c, 'callId', callRef));
    const deps = c.var.deps;
    const body = await readJson(c, noteBody);
    if (body.turn >= call.transcript.turns.length)
      throw invalid('That turn is not in the call.', [
        { path: 'turn', message: `turn ${body.turn} does not exist (the call has ${call.transcript.turns.length})` },
      ]);
    const note = { id: newId(), call_id: call.id, turn: body.turn, author_id: user.id, text: body.text, created_at: isoNow(deps.clock) };
    await deps.db.insertInto('coaching_notes').values(note).execute();
    return c.json(
      { note: { id: note.id, turn: note.turn, text: note.text, authorId: user.id, authorName: user.displayName, createdAt: note.created_at } },
      201,
    );
  })
  .post('/calls/:callId/overrides', async (c) => {
    const { user, call } = await requireReviewer(c, pathParam(c, 'callId', callRef));
    const deps = c.var.deps;
    const body = await readJson(c, overrideBody);
    const original = call.originalReport.principles.find((p) => p.id === body.principleId);
    if (!original)
      throw invalid('That principle is not in this call’s report.', [{ path: 'principleId', message: `"${body.principleId}" was not scored in this call` }]);
    const score = body.verdict === 'n/a' ? 0 : (body.score ?? (body.verdict === 'met' ? 100 : 0));
    const row = {
      id: newId(),
      call_id: call.id,
      principle_id: body.principleId,
      original_verdict: original.verdict,
      original_score: original.score,
      verdict: body.verdict,
      score,
      reason: body.reason,
      author_id: user.id,
      created_at: isoNow(deps.clock),
    };
    await deps.db.insertInto('verdict_overrides').values(row).execute();
    const [updated] = await loadCalls(deps, { callIds: [call.id] });
    return c.json({ override: updated!.overrides.find((o) => o.id === row.id), report: updated!.report, originalReport: updated!.originalReport }, 201);
  });
