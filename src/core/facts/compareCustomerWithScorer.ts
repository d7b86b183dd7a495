import { faultFactIds } from './faultFacts';
import { foldCall } from '../persona/foldCall';
import { scriptedReply } from '../persona/scriptedReply';
import type { Scenario } from '../scenario/scenarioSchema';
import { analyzeCall } from '../scoring/analyzeCall';
import { NEW_FAULT_ISSUE } from '../scoring/trackIssues';
import { scoreTranscript } from '../scoring/scoreTranscript';
import type { Transcript, Turn } from '../transcript';
import { customerTurn } from '../call/customerTurn';

/** Where the scripted customer and the scorer read the same call differently. */
export interface CustomerScorerMismatch {
  /** What differs: the next step, or the ownership of an issue (with its id). */
  concept: 'next-step' | `own-the-issue:${string}`;
  customer: 'accepted' | 'not accepted';
  scorer: 'met' | 'missed';
}

/**
 * Plays a call's rep lines against the scripted customer, scores the call that comes of it, and lists every concept where
 * the customer accepted what the scorer fails, or the reverse.
 */
export function compareCustomerWithScorer(
  scenario: Scenario,
  repLines: readonly string[],
  seed = 1,
): { transcript: Transcript; mismatches: CustomerScorerMismatch[] } {
  const options = { seed, difficulty: scenario.difficulty };
  const turns: Turn[] = [customerTurn(scriptedReply(scenario, options, []))];
  let endReason: Transcript['endReason'];
  for (const line of repLines) {
    turns.push({ speaker: 'rep', text: line });
    const reply = scriptedReply(scenario, options, turns);
    if (reply.text) turns.push(customerTurn(reply));
    endReason = reply.end;
    if (reply.end) break;
  }
  const transcript: Transcript = {
    scenarioId: scenario.id,
    channel: scenario.channel,
    turns,
    seed,
    difficulty: scenario.difficulty,
    endReason: endReason ?? 'rep-ended',
  };
  const mismatches: CustomerScorerMismatch[] = [];
  if (scenario.channel === 'voicemail') return { transcript, mismatches };
  const { state } = foldCall(scenario, scenario.difficulty, turns);
  const report = scoreTranscript(scenario, transcript);
  const step = report.principles.find((p) => p.id === 'next-step');
  if (step && step.verdict !== 'n/a' && state.nextStepAgreed !== (step.verdict === 'met')) {
    mismatches.push({ concept: 'next-step', customer: state.nextStepAgreed ? 'accepted' : 'not accepted', scorer: step.verdict });
  }
  const episodes = analyzeCall(scenario, transcript).issues;
  const faults = faultFactIds(scenario);
  for (const [id, status] of Object.entries(state.issues)) {
    // The scorer files every fault told in passing under one episode.
    const episode = episodes.find((e) => e.id === (faults.has(id) ? NEW_FAULT_ISSUE : id));
    const scorerOwned = episode?.ownedAt !== null && episode?.ownedAt !== undefined;
    if ((status === 'owned') !== scorerOwned) {
      mismatches.push({ concept: `own-the-issue:${id}`, customer: status === 'owned' ? 'accepted' : 'not accepted', scorer: scorerOwned ? 'met' : 'missed' });
    }
  }
  return { transcript, mismatches };
}
