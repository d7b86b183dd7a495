import { describe, expect, it } from 'vitest';
import { timeLeft } from '../../../../src/app/teamMode/parts/timeLeft';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const after = (ms: number) => new Date(NOW + ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('the time left until an invite expires', () => {
  it('counts days from two days on', () => {
    expect(timeLeft(after(7 * 24 * HOUR - MINUTE), NOW)).toBe('in 7 days');
    expect(timeLeft(after(3 * 24 * HOUR), NOW)).toBe('in 3 days');
    expect(timeLeft(after(48 * HOUR), NOW)).toBe('in 2 days');
  });

  it('counts hours below two days, so a day and a half is not rounded up to two days', () => {
    expect(timeLeft(after(36 * HOUR), NOW)).toBe('in 36 hours');
    expect(timeLeft(after(2 * HOUR), NOW)).toBe('in 2 hours');
  });

  it('counts minutes in the last hour and a half, and says so in the last minute', () => {
    expect(timeLeft(after(45 * MINUTE), NOW)).toBe('in 45 minutes');
    expect(timeLeft(after(MINUTE), NOW)).toBe('in 1 minute');
    expect(timeLeft(after(20_000), NOW)).toBe('in under a minute');
  });

  it('says now once the time has passed', () => {
    expect(timeLeft(after(-HOUR), NOW)).toBe('now');
  });
});
