import { ONGOING_PHASES, type CallPhase } from './callPhase';

/** What survived a reload, as far as the phase goes. */
export interface RestoredFacts {
  hasSession: boolean;
  hasPendingRecord: boolean;
  /** The session says how the call ended. */
  ended: boolean;
}

/** Where a restored call stands: a finished call waits to be saved, an ongoing one to be resumed, an ended one is scored again. */
export function restoredPhase(saved: unknown, facts: RestoredFacts): CallPhase {
  if (facts.hasPendingRecord) return 'saving';
  if (!facts.hasSession) return 'idle';
  // Ended but not yet scored and saved (or its score was unreadable): it is scored again.
  if ((saved === 'ending' || saved === 'saving' || saved === 'save-failed') && facts.ended) return 'ending';
  if (ONGOING_PHASES.includes(saved as CallPhase)) return 'interrupted';
  return 'idle';
}
