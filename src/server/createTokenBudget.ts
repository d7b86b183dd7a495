// The whole server's daily token budget. Each request reserves its worst case before it is sent, so
// many requests at once cannot overrun the budget, then settles at what the model service reported.

const DAY_MS = 86_400_000;

/** A request admitted under the budget; settle it once with the tokens it really used. */
export interface Reservation {
  settle(usedTokens: number): void;
}

/** Where today's budget stands. */
export interface BudgetStatus {
  /** The UTC day, `2026-05-04`. */
  day: string;
  used: number;
  reserved: number;
  limit: number;
}

/** Creates a budget of `dailyTokens` a UTC day; `now` is the clock (milliseconds). */
export function createTokenBudget(dailyTokens: number, now: () => number) {
  let day = '';
  let used = 0;
  let reserved = 0;

  const today = () => {
    const current = new Date(now()).toISOString().slice(0, 10);
    if (current !== day) {
      day = current;
      used = 0;
    }
    return day;
  };

  return {
    /** Reserves `tokens`, or says how long until the budget resets when they do not fit. */
    reserve(tokens: number): { ok: true; reservation: Reservation } | { ok: false; resetsInMs: number } {
      today();
      if (used + reserved + tokens > dailyTokens) return { ok: false, resetsInMs: DAY_MS - (now() % DAY_MS) };
      reserved += tokens;
      let settled = false;
      return {
        ok: true,
        reservation: {
          settle(usedTokens) {
            if (settled) return;
            settled = true;
            reserved -= tokens;
            today();
            used += Math.max(0, usedTokens);
          },
        },
      };
    },
    status(): BudgetStatus {
      return { day: today(), used, reserved, limit: dailyTokens };
    },
  };
}

/** The budget as `createTokenBudget` returns it. */
export type TokenBudget = ReturnType<typeof createTokenBudget>;
