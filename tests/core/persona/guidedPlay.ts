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

/** A whole guided call against the scripted customer, as the app plays it (an empty voicemail reply is not a turn). */
export function playGuided(scenario: Scenario, policy: Policy, difficulty: Difficulty, seed: number): { steps: GuidedStep[]; transcript: Transcript } {
  const options = { seed, difficulty };
  const greeting = scriptedGreeting(scenario, options);
  const turns: Turn[] = [{ speaker: 'customer', text: greeting.text }];
  const steps: GuidedStep[] = [];
  let patience = greeting.mood?.patience ?? 0;
  let end: EndReason | undefined;
  for (let i = 0; i < 20 && !end; i++) {
    const offered = suggestLines(scenario, turns, seed);
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
    const reply = scriptedReply(scenario, options, turns);
    if (reply.text) turns.push({ speaker: 'customer', text: reply.text });
    steps.push({ before, offered, picked, patienceBefore: patience, patienceAfter: reply.mood?.patience ?? patience });
    patience = reply.mood?.patience ?? patience;
    end = reply.end;
  }
  return { steps, transcript: { scenarioId: scenario.id, channel: scenario.channel, turns, seed, difficulty, endReason: end ?? 'rep-ended' } };
}
