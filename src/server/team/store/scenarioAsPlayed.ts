// The scenario a call was played under, built as the app builds it: a series call after the run's earlier calls.
import {
  type Assignment,
  type CallMemory,
  playedSeriesCall,
  rememberSeriesCall,
  type Scenario,
  seriesCallId,
  type Transcript,
  type ValidationError,
} from '../../../core';
import { invalid, notFound } from '../http/ApiError';
import type { TeamDeps } from '../teamDeps';
import { scenarioFor, seriesCallOf } from './assignmentStore';

/**
 * Checks that the earlier calls an upload names for call `index` of `series` are calls 1 to `index` of it, in order;
 * 400 with every problem otherwise. The upload's own field, `earlierTranscripts`, is the path of each problem.
 */
export function checkEarlierCalls(series: Scenario, index: number, earlier: readonly Pick<Transcript, 'scenarioId'>[]): void {
  const calls = series.series!.calls;
  const title = series.series!.title;
  if (earlier.length !== index)
    throw invalid(
      `This is call ${index + 1} of the series “${title}”: the server scores it after the ${index === 1 ? 'call' : `${index} calls`} before it, and the upload has ${earlier.length} (they are no longer in this browser’s history).`,
      [{ path: 'earlierTranscripts', message: `expected the transcripts of calls 1 to ${index} of the series, got ${earlier.length}` }],
    );
  const problems: ValidationError[] = earlier.flatMap((t, i) => {
    const expected = seriesCallId(series.id, calls[i]!.id);
    return t.scenarioId === expected ? [] : [{ path: `earlierTranscripts.${i}.scenarioId`, message: `expected "${expected}", call ${i + 1} of the series` }];
  });
  if (problems.length > 0) throw invalid(`The call is not valid: ${problems.map((p) => `at ${p.path}: ${p.message}`).join('; ')}.`, problems);
}

/**
 * The scenario to score a call against. A series call's briefing and customer depend on the calls before it in its
 * run, so call N is rebuilt from the transcripts of calls 1 to N-1 (`earlier`, in order), exactly as the app plays it.
 */
export function scenarioAsPlayed(deps: TeamDeps, assignment: Assignment | undefined, scenarioId: string, earlier: readonly Transcript[] = []): Scenario {
  const call = seriesCallOf(deps, assignment, scenarioId);
  if (!call) {
    const scenario = scenarioFor(deps, assignment, scenarioId);
    if (!scenario) throw notFound(`scenario "${scenarioId}" on this server`);
    if (earlier.length > 0)
      throw invalid('Only a call of a series has earlier calls.', [{ path: 'earlierTranscripts', message: `"${scenarioId}" is not a call of a series` }]);
    return scenario;
  }
  const { series, index } = call;
  checkEarlierCalls(series, index, earlier);
  // The same steps as the app's seriesRuns: each call remembered against the call as it was played after those before it.
  const memories: CallMemory[] = [];
  earlier.forEach((transcript, i) => memories.push(rememberSeriesCall(series, i, transcript, memories)));
  return playedSeriesCall(series, index, memories);
}
