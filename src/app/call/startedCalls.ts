/** A call that has just started (or was restored after a reload): its id and the assignment it is played under. */
export interface StartedCall {
  callId: string;
  assignmentId?: string;
}

type Listener = (call: StartedCall) => void;

let listener: Listener | undefined;
/** Calls started before anyone listened (team mode starts after the first paint); a few at most. */
const early: StartedCall[] = [];

/** Tells whoever listens (team mode, to remember who started it) that a call started; may repeat for one call. */
export function announceStartedCall(call: StartedCall): void {
  if (listener) listener(call);
  else if (early.length < 20) early.push(call);
}

/** Listens for started calls, starting with those announced before. */
export function onStartedCall(next: Listener): void {
  listener = next;
  for (const call of early.splice(0)) next(call);
}
