import type { StateCreator } from 'zustand';
import { canTransition, droppedNoteFor, repSpoke, withTurn, type CallEvent, type CallSession } from '../../core/call';
import type { Persona } from '../../core/persona';
import { cleanTurnText, type Turn } from '../../core';
import type { CallServices } from './callServices';
import type { CallFlowActions, CallState } from './callState';
import { connectCall } from './connectCall';
import { moveCall } from './moveCall';
import { personaFault } from './personaFault';
import { REPLY_DONE, requestReply } from './requestReply';
import { sinceConnected } from './sinceConnected';

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
      await connectCall(services, get, set, session);
    },

    // Loaded when used: rebuilding a call needs the scripted customer, which stays out of the first load.
    async startRetry(record, turnIndex) {
      return (await import('./startRetry')).startRetry(services, get, set, record, turnIndex);
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
      if (session.turns.length === 0) return connectCall(services, get, set, get().session!);
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
        moveCall(get, set, { type: 'fault' }, personaFault(error));
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
      if (session.turns.length === 0) return connectCall(services, get, set, session);
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
        moveCall(get, set, { type: 'fault' }, personaFault(error));
        return;
      }
      if (get().session?.callId !== session.callId) return;
      const name = scenario.persona.name.split(' ')[0];
      set({
        persona,
        session: { ...session, personaKind: 'scripted' },
        fault: undefined,
        ...REPLY_DONE,
        notice: `Carrying on with the scripted ${name}. Everything said so far is kept.`,
      });
      if (session.turns.length === 0) return connectCall(services, get, set, get().session!);
      if (phase === 'fault' || phase === 'responding') {
        if (session.turns.at(-1)?.speaker === 'rep') return requestReply(services, get, set);
        moveCall(get, set, { type: 'carry-on' });
      }
    },

    discard(note) {
      get().controller?.abort();
      moveCall(
        get,
        set,
        { type: 'drop' },
        { session: undefined, persona: undefined, controller: undefined, ...REPLY_DONE, notice: undefined, fault: undefined, droppedNote: note },
      );
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
