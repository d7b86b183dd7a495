import type { CallGet, CallSet } from './moveCall';

/** Cancels the call's pending reply or pause and starts a new one's controller. */
export function newController(get: CallGet, set: CallSet): AbortController {
  get().controller?.abort();
  const controller = new AbortController();
  set({ controller });
  return controller;
}

/** Still the same call, and not hung up or discarded in the meantime. */
export function stillOn(get: CallGet, callId: string, signal: AbortSignal): boolean {
  return !signal.aborted && get().session?.callId === callId;
}
