import { describe, expect, it } from 'vitest';
import { ENDING_MS, RING_MS, atPace, pauseFor } from '../../../src/core/call';

describe('the call’s pauses', () => {
  it('let a longer reply take longer to say, within bounds', () => {
    expect(pauseFor('Yes.')).toBeLessThan(pauseFor('Yes, Thursday at ten works, and bring the paperwork with you please.'));
    expect(pauseFor('x'.repeat(5000))).toBe(1800);
  });

  it('keep their natural length at a natural pace', () => {
    expect(atPace(RING_MS, 'natural')).toBe(RING_MS);
    expect(atPace(pauseFor('Fine.'), 'natural')).toBe(pauseFor('Fine.'));
  });

  it('shrink at a quick pace but keep a beat, so a reply still arrives as its own turn', () => {
    for (const ms of [RING_MS, ENDING_MS, pauseFor('Fine.'), pauseFor('x'.repeat(500))]) {
      expect(atPace(ms, 'quick')).toBeLessThan(ms / 4);
      expect(atPace(ms, 'quick')).toBeGreaterThan(50);
    }
  });
});
