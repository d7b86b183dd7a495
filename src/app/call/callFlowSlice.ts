import type { StateCreator } from 'zustand';
import { BEEP_GAP_MS, canTransition, droppedNoteFor, pauseFor, repSpoke, RING_MS, withTurn, type CallEvent, type CallSession } from '../../core/call';
import type { Persona, PersonaTurn } from '../../core/persona';
import { cleanTurnText, type Turn } from '../../core';
import type { CallServices } from './callServices';
import type { CallFlowActions, CallState } from './callState';
import { moveCall, type CallGet as Get, type CallSet as Set } from './moveCall';

/** For the bench: the moment a reply's text enters the store after its pause (see CustomerBubble for the paint). */
function markReplyReady(): void {
  if (typeof performance !== 'undefined') performance.mark?.('dialed-in:reply-ready');
}

/** A model fault may carry the text that arrived before the stream broke. */
function partialTextOf(error: unknown): string | undefined {
  const text = (error as { partialText?: unknown } | null)?.partialText;
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

/** Model faults say whether retrying can help; a missing set-up never can. */
function retryableOf(error: unknown): boolean {
  const e = error as { retryable?: unknown; name?: unknown } | null;
  if (e?.name === 'LlmNotConfiguredError') return false;
  return e?.retryable !== false;
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim() || 'The customer could not answer.';
}

/** Clears what the screen shows while a reply is awaited. */
const REPLY_DONE = { streamingText: undefined, replyAskedAt: undefined, replyWait: undefined } as const;

/** Still the same call, and not hung up or discarded in the meantime. */
function stillOn(get: Get, callId: string, signal: AbortSignal): boolean {
  return !signal.aborted && get().session?.callId === callId;
}

function sinceConnected(services: CallServices, session: CallSession): number {
  return Math.max(0, services.now() - (session.connectedAt ?? services.now()));
}

function newController(get: Get, set: Set): AbortController {
  get().controller?.abort();
  const controller = new AbortController();
  set({ controller });
  return controller;
}

/** Creates the persona for the session (unless one is live) and has the customer pick up. */
async function connect(services: CallServices, get: Get, set: Set, session: CallSession): Promise<void> {
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
    const persona = get().persona ?? (await services.createPersona(scenario, { kind: session.personaKind, seed: session.seed, difficulty: session.difficulty }));
    if (!stillOn(get, session.callId, signal)) return;
    set({ persona });
    await services.wait(RING_MS, signal);
    if (!stillOn(get, session.callId, signal)) return;
    opening = await persona.open({ signal, onText: (text) => set({ streamingText: text }) });
  } catch (error) {
    if (stillOn(get, session.callId, signal)) moveCall(get, set, { type: 'fault' }, { fault: messageOf(error), faultRetryable: retryableOf(error), streamingText: undefined });
    return;
  }
  if (!stillOn(get, session.callId, signal)) return;
  const connectedAt = services.now();
  let next: CallSession = { ...get().session!, connectedAt, ...(opening.mood ? { mood: opening.mood } : {}) };
  if (opening.text) next = withTurn(next, { speaker: 'customer', text: opening.text, at: 0 });
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

/** Asks the customer for the reply to the last rep turn, with a speaking pause, then carries on or ends the call. */
async function requestReply(services: CallServices, get: Get, set: Set, event: CallEvent = { type: 'ask-again' }): Promise<void> {
  const session = get().session;
  const persona = get().persona;
  if (!session || !persona || !canTransition(get().phase, event)) return;
  const controller = newController(get, set);
  const { signal } = controller;
  const asked = services.now();
  moveCall(get, set, event, { fault: undefined, faultRetryable: undefined, replyAskedAt: asked, replyWait: undefined });
  let reply: PersonaTurn;
  try {
    reply = await persona.respond(session.turns, {
      signal,
      onText: (text) => set({ streamingText: text, replyWait: undefined }),
      onWaiting: (wait) => {
        if (stillOn(get, session.callId, signal)) set({ replyWait: { reason: wait.reason, until: services.now() + wait.retryInMs, attempt: wait.attempt, attempts: wait.attempts } });
      },
    });
  } catch (error) {
    if (!stillOn(get, session.callId, signal)) return;
    const partial = partialTextOf(error);
    if (partial) {
      const kept = withTurn(get().session!, { speaker: 'customer', text: cleanTurnText(partial).text, at: sinceConnected(services, session), partial: true });
      moveCall(get, set, { type: 'reply' }, { session: kept, ...REPLY_DONE, faultRetryable: retryableOf(error), notice: `${messageOf(error)} The part of the reply that arrived is kept and marked as cut off.` });
    } else {
      moveCall(get, set, { type: 'fault' }, { fault: messageOf(error), faultRetryable: retryableOf(error), ...REPLY_DONE });
    }
    return;
  }
  set({ replyWait: undefined });
  await services.wait(pauseFor(reply.text) - (services.now() - asked), signal);
  if (!stillOn(get, session.callId, signal)) return;
  let next: CallSession = { ...get().session!, ...(reply.mood ? { mood: reply.mood } : {}) };
  if (reply.text) next = withTurn(next, { speaker: 'customer', text: reply.text, at: sinceConnected(services, next) });
  set({ session: next, ...REPLY_DONE });
  if (reply.text) markReplyReady();
  // A voicemail takes one message, whatever the persona says.
  const end = reply.end ?? (next.channel === 'voicemail' ? 'voicemail-recorded' : undefined);
  if (end) return get().finish(end);
  moveCall(get, set, { type: 'reply' });
}

/** The slice that runs a call: dialling, turns, faults, resume. Every phase change goes through the core machine. */
export const createCallFlowSlice =
  (services: CallServices): StateCreator<CallState, [], [], CallFlowActions> =>
  (set, get) => ({
    async startCall(scenario, start) {
      // A finished call not yet saved is never dropped for a new one: it is saved or exported first.
      const dial: CallEvent = { type: 'dial', hasPendingRecord: Boolean(get().pendingRecord) };
      if (!canTransition(get().phase, dial)) return;
      get().controller?.abort();
      const session: CallSession = {
        callId: services.newId(),
        scenarioId: scenario.id,
        scenarioTitle: scenario.title,
        channel: scenario.channel,
        seed: services.newSeed(),
        difficulty: start.difficulty,
        goal: cleanTurnText(start.goal).text,
        personaKind: start.personaKind,
        usedGuided: false,
        startedAt: new Date(services.now()).toISOString(),
        turns: [],
        beeped: false,
        ...(start.forcedMode ? { forcedMode: start.forcedMode } : {}),
        ...(start.assignmentId ? { assignmentId: start.assignmentId } : {}),
      };
      moveCall(get, set, dial, { session, persona: undefined, notice: undefined, fault: undefined, streamingText: undefined, finishedRecordId: undefined, pendingRecord: undefined, droppedNote: undefined });
      await connect(services, get, set, session);
    },

    async sendRepLine(raw, options) {
      const { session, phase } = get();
      if (!session || !canTransition(phase, { type: 'rep-line' })) return;
      const { text, cut } = cleanTurnText(raw);
      if (text === '') return;
      const turn: Turn = { speaker: 'rep', text, at: sinceConnected(services, session), ...(cut ? { cut } : {}) };
      const guided = options?.guided;
      const guidedPicks = guided ? { ...session.guidedPicks, [session.turns.length]: guided } : session.guidedPicks;
      set({
        session: { ...withTurn(session, turn), usedGuided: session.usedGuided || Boolean(guided), ...(guidedPicks ? { guidedPicks } : {}) },
        notice: cut ? 'That line was very long, so it was cut. On a call, short turns work better.' : undefined,
      });
      await requestReply(services, get, set, { type: 'rep-line' });
    },

    async hangUp() {
      const { session, phase } = get();
      if (!session) return;
      const spoke = repSpoke(session);
      if (!canTransition(phase, { type: 'hang-up', repSpoke: spoke })) return;
      get().controller?.abort();
      // Hanging up before anyone answered is not a call: nothing to score.
      if (session.turns.length === 0) return get().discard();
      // Hanging up after the greeting without a word is not a call either, but the trainee is told why.
      if (!spoke) return get().discard(droppedNoteFor(session));
      set(REPLY_DONE);
      await get().finish('rep-ended', { pause: false });
    },

    async resume() {
      const { session, phase } = get();
      if (!session || phase !== 'interrupted') return;
      const last = session.turns.at(-1);
      // Turn times continue from the last turn, not from before the reload.
      const connectedAt = session.connectedAt === undefined ? undefined : services.now() - (last?.at ?? 0);
      set({ session: { ...session, connectedAt }, persona: undefined });
      if (session.turns.length === 0) return connect(services, get, set, get().session!);
      const scenario = services.scenarioById(session.scenarioId);
      if (!scenario) {
        moveCall(get, set, { type: 'fault' }, { fault: `The scenario "${session.scenarioId}" is no longer available.` });
        return;
      }
      try {
        const persona = await services.createPersona(scenario, { kind: session.personaKind, seed: session.seed, difficulty: session.difficulty });
        if (get().session?.callId !== session.callId) return;
        set({ persona });
      } catch (error) {
        moveCall(get, set, { type: 'fault' }, { fault: messageOf(error), faultRetryable: retryableOf(error) });
        return;
      }
      if (last?.speaker === 'rep') return requestReply(services, get, set);
      // Reloaded between the voicemail greeting and the beep: the recording starts now.
      if (session.channel === 'voicemail' && !session.beeped) {
        services.beep();
        set({ session: { ...get().session!, beeped: true } });
      }
      moveCall(get, set, { type: 'carry-on' });
    },

    async retry() {
      const { session, phase } = get();
      if (!session) return;
      const last = session.turns.at(-1);
      // After a cut-off reply the call is live again; asking again answers the rep's last line afresh.
      if (phase === 'live' && last?.speaker === 'customer' && last.partial && get().persona) return requestReply(services, get, set);
      if (phase !== 'fault') return;
      if (session.turns.length === 0) return connect(services, get, set, session);
      if (!get().persona) {
        moveCall(get, set, { type: 'interrupt' });
        return get().resume();
      }
      if (last?.speaker === 'rep') return requestReply(services, get, set);
      moveCall(get, set, { type: 'carry-on' }, { fault: undefined });
    },

    async switchToScripted() {
      const { session, phase } = get();
      const scenario = session && services.scenarioById(session.scenarioId);
      if (!session || !scenario) return;
      if (phase === 'interrupted') {
        set({ session: { ...session, personaKind: 'scripted' } });
        return get().resume();
      }
      get().controller?.abort();
      // The scripted persona reads the whole transcript each turn, so it can pick the call up anywhere.
      let persona: Persona;
      try {
        persona = await services.createPersona(scenario, { kind: 'scripted', seed: session.seed, difficulty: session.difficulty });
      } catch (error) {
        moveCall(get, set, { type: 'fault' }, { fault: messageOf(error), faultRetryable: retryableOf(error) });
        return;
      }
      if (get().session?.callId !== session.callId) return;
      const name = scenario.persona.name.split(' ')[0];
      set({ persona, session: { ...session, personaKind: 'scripted' }, fault: undefined, ...REPLY_DONE, notice: `Carrying on with the scripted ${name}. Everything said so far is kept.` });
      if (session.turns.length === 0) return connect(services, get, set, get().session!);
      if (phase === 'fault' || phase === 'responding') {
        if (session.turns.at(-1)?.speaker === 'rep') return requestReply(services, get, set);
        moveCall(get, set, { type: 'carry-on' });
      }
    },

    discard(note) {
      get().controller?.abort();
      moveCall(get, set, { type: 'drop' }, { session: undefined, persona: undefined, controller: undefined, ...REPLY_DONE, notice: undefined, fault: undefined, droppedNote: note });
    },

    dismissDropped() {
      set({ droppedNote: undefined });
    },

    dismissNotice() {
      set({ notice: undefined });
    },

    setPlan(plan) {
      set({ plan });
    },
  });
