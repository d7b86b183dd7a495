import { describe, expect, it } from 'vitest';
import { analyzeCall } from '../../../src/core/scoring/analyzeCall';
import { NEW_FAULT_ISSUE } from '../../../src/core/scoring/trackIssues';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { callFromLines, verdictOf } from './callFromLines';
import { makeScenario } from './scenarioFactory';
import { loadScenario } from '../persona/personaFixtures';

const surchargeIssue = {
  id: 'missing-surcharge',
  summary: 'The quote shows the surcharge as TBD.',
  meaning: 'The quote shows the surcharge as TBD.',
  examples: [],
  keywords: ['surcharge', 'TBD', 'all-in price'],
  raise: ['Your quote says the surcharge is TBD.'],
  raiseWhen: 'asked' as const,
  ownedReply: ['Good.'],
  vagueReply: ['When?'],
  ignoredReply: ['And the surcharge?'],
};

/** A quote-like scenario whose issue only comes up when asked; `listed` puts it in the rep's open items. */
function quote(listed: boolean) {
  const base = makeScenario();
  return makeScenario({
    id: 'test-quote',
    briefing: { ...base.briefing, openItems: listed ? ['Quote sent Tuesday.', 'The surcharge on the quote still reads TBD.'] : ['Quote sent Tuesday.'] },
    persona: { openIssues: [surchargeIssue] },
    facts: { goalRequires: [] },
  });
}

const plain = [
  'Hello?',
  'Hi, calling about the quote from Tuesday. Could we book a call Thursday at 10 to go over it?',
  'Thursday at 10 works.',
  'Great, speak then.',
];

describe('trackIssues', () => {
  it('counts an issue the rep’s briefing lists as open as on record, even if the customer only raises it when asked', () => {
    const listed = quote(true);
    expect(analyzeCall(listed, callFromLines(listed.id, plain)).issues[0]).toMatchObject({ id: 'missing-surcharge', onRecord: true, raisedAt: null });
    expect(verdictOf(scoreTranscript(listed, callFromLines(listed.id, plain)), 'own-the-issue')).toBe('missed');
  });

  it('leaves an issue the rep was never told about off the record', () => {
    const unlisted = quote(false);
    expect(analyzeCall(unlisted, callFromLines(unlisted.id, plain)).issues[0]).toMatchObject({ onRecord: false });
    expect(verdictOf(scoreTranscript(unlisted, callFromLines(unlisted.id, plain)), 'own-the-issue')).toBe('n/a');
  });

  it.each(['Oh man, sorry, the DMV is super slow right now. I’ll look into it.', 'Ugh, yeah, they are really backed up right now, I’ll chase it for you.'])(
    'does not take an excuse about how things are right now (%j) as owning the problem with a time',
    (excuse) => {
      const lease = makeScenario();
      const call = callFromLines(lease.id, [
        'Hello?',
        'Hi Art, how’s the car?',
        'Great, I love it. But where are my plates?',
        excuse,
        'When, though?',
        'Soon, promise. Know anyone looking for a car?',
      ]);
      expect(analyzeCall(lease, call).issues[0]).toMatchObject({ ownedAt: null, movedOnAt: 5 });
      expect(verdictOf(scoreTranscript(lease, call), 'own-the-issue')).toBe('missed');
    },
  );

  it('counts a fault the customer told as owned when the rep books a fix that takes it up in the customer’s words', () => {
    const lease = makeScenario();
    const lines = (fix: string) =>
      callFromLines(lease.id, [
        'Hello?',
        'Hi Art, anything else up with the car?',
        'Now you ask, a warning light came on last week.',
        fix,
        'Saturday at 9 is fine.',
      ]);
    const taken = analyzeCall(lease, lines('I’ll book you in Saturday at 9 for the free oil change, and they’ll check the light while it’s in. OK?'));
    expect(taken.issues.find((episode) => episode.id === NEW_FAULT_ISSUE)).toMatchObject({ raisedAt: 2, ownedAt: 3 });
    const passedOver = analyzeCall(lease, lines('I’ll book you in Saturday at 9 for the free oil change. OK?'));
    expect(passedOver.issues.find((episode) => episode.id === NEW_FAULT_ISSUE)).toMatchObject({ raisedAt: 2, ownedAt: null });
  });

  it('hears a plain proposal for the team’s week, with the demo still unbooked, as working on the demo, and a pressed one as not', () => {
    const wendy = loadScenario('busy-executive');
    const lines = (ask: string) =>
      callFromLines(wendy.id, [
        'Wendy Park.',
        'Hi Wendy, Jordan from Clearline; I’ve taken over from Priya. It’s about the demo for your team: it never got booked, and that’s on us.',
        'Not this week, I’ve a launch on Friday.',
        ask,
        'The week after next.',
        'I’ll ring Kim this afternoon with two slots that week, and she’ll have them in writing by five today.',
        'That’s fine.',
      ]);
    const owned = analyzeCall(wendy, lines('After Friday, is there a week the team’s actually free?'));
    const demo = owned.issues.find((episode) => episode.id === 'demo-never-booked');
    expect(demo?.movedOnAt).toBeNull();
    expect(demo?.ownedAt).not.toBeNull();
    const pressed = analyzeCall(wendy, lines('If we don’t grab tomorrow I can’t promise anything. Could you just do 9?'));
    expect(pressed.issues.find((episode) => episode.id === 'demo-never-booked')?.movedOnAt).toBe(3);
  });

  it('counts selling before bringing up a problem the rep knows is open as moving on from it', () => {
    const nadia = loadScenario('late-delivery');
    const call = analyzeCall(
      nadia,
      callFromLines(nadia.id, [
        'Copper Pot Café, hello?',
        'Hi Nadia, Morgan here. Quick one: a great new Premium Partner deal this quarter, 5% off if you sign for 12 months.',
        'I’m still waiting on my cups.',
        'Yes sorry about that, the cups will be with you Thursday between 7 and 8.',
      ]),
    );
    expect(call.issues.find((episode) => episode.id === 'short-delivery')).toMatchObject({ movedOnAt: 1, ownedAt: 3 });
    expect(verdictOf(scoreTranscript(nadia, call.transcript), 'own-the-issue')).toBe('missed');
  });
});
