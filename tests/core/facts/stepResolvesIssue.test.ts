import { describe, expect, it } from 'vitest';
import { stepResolvesIssue } from '../../../src/core/facts/stepResolvesIssue';
import { loadScenario } from '../persona/personaFixtures';

describe('stepResolvesIssue', () => {
  it('is true for a problem the scenario’s own step puts right (the demo never booked, fixed by booking it)', () => {
    expect(stepResolvesIssue(loadScenario('busy-executive'), 'demo-never-booked')).toBe(true);
  });

  it('is false for a problem the step leaves alone (booking an oil change does not deliver the plates)', () => {
    expect(stepResolvesIssue(loadScenario('lease-follow-up'), 'plates')).toBe(false);
    expect(stepResolvesIssue(loadScenario('quote-follow-up'), 'fuel-surcharge')).toBe(false);
  });
});
