// Sign-in (and setup-code) attempts: failures are counted per account and per client address in a sliding
// window, and past the limit further tries are refused until the oldest failure leaves the window.

export interface SignInLimits {
  /** Failures allowed per account in the window. */
  perAccount: number;
  /** Failures allowed per client address in the window. */
  perClient: number;
  windowMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccount: 5, perClient: 20, windowMs: 15 * 60_000 };

/** Creates a limiter; `now` is the clock (milliseconds). */
export function createSignInLimiter(limits: SignInLimits, now: () => number) {
  const failures = new Map<string, number[]>();

  const recent = (key: string) => {
    const since = now() - limits.windowMs;
    const kept = (failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };

  const keys = (account: string, client: string): [string, number][] => [
    [`account:${account}`, limits.perAccount],
    [`client:${client}`, limits.perClient],
  ];

  return {
    /** Seconds to wait before trying again, or 0 when a try is allowed. */
    waitSeconds(account: string, client: string): number {
      let wait = 0;
      for (const [key, limit] of keys(account, client)) {
        const list = recent(key);
        if (list.length >= limit) wait = Math.max(wait, Math.ceil((list[list.length - limit]! + limits.windowMs - now()) / 1000));
      }
      return wait;
    },
    failed(account: string, client: string): void {
      if (failures.size > 50_000) failures.clear();
      for (const [key] of keys(account, client)) failures.set(key, [...recent(key), now()]);
    },
    succeeded(account: string): void {
      failures.delete(`account:${account}`);
    },
  };
}

export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
