import { createScriptedPersona } from '../../../src/core/persona/createScriptedPersona';
import { playLines } from '../../../src/core/persona/playLines';
import type { Scenario } from '../../../src/core/scenario/scenarioSchema';
import type { CallMemory } from '../../../src/core/series/callMemory';
import { playedSeriesCall } from '../../../src/core/series/playedSeriesCall';
import { rememberSeriesCall } from '../../../src/core/series/rememberSeriesCall';
import type { SeriesCallPlayed } from '../../../src/core/series/scoreSeries';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';

/** Plays each call of a series with its rep lines against the scripted customer, each call written from the ones before. */
export async function playSeries(scenario: Scenario, linesPerCall: readonly (readonly string[])[], seed = 1): Promise<SeriesCallPlayed[]> {
  const calls: SeriesCallPlayed[] = [];
  const memories: CallMemory[] = [];
  for (const [index, lines] of linesPerCall.entries()) {
    const played = playedSeriesCall(scenario, index, memories);
    const options = { seed, difficulty: played.difficulty };
    const { transcript } = await playLines(played, createScriptedPersona(played, options), lines, options);
    const memory = rememberSeriesCall(scenario, index, transcript, memories);
    memories.push(memory);
    calls.push({ played, transcript, overall: scoreTranscript(played, transcript).overall, memory });
  }
  return calls;
}
