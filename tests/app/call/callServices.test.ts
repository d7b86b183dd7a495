import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserCallServices } from '../../../src/app/call/callServices';
import type { Pace } from '../../../src/core/call';

/** Whether `wait(ms)` has resolved once the fake clock has moved on by `elapsed`. */
async function resolvedAfter(pace: Pace, ms: number, elapsed: number): Promise<boolean> {
  const services = browserCallServices(
    async () => undefined,
    () => pace,
  );
  let done = false;
  void services.wait(ms).then(() => (done = true));
  await vi.advanceTimersByTimeAsync(elapsed);
  return done;
}

describe('the browser’s call services', () => {
  afterEach(() => vi.useRealTimers());

  it('wait the whole pause at a natural pace', async () => {
    vi.useFakeTimers();
    expect(await resolvedAfter('natural', 1600, 1000)).toBe(false);
    expect(await resolvedAfter('natural', 1600, 1600)).toBe(true);
  });

  it('cut the pause short at a quick pace, read when the pause starts', async () => {
    vi.useFakeTimers();
    expect(await resolvedAfter('quick', 1600, 300)).toBe(true);
  });
});
