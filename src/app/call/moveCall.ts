import { callTransition, type CallEvent } from '../../core/call';
import type { CallData, CallState } from './callState';

/** Reads the call store. */
export type CallGet = () => CallState;
/** Writes the call store. */
export type CallSet = (partial: Partial<CallState> | ((state: CallState) => Partial<CallState>)) => void;

/**
 * Takes an event through the core call machine and writes the new phase with the data that changes with it.
 * A refused event changes nothing and returns false: the store never sets a phase itself.
 */
export function moveCall(get: CallGet, set: CallSet, event: CallEvent, data: Partial<CallData> = {}): boolean {
  const next = callTransition(get().phase, event);
  if (!next.ok) return false;
  set({ ...data, phase: next.phase });
  return true;
}
