import { randomFor } from '../../../src/core/random';
import { scriptedGreeting, scriptedReply } from '../../../src/core/persona/scriptedReply';
import { suggestLines, type CandidateLine } from '../../../src/core/persona/suggestLines';
import type { Difficulty, Scenario } from '../../../src/core/scenario/scenarioSchema';
import type { EndReason, Transcript, Turn } from '../../../src/core/transcript';

/** How a guided call is played: always one quality, a seeded mix of the three, strong except for one pick, or except for some. */
export type Policy = 'strong' | 'weak' | 'poor' | 'mixed' | { slip: 'weak' | 'poor'; at: number } | { slips: Partial<Record<number, 'weak' | 'poor'>> };

/** One pick in a guided call: the lines offered, the one taken, and the customer's patience before and after. */
export interface GuidedStep {
  /** The turns before the pick. */
  before: Turn[];
  offered: CandidateLine[];
  picked: CandidateLine;
  patienceBefore: number;
  patienceAfter: number;
}

/**
 * One point of a guided call: the lines offered there, and for each line picked, the customer's reply and the point after it.
 * Both are pure functions of the turns so far, so a state that many ways of playing share (every slip policy starts on the
 * strong path) is worked out once per scenario, difficulty and seed, and the same `offered` array stands for the same state.
 */
interface CallPoint {
  offered?: CandidateLine[];
  after: Map<string, { reply: ReturnType<typeof scriptedReply>; next: CallPoint }>;
}
const played = new WeakMap<Scenario, Map<string, { greeting: ReturnType<typeof scriptedGreeting>; start: CallPoint }>>();

function callStart(scenario: Scenario, difficulty: Difficulty, seed: number) {
  let calls = played.get(scenario);
  if (!calls) played.set(scenario, (calls = new Map()));
  const key = `${difficulty} ${seed}`;
  let call = calls.get(key);
  if (!call) calls.set(key, (call = { greeting: scriptedGreeting(scenario, { seed, difficulty }), start: { after: new Map() } }));
  return call;
}

/**
 * A whole guided call against the scripted customer, as the app plays it (an empty voicemail reply is not a turn);
 * `untilTurns` stops it once the transcript holds that many turns.
 */
export function playGuided(
  scenario: Scenario,
  policy: Policy,
  difficulty: Difficulty,
  seed: number,
  { untilTurns = Infinity }: { untilTurns?: number } = {},
): { steps: GuidedStep[]; transcript: Transcript } {
  const options = { seed, difficulty };
  const { greeting, start } = callStart(scenario, difficulty, seed);
  const turns: Turn[] = [{ speaker: 'customer', text: greeting.text }];
  const steps: GuidedStep[] = [];
  let patience = greeting.mood?.patience ?? 0;
  let end: EndReason | undefined;
  let point = start;
  for (let i = 0; i < 20 && !end && turns.length < untilTurns; i++) {
    const offered = (point.offered ??= suggestLines(scenario, turns, seed));
    if (offered.length === 0) break;
    const quality =
      typeof policy === 'object' && 'slips' in policy
        ? (policy.slips[i] ?? 'strong')
        : typeof policy === 'object'
          ? i === policy.at
            ? policy.slip
            : 'strong'
          : policy === 'mixed'
            ? (['strong', 'weak', 'poor'] as const)[Math.floor(randomFor(seed, 'policy', i)() * 3)]!
            : policy;
    const picked = offered.find((line) => line.quality === quality) ?? offered[0]!;
    const before = [...turns];
    turns.push({ speaker: 'rep', text: picked.text });
    let after = point.after.get(picked.text);
    if (!after) point.after.set(picked.text, (after = { reply: scriptedReply(scenario, options, turns), next: { after: new Map() } }));
    const { reply } = after;
    point = after.next;
    if (reply.text) turns.push({ speaker: 'customer', text: reply.text });
    steps.push({ before, offered, picked, patienceBefore: patience, patienceAfter: reply.mood?.patience ?? patience });
    patience = reply.mood?.patience ?? patience;
    end = reply.end;
  }
  return { steps, transcript: { scenarioId: scenario.id, channel: scenario.channel, turns, seed, difficulty, endReason: end ?? 'rep-ended' } };
}
