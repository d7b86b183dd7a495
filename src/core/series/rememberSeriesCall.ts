import type { Scenario } from '../scenario/scenarioSchema';
import type { Transcript } from '../transcript';
import type { CallMemory } from './callMemory';
import { playedSeriesCall } from './playedSeriesCall';
import { rememberCall } from './rememberCall';

/** What call `index` of a series leaves behind, read against the call as it was played after `memories` (the calls before it). */
export function rememberSeriesCall(scenario: Scenario, index: number, transcript: Transcript, memories: readonly CallMemory[]): CallMemory {
  const call = scenario.series?.calls[index];
  const played = playedSeriesCall(scenario, index, memories);
  return rememberCall(played, transcript, { callId: call?.id ?? scenario.id, title: call?.title ?? scenario.title, day: call?.day ?? '' }, memories[index - 1]);
}
