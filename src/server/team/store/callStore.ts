// Calls: stored once per id (a retry of the same upload is answered as stored), scored again by the server,
// and read back with the managers' verdict overrides applied beside the original report.
import { type Kysely, sql } from 'kysely';
import { type Attempt, changedFields, isPlayRule, type Report, scoreTranscript, type Transcript } from '../../../core';
import type { TeamDatabase } from '../db/teamDatabase';
import { conflict } from '../http/ApiError';
import { contentHash, transcriptHash } from '../reports/callHashes';
import { effectiveReport, type Override } from '../reports/effectiveReport';
import { isoNow } from '../systemClock';
import type { TeamDeps } from '../teamDeps';
import { type AssignmentRow, assignmentById, lockAssignment, scenarioFor } from './assignmentStore';
import { type ClaimedCall, earlierSeriesCalls } from './earlierSeriesCalls';
import { scenarioAsPlayed } from './scenarioAsPlayed';

/** An empty id list matches nothing (SQL has no `in ()`). */
const NOTHING = sql<boolean>`false`;

/** What an upload carries: an attempt as results files have it, the report optional (the server scores anyway); a series call also its run's earlier calls. */
export type CallUpload = Omit<Attempt, 'report'> & { report?: Report; earlierTranscripts?: Transcript[] };

/** A stored call as the API returns it. */
export interface CallView {
  id: string;
  seq: number;
  traineeId: string;
  assignmentId: string | null;
  teamId: string | null;
  scenarioId: string;
  scenarioTitle: string;
  startedAt: string;
  endedAt: string;
  receivedAt: string;
  personaKind: 'scripted' | 'llm';
  mode: 'guided' | 'free';
  source: 'upload' | 'import';
  /** The client's report disagreed with the server's (an edited or stale score); the server's is the one kept. */
  clientReportDiffers: boolean;
  transcriptHash: string;
  /** The report after overrides; `originalReport` is the server's own scoring. */
  report: Report;
  originalReport: Report;
  overrides: (Override & { id: string; originalVerdict: string; originalScore: number; reason: string; authorId: string; createdAt: string })[];
  transcript: Transcript;
}

const differs = (client: Report | undefined, server: Report) =>
  client !== undefined &&
  (Math.abs(client.overall - server.overall) > 1e-6 ||
    server.principles.some((p) => {
      const c = client.principles.find((x) => x.id === p.id);
      return !c || c.verdict !== p.verdict || Math.abs(c.score - p.score) > 1e-6;
    }));

/** The code of the refusal when an assignment's play rules changed between checking a call and storing it. */
export const ASSIGNMENT_CHANGED = 'assignment_changed';
const assignmentChanged = () =>
  conflict('The assignment’s scenarios or how they are played changed while this call was being stored, so it was not stored.', ASSIGNMENT_CHANGED);

const callIdTaken = () => conflict('Another call is already stored under this id: a call id is used once.', 'call_id_taken');

/** The call already stored under `id`: the same one answers as stored, another is refused; undefined when none is. */
async function storedAlready(deps: TeamDeps, id: string, traineeId: string, hash: string): Promise<{ created: false; id: string } | undefined> {
  const existing = await deps.db.selectFrom('calls').select(['trainee_id', 'content_hash']).where('id', '=', id).executeTakeFirst();
  if (!existing) return undefined;
  if (existing.trainee_id === traineeId && existing.content_hash === hash) return { created: false, id };
  throw callIdTaken();
}

/**
 * Scores the transcript with the core and stores the call; the same upload again answers the stored call. A later
 * call of a series is scored after the calls before it as the server stores them, once `claimed` (the calls the
 * request says it followed, see earlierSeriesCalls) match them.
 */
export async function storeCall(
  deps: TeamDeps,
  input: {
    traineeId: string;
    upload: CallUpload;
    assignment: AssignmentRow | undefined;
    source: 'upload' | 'import';
    /** The calls the request says a series call followed; without them, the stored run decides. */
    claimed?: readonly ClaimedCall[];
    /** Where the call is in the request, for problems' paths: "results.attempts.3" in an import. */
    at?: string;
  },
): Promise<{ created: boolean; id: string }> {
  const { upload, assignment } = input;
  const { report: clientReport, ...content } = upload;
  const hash = contentHash({ ...content, assignmentId: assignment?.id ?? null, traineeId: input.traineeId });
  // A resend is answered before anything is checked: the trainee's calls may have moved on since it was first stored.
  const already = await storedAlready(deps, upload.id, input.traineeId, hash);
  if (already) return already;
  const later = { traineeId: input.traineeId, assignment, call: upload, source: input.source, at: input.at ?? '' };
  const earlier = await earlierSeriesCalls(deps, later, input.claimed);
  const scenario = scenarioAsPlayed(deps, assignment?.definition, upload.scenarioId, earlier);
  const report = scoreTranscript(scenario, upload.transcript);
  const insert = (db: Kysely<TeamDatabase>) =>
    db
      .insertInto('calls')
      .values({
        id: upload.id,
        trainee_id: input.traineeId,
        assignment_id: assignment?.id ?? null,
        team_id: assignment?.teamId ?? null,
        scenario_id: upload.scenarioId,
        scenario_title: upload.scenarioTitle,
        started_at: upload.startedAt,
        ended_at: upload.endedAt,
        persona_kind: upload.personaKind,
        mode: upload.mode,
        transcript: JSON.stringify(upload.transcript),
        report: JSON.stringify(report),
        content_hash: hash,
        transcript_hash: transcriptHash(upload.transcript),
        client_report_differs: differs(clientReport, report),
        source: input.source,
        received_at: isoNow(deps.clock),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
  const inserted = assignment
    ? await deps.db.transaction().execute(async (tx) => {
        // The rules the call was checked and scored against must still hold when it lands (an edit waits for this lock).
        const now = await lockAssignment(tx, assignment.id, 'share');
        if (!now || changedFields(assignment.definition, now.definition).some(isPlayRule)) throw assignmentChanged();
        return insert(tx);
      })
    : await insert(deps.db);
  if (inserted.numInsertedOrUpdatedRows === 1n) return { created: true, id: upload.id };
  // Stored meanwhile by a request that overtook this one.
  const stored = await storedAlready(deps, upload.id, input.traineeId, hash);
  if (stored) return stored;
  throw callIdTaken();
}

/** Loads calls with their overrides applied; filter by ids, trainees or assignments (at least one). */
export async function loadCalls(
  deps: TeamDeps,
  filter: { callIds?: readonly string[]; traineeIds?: readonly string[]; assignmentIds?: readonly string[] },
): Promise<CallView[]> {
  let query = deps.db.selectFrom('calls').selectAll().orderBy('started_at').orderBy('seq');
  if (filter.callIds) query = filter.callIds.length ? query.where('id', 'in', [...filter.callIds]) : query.where(NOTHING);
  if (filter.traineeIds) query = filter.traineeIds.length ? query.where('trainee_id', 'in', [...filter.traineeIds]) : query.where(NOTHING);
  if (filter.assignmentIds) query = filter.assignmentIds.length ? query.where('assignment_id', 'in', [...filter.assignmentIds]) : query.where(NOTHING);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const overrides = await deps.db
    .selectFrom('verdict_overrides')
    .selectAll()
    .where(
      'call_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const assignmentIds = [...new Set(rows.map((r) => r.assignment_id).filter((id): id is string => id !== null))];
  const assignments = new Map<string, AssignmentRow>();
  for (const id of assignmentIds) {
    const a = await assignmentById(deps, id);
    if (a) assignments.set(id, a);
  }
  return rows.map((r) => {
    const mine = overrides
      .filter((o) => o.call_id === r.id)
      .map((o) => ({
        id: o.id,
        principleId: o.principle_id,
        verdict: o.verdict as Override['verdict'],
        score: o.score,
        originalVerdict: o.original_verdict,
        originalScore: o.original_score,
        reason: o.reason,
        authorId: o.author_id,
        createdAt: o.created_at.toISOString(),
      }));
    const scenario = scenarioFor(deps, r.assignment_id ? assignments.get(r.assignment_id)?.definition : undefined, r.scenario_id);
    return {
      id: r.id,
      seq: r.seq,
      traineeId: r.trainee_id,
      assignmentId: r.assignment_id,
      teamId: r.team_id,
      scenarioId: r.scenario_id,
      scenarioTitle: r.scenario_title,
      startedAt: r.started_at.toISOString(),
      endedAt: r.ended_at.toISOString(),
      receivedAt: r.received_at.toISOString(),
      personaKind: r.persona_kind,
      mode: r.mode,
      source: r.source,
      clientReportDiffers: r.client_report_differs,
      transcriptHash: r.transcript_hash,
      report: effectiveReport(r.report, mine, scenario),
      originalReport: r.report,
      overrides: mine,
      transcript: r.transcript,
    };
  });
}

/** Other trainees' calls with the same transcript as each of `calls`: call id to [{callId, traineeId}]. */
export async function sameTranscripts(
  deps: TeamDeps,
  calls: readonly Pick<CallView, 'id' | 'traineeId' | 'transcriptHash'>[],
): Promise<Map<string, { callId: string; traineeId: string }[]>> {
  const found = new Map<string, { callId: string; traineeId: string }[]>();
  if (calls.length === 0) return found;
  const hashes = [...new Set(calls.map((c) => c.transcriptHash))];
  const rows = await deps.db.selectFrom('calls').select(['id', 'trainee_id', 'transcript_hash']).where('transcript_hash', 'in', hashes).execute();
  for (const call of calls) {
    const others = rows
      .filter((r) => r.transcript_hash === call.transcriptHash && r.trainee_id !== call.traineeId)
      .map((r) => ({ callId: r.id, traineeId: r.trainee_id }));
    if (others.length > 0) found.set(call.id, others);
  }
  return found;
}
