import { describe, expect, it } from 'vitest';
import { compareCustomerWithScorer } from '../../../src/core/facts/compareCustomerWithScorer';
import { foldCall } from '../../../src/core/persona/foldCall';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { loadScenario } from '../persona/personaFixtures';

const lease = loadScenario('lease-follow-up');
const opening =
  "Hi Art, it's Sam from Riverside Motors, calling about your plates. They're late and that's on me, sorry. I picked them up from the DMV this morning and I can drop them at your place tomorrow by 10, does that work?";
const askAboutCar = 'Apart from the plates, is the car behaving itself? Anything showing on the dash?';
const oilChanges = 'And one thing nobody told you at signing: your lease includes free oil changes for the first two years.';

describe('the scripted customer and the scorer on a fault told in passing', () => {
  it('agree that the service light is owned when the rep books it in with a time', () => {
    const ownLight =
      "Ah, sorry about that. When I drop the plates tomorrow I'll take it round to our service bay, they'll check it and reset it while I wait. OK?";
    const { transcript, mismatches } = compareCustomerWithScorer(lease, [opening, askAboutCar, ownLight, oilChanges]);
    expect(transcript.turns.map((t) => t.text).join(' ')).toMatch(/service light came on/);
    expect(mismatches).toEqual([]);
    expect(scoreTranscript(lease, transcript).principles.find((p) => p.id === 'own-the-issue')?.verdict).toBe('met');
    expect(transcript.endReason).toBe('goal-reached');
  });

  it('agree that it is left open when the rep moves on, and the customer asks about it again instead of ending the call pleased', () => {
    const { transcript, mismatches } = compareCustomerWithScorer(lease, [opening, askAboutCar, oilChanges]);
    expect(mismatches).toEqual([]);
    expect(transcript.turns.at(-1)?.text).toMatch(/light/i);
    expect(transcript.endReason).not.toBe('goal-reached');
    expect(scoreTranscript(lease, transcript).principles.find((p) => p.id === 'own-the-issue')?.verdict).toBe('missed');
  });
});

describe('the scripted customer and the scorer on a long answer', () => {
  const answer =
    "Sure. So the lease covers the car for thirty six months, ten thousand miles a year, and the first two years of oil changes are included at no charge, which honestly nobody mentioned at signing and they should have. Tyres and brakes are on you, but if anything goes wrong with the engine or the electrics it's under the factory warranty for the whole lease, so you'd just bring it in to us. At the end you can hand it back, buy it at the price in your paperwork, or roll into a new one, whichever suits you then.";
  const turns = (customerBefore: string) => [
    { speaker: 'customer' as const, text: 'Art speaking.' },
    { speaker: 'rep' as const, text: "Hi Art, it's Sam at Riverside, I've got your plates sorted for tomorrow at 10 and wanted to go over your lease." },
    { speaker: 'customer' as const, text: customerBefore },
    { speaker: 'rep' as const, text: answer },
  ];
  const monologueNotes = (customerBefore: string) =>
    scoreTranscript(lease, { scenarioId: lease.id, channel: lease.channel, turns: turns(customerBefore) }).mistakes.filter(
      (m) => m.principle === 'respect-time' && m.turn === 3 && /monologue|speech/i.test(m.commentary),
    );
  const customerCuts = (customerBefore: string) => {
    const plan = foldCall(lease, 'medium', turns(customerBefore)).lastPlan!;
    return plan.parts.some((part) => part.kind === 'dialogue' && part.key === 'ramble');
  };

  it('both let a long answer run when the customer asked for it', () => {
    expect(answer.split(/\s+/).length).toBeGreaterThan(80);
    expect(customerCuts('Good. Actually, what does the lease actually include? Nobody ever told me.')).toBe(false);
    expect(monologueNotes('Good. Actually, what does the lease actually include? Nobody ever told me.')).toEqual([]);
  });

  it('both count the same answer as a monologue when nobody asked', () => {
    expect(customerCuts('OK.')).toBe(true);
    expect(monologueNotes('OK.')).toHaveLength(1);
  });
});
