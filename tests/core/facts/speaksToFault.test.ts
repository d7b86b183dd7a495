import { describe, expect, it } from 'vitest';
import { speaksToFault } from '../../../src/core/facts/speaksToFault';

describe('speaksToFault', () => {
  const report = 'Now you ask, a service light came on last week.';

  it('is true when the rep takes up a topic word of what the customer reported', () => {
    expect(speaksToFault(report, "They'll check the light while it's in Saturday.")).toBe(true);
    expect(speaksToFault(report, 'Warning lights can mean anything, bring it in.')).toBe(true);
  });

  it('is false when the line shares only function words, days or words common to any call', () => {
    expect(speaksToFault(report, 'Can I book you in next week for the oil change?')).toBe(false);
    expect(speaksToFault(report, 'Great, so how was the rest of your week?')).toBe(false);
  });
});
