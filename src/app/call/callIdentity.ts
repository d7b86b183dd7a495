let counter = 0;

/** A fresh seed per call from the clock and a counter; stored in the transcript so the call can be replayed exactly. */
export function newCallSeed(): number {
  counter = (counter + 1) % 0x10000;
  return ((Date.now() % 0x7fff_ffff) ^ Math.imul(counter, 0x9e37_79b1)) & 0x7fff_ffff;
}

/** A unique id for a call record. */
export function newCallId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  counter = (counter + 1) % 0x10000;
  return `call-${Date.now().toString(36)}-${counter.toString(36)}-${newCallSeed().toString(36)}`;
}
