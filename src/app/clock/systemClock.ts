/** The time, handed in wherever code needs it, so tests can fix it. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

// The one place the app reads the real time (the ESLint rule on Date.now and new Date() points here).
export const systemClock: Clock = { now: () => Date.now() };
