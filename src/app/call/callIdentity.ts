import type { Clock } from '../clock/systemClock';

let counter = 0;

/** A fresh seed per call from the clock and a counter; stored in the transcript so the call can be replayed exactly. */
export function newCallSeed(clock: Clock): number {
  counter = (counter + 1) % 0x10000;
  return ((clock.now() % 0x7fff_ffff) ^ Math.imul(counter, 0x9e37_79b1)) & 0x7fff_ffff;
}

/** A unique id for a call record. */
export function newCallId(clock: Clock): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  counter = (counter + 1) % 0x10000;
  return `call-${clock.now().toString(36)}-${counter.toString(36)}-${newCallSeed(clock).toString(36)}`;
}
