import { describe, expect, it } from 'vitest';
import { compareCustomerWithScorer } from '../../../src/core/facts/compareCustomerWithScorer';
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
