/**
 * Where a call is. `connecting`: dialling and ringing, then the greeting (and a voicemail's beep).
 * `live`: in the call, the rep's turn. `responding`: the customer is speaking. `fault`: the customer could not
 * answer (a model error). `interrupted`: restored after a reload, waiting to be resumed or discarded.
 * `ending`: the call has ended and is being scored. `saving`: scored, being saved. `save-failed`: scoring or
 * saving failed; the call is kept. `finished`: saved to history.
 */
export type CallPhase = 'idle' | 'connecting' | 'live' | 'responding' | 'fault' | 'interrupted' | 'ending' | 'saving' | 'save-failed' | 'finished';

/** The phases in which a call is still going on and could be resumed after a reload. */
export const ONGOING_PHASES: readonly CallPhase[] = ['connecting', 'live', 'responding', 'fault', 'interrupted'];

/** The phases after the call ended: scoring, saving, saved. */
export const ENDED_PHASES: readonly CallPhase[] = ['ending', 'saving', 'save-failed', 'finished'];

/** A finished call is held that is not yet confirmed saved: it must be saved or exported before another call. */
export function holdsUnsavedCall(phase: CallPhase, hasPendingRecord: boolean): boolean {
  return hasPendingRecord && (phase === 'saving' || phase === 'save-failed');
}

/** A call is open (going on, or ended but not yet saved): Home offers to continue it. */
export function isOpenCall(phase: CallPhase): boolean {
  return phase !== 'idle' && phase !== 'finished';
}
