import { describe, expect, it } from 'vitest';
import { createSignInLimiter } from '../../../../src/server/team/auth/createSignInLimiter';

describe('the sign-in limiter', () => {
  it('refuses an account after its failures until the oldest leaves the window', () => {
    let now = 0;
    const limiter = createSignInLimiter({ perAccount: 2, perClient: 100, windowMs: 60_000 }, () => now);
    limiter.failed('a@x.co', '1.1.1.1');
    now = 10_000;
    limiter.failed('a@x.co', '1.1.1.1');
    expect(limiter.waitSeconds('a@x.co', '1.1.1.1')).toBe(50);
    expect(limiter.waitSeconds('b@x.co', '1.1.1.1')).toBe(0);
    now = 60_001;
    expect(limiter.waitSeconds('a@x.co', '1.1.1.1')).toBe(0);
  });

  it('refuses a client guessing across many accounts, and forgets an account’s failures on success', () => {
    const limiter = createSignInLimiter({ perAccount: 2, perClient: 3, windowMs: 60_000 }, () => 0);
    for (const account of ['a', 'b', 'c']) limiter.failed(account, '2.2.2.2');
    expect(limiter.waitSeconds('d', '2.2.2.2')).toBeGreaterThan(0);
    limiter.failed('e', '3.3.3.3');
    limiter.succeeded('e');
    limiter.failed('e', '3.3.3.3');
    expect(limiter.waitSeconds('e', '3.3.3.3')).toBe(0);
  });
});
