import { BEEP_GAP_MS, RING_MS, withTurn, type CallSession, customerTurn } from '../../core/call';
import type { PersonaTurn } from '../../core/persona';
import type { CallServices } from './callServices';
import { moveCall, type CallGet, type CallSet } from './moveCall';
import { newController, stillOn } from './newController';
import { personaFault } from './personaFault';

/** Creates the persona for the session (unless one is live) and has the customer pick up. */
export async function connectCall(services: CallServices, get: CallGet, set: CallSet, session: CallSession): Promise<void> {
  const scenario = services.scenarioById(session.scenarioId);
  const controller = newController(get, set);
  const { signal } = controller;
  if (!scenario) {
    moveCall(get, set, { type: 'fault' }, { fault: `The scenario "${session.scenarioId}" is no longer available.` });
    return;
  }
  if (!moveCall(get, set, { type: 'ring' }, { fault: undefined })) return;
  let opening: PersonaTurn;
  try {
    const persona =
      get().persona ?? (await services.createPersona(scenario, { kind: session.personaKind, seed: session.seed, difficulty: session.difficulty }));
    if (!stillOn(get, session.callId, signal)) return;
    set({ persona });
    await services.wait(RING_MS, signal);
    if (!stillOn(get, session.callId, signal)) return;
    opening = await persona.open({ signal, onText: (text) => set({ streamingText: text }) });
  } catch (error) {
    if (stillOn(get, session.callId, signal)) moveCall(get, set, { type: 'fault' }, { ...personaFault(error), streamingText: undefined });
    return;
  }
  if (!stillOn(get, session.callId, signal)) return;
  const connectedAt = services.now();
  let next: CallSession = { ...get().session!, connectedAt, ...(opening.mood ? { mood: opening.mood } : {}) };
  if (opening.text) next = withTurn(next, customerTurn(opening, { at: 0 }));
  set({ session: next, streamingText: undefined });
  if (opening.end) return get().finish(opening.end);
  if (next.channel === 'voicemail' && !next.beeped) {
    await services.wait(BEEP_GAP_MS, signal);
    if (!stillOn(get, session.callId, signal)) return;
    services.beep();
    set({ session: { ...get().session!, beeped: true } });
  }
  moveCall(get, set, { type: 'pick-up' });
}
