// The calls a later call of a series was played after, as the server stores them: the same trainee, the same
// assignment (or practice) and the same run. An upload or a results file names those calls; the server checks them
// against its own (call id and transcript hash) and scores the later call after its own copies, so what a client sends
// can neither make up an earlier call nor change one.
import { type Assignment, type Attempt, type Scenario, seriesCallId, seriesRuns, type Transcript, type ValidationError } from '../../../core';
import { ApiError } from '../http/ApiError';
import { transcriptHash } from '../reports/callHashes';
import type { TeamDeps } from '../teamDeps';
import { type AssignmentRow, scenarioFor, seriesCallOf } from './assignmentStore';
import { checkEarlierCalls } from './scenarioAsPlayed';

/** The code of the refusal when the server has not got a call the series call was played after. */
export const EARLIER_CALLS_MISSING = 'earlier_calls_missing';
/** The code of the refusal when a call the series call was played after is not the one the server has in that run. */
export const EARLIER_CALLS_DIFFER = 'earlier_calls_differ';

/** An earlier call as an upload or a results file gives it: its words, where the request has it, and its id when known. */
export interface ClaimedCall {
  transcript: Transcript;
  path: string;
  id?: string;
}

/** The later call, where the request has it ("" for an upload, "results.attempts.3" in an import), and who sent it how. */
export interface LaterCall {
  traineeId: string;
  assignment: AssignmentRow | undefined;
  call: { id: string; scenarioId: string; startedAt: string; transcript: Transcript };
  source: 'upload' | 'import';
  at: string;
}

interface StoredCall {
  id: string;
  transcript: Transcript;
  transcript_hash: string;
}

/**
 * The stored calls before `call` in its run, in call order: the run it goes in when it is put among the trainee's
 * stored calls of the series (same assignment, started no later), grouped into runs as the app and the progress do.
 * Fewer than the call's index when the run lacks some: then those of the latest run, the one it would continue.
 */
async function storedRunBefore(deps: TeamDeps, later: LaterCall, series: Scenario, index: number): Promise<StoredCall[]> {
  const { call, assignment } = later;
  let query = deps.db
    .selectFrom('calls')
    .select(['id', 'scenario_id', 'transcript', 'transcript_hash'])
    .where('trainee_id', '=', later.traineeId)
    .where('scenario_id', 'like', `${series.id}/%`)
    .where('id', '!=', call.id)
    .where('started_at', '<=', new Date(call.startedAt))
    .orderBy('started_at')
    .orderBy('seq');
  query = assignment ? query.where('assignment_id', '=', assignment.id) : query.where('assignment_id', 'is', null);
  const rows = await query.execute();
  // A call 1 always starts a run and the others only continue the latest one: calls before the last call 1 do not count.
  const firstCall = seriesCallId(series.id, series.series!.calls[0]!.id);
  const lastFirst = rows.findLastIndex((r) => r.scenario_id === firstCall);
  const recent = rows.slice(Math.max(0, lastFirst));
  // Only which calls make each run matters here, not the series score.
  const saved = [...recent.map((r) => ({ id: r.id, scenarioId: r.scenario_id, transcript: r.transcript })), call].map((c) => ({ ...c, overall: 0 }));
  const runs = seriesRuns(series, saved);
  const run = runs.find((r) => r.recordIds.includes(call.id)) ?? runs.at(-1);
  const byId = new Map(recent.map((r) => [r.id, r]));
  return (run?.recordIds ?? []).slice(0, index).flatMap((id) => byId.get(id) ?? []);
}

/** "call 1", "calls 1 and 2", "calls 1, 2 and 3". */
function callsNamed(indexes: readonly number[]): string {
  const numbers = indexes.map((i) => String(i + 1));
  return numbers.length === 1 ? `call ${numbers[0]}` : `calls ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

function refusal(later: LaterCall, series: Scenario, index: number, kind: 'missing' | 'differ', indexes: number[], problems: ValidationError[]): ApiError {
  const title = series.series!.title;
  const named = callsNamed(indexes);
  const one = indexes.length === 1;
  const whose = later.assignment ? 'under this assignment' : 'as practice';
  let message: string;
  if (later.source === 'upload') {
    message =
      kind === 'missing'
        ? `This is call ${index + 1} of the series “${title}”, and the server has no ${named} of its run from you ${whose}, so it could not score this call and did not store it. ` +
          `Calls upload in order, so ${one ? 'that call was' : 'those calls were'} not accepted (Home lists ${one ? 'it' : 'them'} with the reason) or never uploaded (played signed out, in another browser, or as practice before you chose to upload practice calls). Play the series again from call 1.`
        : `This is call ${index + 1} of the series “${title}”, and the ${named} it was played after ${one ? 'is' : 'are'} not the ${named} of this run the server has from you ${whose} (the words differ), so it could not score this call and did not store it. Play the series again from call 1.`;
  } else {
    const at = `The call at ${later.at}`;
    message =
      kind === 'missing'
        ? `${at} is call ${index + 1} of the series “${title}”, and the server has no ${named} of its run for this trainee ${whose}, neither imported from this file nor stored before, so it was not imported. Import a results file that holds the whole run from call 1.`
        : `${at} is call ${index + 1} of the series “${title}”, and the ${named} before it in this file (${problems.map((p) => p.path).join(', ')}) ${one ? 'differs' : 'differ'} from the ${named} of this run stored for this trainee, so it was not imported.`;
  }
  return new ApiError(409, message, kind === 'missing' ? EARLIER_CALLS_MISSING : EARLIER_CALLS_DIFFER, problems);
}

/**
 * The transcripts of the calls before a later series call in its run, as the server stores them (none for any other
 * call: scenarioAsPlayed then refuses whatever earlier calls were named for it). `claimed` are the calls the request
 * says it was played after, each checked against the stored call in its place by id (when given) and transcript hash;
 * undefined when the request names none (an imported call without the run in its file): the stored run is taken.
 * 400 when the claimed calls are not calls 1 to N-1 of the series; 409 when the server lacks one or has another.
 */
export async function earlierSeriesCalls(deps: TeamDeps, later: LaterCall, claimed: readonly ClaimedCall[] | undefined): Promise<Transcript[]> {
  const position = seriesCallOf(deps, later.assignment?.definition, later.call.scenarioId);
  const named = claimed?.map((c) => c.transcript);
  if (!position || position.index === 0) return named ?? [];
  const { series, index } = position;
  if (named) checkEarlierCalls(series, index, named);
  const stored = await storedRunBefore(deps, later, series, index);
  const calls = series.series!.calls;
  const positions = [...Array(index).keys()];
  const where = (i: number) => claimed?.[i]?.path ?? `${later.at ? `${later.at}.` : ''}scenarioId`;
  const missing = positions.filter((i) => !stored[i]);
  if (missing.length > 0)
    throw refusal(
      later,
      series,
      index,
      'missing',
      missing,
      missing.map((i) => ({ path: where(i), message: `call ${i + 1} of the series (“${calls[i]!.title}”) is not on the server` })),
    );
  const differ = positions.filter((i) => {
    const claim = claimed?.[i];
    return claim && ((claim.id !== undefined && claim.id !== stored[i]!.id) || transcriptHash(claim.transcript) !== stored[i]!.transcript_hash);
  });
  if (differ.length > 0)
    throw refusal(
      later,
      series,
      index,
      'differ',
      differ,
      differ.map((i) => ({ path: where(i), message: `not call ${i + 1} of this run as the server has it (call "${stored[i]!.id}")` })),
    );
  return stored.map((c) => c.transcript);
}

/**
 * The calls before each later series call of a results file in its run, when the file holds them: runs worked out
 * from the file's calls as the app works them out. `attempts` are in the order played, each with its path in the file;
 * the file was validated, so each plays a scenario of `assignment`.
 */
export function earlierCallsInFile(
  deps: TeamDeps,
  assignment: Assignment,
  attempts: readonly { attempt: Attempt; path: string }[],
): Map<string, ClaimedCall[]> {
  const out = new Map<string, ClaimedCall[]>();
  const byId = new Map(attempts.map((a) => [a.attempt.id, a]));
  // seriesRuns takes a series' own calls and passes over the rest; the series score is not wanted here.
  const saved = attempts.map(({ attempt }) => ({ id: attempt.id, scenarioId: attempt.scenarioId, transcript: attempt.transcript, overall: 0 }));
  for (const scenarioId of assignment.scenarioIds) {
    const series = scenarioFor(deps, assignment, scenarioId);
    if (!series?.series) continue;
    for (const run of seriesRuns(series, saved))
      run.recordIds.forEach((id, index) => {
        if (index === 0) return;
        out.set(
          id,
          run.recordIds.slice(0, index).map((earlierId) => {
            const { attempt, path } = byId.get(earlierId)!;
            return { id: earlierId, transcript: attempt.transcript, path };
          }),
        );
      });
  }
  return out;
}
