import type { CallPhase } from './callPhase';

/**
 * What the call screen shows: `ringing` before anyone picked up, `talking` once a greeting was heard (the rep's
 * turn or the customer speaking), `interrupted` and `fault` for their panels, `ended` from hanging up to saved.
 */
export type CallStage = 'none' | 'ringing' | 'talking' | 'interrupted' | 'fault' | 'ended';

/** The stage of a call from its phase and how many turns it has; the one place the screens derive it. */
export function callStage(phase: CallPhase, turnCount: number): CallStage {
  switch (phase) {
    case 'idle':
      return 'none';
    case 'connecting':
      // A voicemail greeting plays before the beep: the call is already talking then.
      return turnCount === 0 ? 'ringing' : 'talking';
    case 'live':
    case 'responding':
      return 'talking';
    case 'interrupted':
    case 'fault':
      return phase;
    default:
      return 'ended';
  }
}
