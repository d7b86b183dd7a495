import type { StateCreator } from 'zustand';
import { buildCallRecord, droppedNoteFor, ENDING_MS, repSpoke, transcriptOf } from '../../core/call';
import type { CallServices } from './callServices';
import type { CallFinishActions, CallState } from './callState';
import { moveCall } from './moveCall';

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/** The slice that ends a call: the "call ended" moment, scoring, saving to history before the results show. */
export const createCallFinishSlice =
  (services: CallServices): StateCreator<CallState, [], [], CallFinishActions> =>
  (set, get) => ({
    async finish(endReason, options) {
      const session = get().session;
      if (!session) return;
      const ended = { ...session, endReason };
      if (!moveCall(get, set, { type: 'end' }, { session: ended, persona: undefined, notice: undefined })) return;
      if (options?.pause !== false) await services.wait(ENDING_MS);
      if (get().session?.callId !== session.callId) return;
      // The customer ended it (or a reload left it ending) before the rep said a word: nothing to score.
      if (!repSpoke(session)) return get().discard(droppedNoteFor(session));
      const scenario = services.scenarioById(session.scenarioId);
      if (!scenario) {
        moveCall(get, set, { type: 'score-failed' }, { fault: `The scenario "${session.scenarioId}" is no longer available, so the call cannot be scored.` });
        return;
      }
      try {
        const report = await services.score(scenario, transcriptOf(ended));
        if (get().session?.callId !== session.callId) return;
        set({ pendingRecord: buildCallRecord(ended, report, new Date(services.now()).toISOString()) });
      } catch (error) {
        moveCall(get, set, { type: 'score-failed' }, { fault: `The call could not be scored: ${messageOf(error)}` });
        return;
      }
      await get().retrySave();
    },

    async retrySave() {
      const record = get().pendingRecord;
      if (!record) {
        // Scoring failed earlier: try the whole ending again.
        const reason = get().session?.endReason;
        if (reason) await get().finish(reason, { pause: false });
        return;
      }
      const again = get().phase === 'save-failed';
      if (!moveCall(get, set, { type: 'scored' }, { fault: undefined })) return;
      try {
        await services.saveRecord(record);
      } catch (error) {
        // The record stays pending (and in localStorage when there is room) until it is saved or exported.
        const fault = `${again ? 'Your call still could not be saved' : 'Your call could not be saved'} to History: ${messageOf(error)}. It is kept here: free some space and try again, or export it.`;
        if (get().pendingRecord?.id === record.id) moveCall(get, set, { type: 'save-failed' }, { fault });
        return;
      }
      if (get().pendingRecord?.id !== record.id) return;
      moveCall(get, set, { type: 'saved' }, { finishedRecordId: record.id });
    },

    async recover() {
      const { phase, pendingRecord, session } = get();
      if (pendingRecord && (phase === 'saving' || phase === 'save-failed' || phase === 'finished')) return get().retrySave();
      if (phase === 'ending' && session?.endReason) return get().finish(session.endReason, { pause: false });
    },

    clear() {
      get().controller?.abort();
      moveCall(
        get,
        set,
        { type: 'clear' },
        {
          session: undefined,
          persona: undefined,
          controller: undefined,
          pendingRecord: undefined,
          finishedRecordId: undefined,
          streamingText: undefined,
          notice: undefined,
          fault: undefined,
        },
      );
    },
  });
