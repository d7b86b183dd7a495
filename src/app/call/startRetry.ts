import { canTransition, retrySession } from '../../core/call';
import type { CallRecord } from '../../core/history';
import type { CallServices } from './callServices';
import { moveCall, type CallGet, type CallSet } from './moveCall';
import { newController, stillOn } from './newController';
import { personaFault } from './personaFault';

/**
 * Takes a saved call back to one of the rep's lines and opens it live there, with the scripted customer on the same
 * seed and mood; returns why it cannot, in a sentence, or undefined once the call is live.
 */
export async function startRetry(services: CallServices, get: CallGet, set: CallSet, record: CallRecord, turnIndex: number): Promise<string | undefined> {
  const dial = { type: 'dial', hasPendingRecord: Boolean(get().pendingRecord) } as const;
  if (!canTransition(get().phase, dial)) return 'Your last call is not saved to History yet: open it and save or export it first.';
  const scenario = services.scenarioById(record.scenarioId);
  if (!scenario) return `The scenario "${record.scenarioId}" is no longer available, so this call cannot be taken back.`;
  const retry = retrySession(scenario, record, turnIndex, { callId: services.newId(), startedAt: new Date(services.now()).toISOString() });
  if (!retry.ok) return retry.problem;
  const { session } = retry;
  get().controller?.abort();
  moveCall(get, set, dial, {
    session,
    persona: undefined,
    notice: undefined,
    fault: undefined,
    streamingText: undefined,
    finishedRecordId: undefined,
    pendingRecord: undefined,
    droppedNote: undefined,
  });
  const { signal } = newController(get, set);
  moveCall(get, set, { type: 'ring' });
  try {
    const persona = await services.createPersona(scenario, { kind: 'scripted', seed: session.seed, difficulty: session.difficulty });
    if (!stillOn(get, session.callId, signal)) return undefined;
    // Turn times carry on from the line before the one taken back.
    const connectedAt = services.now() - (session.turns.at(-1)?.at ?? 0);
    set({ persona, session: { ...get().session!, connectedAt } });
  } catch (error) {
    if (stillOn(get, session.callId, signal)) moveCall(get, set, { type: 'fault' }, personaFault(error));
    return undefined;
  }
  const name = scenario.persona.name.split(' ')[0];
  moveCall(get, set, { type: 'pick-up' }, { notice: `Retrying from line ${turnIndex + 1}: say something else. ${name} carries on from here, as before.` });
  return undefined;
}
