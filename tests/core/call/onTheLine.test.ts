import { describe, expect, it } from 'vitest';
import { onTheLine } from '../../../src/core/call/onTheLine';
import { suggestLines } from '../../../src/core/persona/suggestLines';
import type { Scenario } from '../../../src/core/scenario/scenarioSchema';
import type { Turn } from '../../../src/core/transcript';
import { loadScenario } from '../persona/personaFixtures';

const wendy = loadScenario('busy-executive');
const kim = wendy.gatekeeper!;
const rep = (text: string): Turn => ({ speaker: 'rep', text });
const customer = (text: string, party?: 'gatekeeper'): Turn => ({ speaker: 'customer', text, ...(party ? { party } : {}) });

describe('who is on the line', () => {
  it('is the customer until she puts the rep through, then the assistant', () => {
    const turns = [customer('Wendy Park.'), rep('Could I speak to Kim?')];
    expect(onTheLine(wendy, turns)).toBe('customer');
    const handedOver = [...turns, customer(kim.handOver[0]!), rep('Hi Kim.')];
    expect(onTheLine(wendy, handedOver)).toBe('gatekeeper');
    expect(onTheLine(wendy, [...handedOver, customer('How can I help?', 'gatekeeper')])).toBe('gatekeeper');
  });

  it('is the assistant from the start when she answers first, and always the customer without one', () => {
    const firstKim: Scenario = { ...wendy, gatekeeper: { ...kim, answersFirst: true } };
    expect(onTheLine(firstKim, [])).toBe('gatekeeper');
    expect(onTheLine(loadScenario('lease-follow-up'), [customer('Art speaking.'), rep('Is Kim around?')])).toBe('customer');
    expect(onTheLine(undefined, [])).toBe('customer');
  });

  it('gives guided mode Kim’s own three lines while she has the line, shuffled by seed, and none said twice', () => {
    const turns = [customer('Wendy Park.'), rep('Could I speak to Kim to book the demo?'), customer(kim.handOver[0]!)];
    const offered = suggestLines(wendy, turns, 4);
    expect(offered.map((line) => line.text).sort()).toEqual(kim.guided!.map((line) => line.text).sort());
    expect(suggestLines(wendy, turns, 4)).toEqual(offered);
    const weak = kim.guided!.find((line) => line.quality === 'weak')!;
    const after = suggestLines(wendy, [...turns, rep(weak.text), customer(kim.screens[0]!, 'gatekeeper')], 4);
    expect(after.map((line) => line.text)).not.toContain(weak.text);
    expect(after).toHaveLength(2);
  });
});
