import { describe, expect, it } from 'vitest';
import { loadKnown } from '../scoring/knownDisagreements';
import { loadShippedScenarios } from '../scoring/loadLabelledCalls';
import { runProbes } from './reactionProbes';

// Rep-line sequences written blind, each step with the stance and answer its author expected from the customer.
const scenarios = loadShippedScenarios();
const known = loadKnown();

describe.each(['dev', 'heldout'] as const)('the %s reaction probes', (set) => {
  it('get the reactions their authors expected, except the steps the known-disagreements file lists with a reason', () => {
    const { misses } = runProbes(scenarios, set);
    const listed = known.probes.filter((k) => k.set === set);
    expect(misses.sort()).toEqual(listed.map((k) => k.key).sort());
    for (const k of listed) expect(k.reason.length, k.key).toBeGreaterThan(10);
  });
});
