import { callStage, holdsUnsavedCall, isOpenCall, type CallStage } from '../../core/call';
import type { CallState } from './callState';

// Narrow selectors over the call store: each returns a primitive or a stored object, so no re-render loops.

/** What the call screen shows, derived once by the core. */
export const selectCallStage = (s: CallState): CallStage => callStage(s.phase, s.session?.turns.length ?? 0);

/** The customer is speaking: the typing dots, and no rep line may be sent. */
export const selectCustomerSpeaking = (s: CallState): boolean => s.phase === 'responding';

/** It is the rep's turn: the composer and the microphone take a line. */
export const selectRepTurn = (s: CallState): boolean => s.phase === 'live';

/** A call that is open (going on, or ended and not yet saved), for Home and the briefing. */
export const selectOpenCall = (s: CallState) => (s.session && isOpenCall(s.phase) ? s.session : undefined);

/** A finished call waits to be saved: no new call until it is saved or exported. */
export const selectHoldsUnsavedCall = (s: CallState): boolean => holdsUnsavedCall(s.phase, Boolean(s.pendingRecord));

/** The call finished and was saved: the results screen can open this record. */
export const selectFinishedRecordId = (s: CallState): string | undefined => (s.phase === 'finished' ? s.finishedRecordId : undefined);
