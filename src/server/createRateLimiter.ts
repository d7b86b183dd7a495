// Per-client limits of the model proxy: requests a minute (sliding window) and requests at once.

const WINDOW_MS = 60_000;

/** What a client may do. */
export interface RateLimits {
  requestsPerMinute: number;
  parallelPerClient: number;
}

/** A request let through (call release when it is over), or refused with when to try again. */
export type RateDecision = { ok: true; release: () => void } | { ok: false; why: 'per-minute' | 'parallel'; retryAfterSeconds: number };

interface ClientState {
  /** Start times within the last minute, oldest first. */
  starts: number[];
  running: number;
}

/** Creates a limiter; `now` is the clock (milliseconds). */
export function createRateLimiter(limits: RateLimits, now: () => number): { take(client: string): RateDecision } {
  const clients = new Map<string, ClientState>();

  const forget = (client: string, state: ClientState) => {
    if (state.running === 0 && state.starts.length === 0) clients.delete(client);
  };

  const sweep = (at: number) => {
    for (const [client, state] of clients) {
      while (state.starts.length > 0 && state.starts[0]! <= at - WINDOW_MS) state.starts.shift();
      forget(client, state);
    }
  };

  return {
    take(client) {
      const at = now();
      // Many addresses must not grow the table for ever.
      if (clients.size > 1_000) sweep(at);
      const state = clients.get(client) ?? { starts: [], running: 0 };
      while (state.starts.length > 0 && state.starts[0]! <= at - WINDOW_MS) state.starts.shift();
      if (state.starts.length >= limits.requestsPerMinute) {
        clients.set(client, state);
        return { ok: false, why: 'per-minute', retryAfterSeconds: Math.max(1, Math.ceil((state.starts[0]! + WINDOW_MS - at) / 1000)) };
      }
      if (state.running >= limits.parallelPerClient) {
        forget(client, state);
        return { ok: false, why: 'parallel', retryAfterSeconds: 1 };
      }
      state.starts.push(at);
      state.running++;
      clients.set(client, state);
      let released = false;
      return {
        ok: true,
        release: () => {
          if (released) return;
          released = true;
          state.running--;
          const later = now();
          while (state.starts.length > 0 && state.starts[0]! <= later - WINDOW_MS) state.starts.shift();
          forget(client, state);
        },
      };
    },
  };
}
