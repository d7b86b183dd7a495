import type { CallRecord } from '../../core/history';

type Listener = (record: CallRecord) => void;

let listener: Listener | undefined;
/** Calls finished before anyone listened (team mode starts after the first paint); a few at most. */
const early: CallRecord[] = [];

/** Tells whoever listens (team mode's uploads) that a call was scored and is being saved; may repeat for one call. */
export function announceFinishedCall(record: CallRecord): void {
  if (listener) listener(record);
  else if (early.length < 20) early.push(record);
}

/** Listens for finished calls, starting with those announced before. */
export function onFinishedCall(next: Listener): void {
  listener = next;
  for (const record of early.splice(0)) next(record);
}
