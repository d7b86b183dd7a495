import type { Scenario } from '../scenario/scenarioSchema';
import type { Transcript } from '../transcript';
import { analyzeCall, type CallAnalysis } from './analyzeCall';

/** The most a call can score overall when it failed outright, whatever its lines earned. */
export const HUNG_UP_CAP = 35;

/** Why a call failed outright: the customer hung up on the rep, or the rep pressed on after the customer said no. */
export type FailedCall = 'hung-up' | 'pressed-past-no';

/** The customer ended the call out of impatience: patience ran out, or their last words cut the rep off and hung up. */
export function hungUpOnRep(call: CallAnalysis): boolean {
  if (call.voicemail) return false;
  if (call.transcript?.endReason === 'hung-up') return true;
  const customerTurns = call.turns.filter((turn) => turn.customer !== undefined);
  // "I said no. Goodbye." ends the call on the rep's pushing as surely as "I'm hanging up".
  const hangUp = customerTurns.findLastIndex(({ customer: c }) => c!.ends && (c!.impatient || c!.interrupts || c!.firmNo));
  if (hangUp < 0) return false;
  // A bare "Goodbye." to the rep still pushing after "I'm hanging up now" does not reopen the call; a yes would.
  return customerTurns.slice(hangUp + 1).every(({ customer: c }) => c!.ends && !c!.agrees);
}

/** False urgency, insisting, or a yes or money demanded on the call, after the customer turned something down (003: not too much). */
export function pressedPastNo(call: CallAnalysis): boolean {
  const no = call.turns.find((turn) => turn.customer?.firmNo || turn.customer?.declines);
  return no !== undefined && call.repTurns.some((turn) => turn.index > no.index && turn.rep.presses);
}

/** Whether the call failed outright, and why; undefined for a call its principles score. */
export function failedCall(call: CallAnalysis): FailedCall | undefined {
  if (hungUpOnRep(call)) return 'hung-up';
  return pressedPastNo(call) ? 'pressed-past-no' : undefined;
}

/** Why a saved call failed outright, read from its transcript as the scorer reads it. */
export function failedCallOf(scenario: Scenario, transcript: Transcript): FailedCall | undefined {
  return failedCall(analyzeCall(scenario, transcript));
}
