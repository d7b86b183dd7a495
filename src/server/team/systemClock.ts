// The team server's clock: the one place it reads the time, so tests hand in their own.

/** Milliseconds since the epoch. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** The clock's time as an ISO string, for the database. */
export const isoNow = (clock: Clock) => new Date(clock.now()).toISOString();
