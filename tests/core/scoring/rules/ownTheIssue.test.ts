import { describe, expect, it } from 'vitest';
import { analyzeCall } from '../../../../src/core/scoring/analyzeCall';
import { scoreTranscript } from '../../../../src/core/scoring/scoreTranscript';
import { NEW_FAULT_ISSUE } from '../../../../src/core/scoring/trackIssues';
import { callFromLines, verdictOf } from '../callFromLines';
import { makeScenario } from '../scenarioFactory';

const lease = makeScenario({ principles: { 'purpose-first': 3, 'own-the-issue': 3, 'next-step': 3, 'respect-time': 1 } });
const score = (lines: string[]) => scoreTranscript(lease, callFromLines(lease.id, lines));
const raised = ['Hello?', 'Hi Art, Sam from Riverside here.', 'About time. Where on earth are my plates?'];

describe('own-the-issue', () => {
  it.each([
    'I’m sorry about the plates. I’ll dig into it over the next few days.',
    'Apologies, Art. Let me see what I can do and I’ll get back to you soon.',
    'Sorry about that, I’ll chase it up this week and call you back.',
    'My fault entirely. I’ll get on it in a couple of days.',
  ])('is missed for the vague promise %j', (answer) => {
    expect(verdictOf(score([...raised, answer]), 'own-the-issue')).toBe('missed');
  });

  it.each([
    'I’m sorry, Art. I’ll phone the registration office today and call you back by 3 with a date.',
    'That’s on us. I’ll drive them over to you Friday morning myself.',
  ])('is met for the specific action with a time %j', (answer) => {
    expect(verdictOf(score([...raised, answer]), 'own-the-issue')).toBe('met');
  });

  it('is missed when the rep blames someone else for the problem, even with a dated fix after it', () => {
    const blamed = score([
      ...raised,
      'Honestly the DMV are a nightmare with plates, not our fault at all.',
      'Right.',
      'I’ll drive them over to you Friday morning myself.',
    ]);
    expect(verdictOf(blamed, 'own-the-issue')).toBe('missed');
    expect(blamed.mistakes.find((m) => m.principle === 'own-the-issue')?.turn).toBe(3);
  });

  it('is missed when the blame comes after the fix was promised', () => {
    const lines = [...raised, 'I’ll drive them over to you Friday morning myself.', 'Good.', 'To be fair the plates hold-up was the DMV’s fault, not ours.'];
    expect(verdictOf(score(lines), 'own-the-issue')).toBe('missed');
  });

  it('quotes the commitment sentence as its evidence', () => {
    const report = score([...raised, 'I’m sorry, Art. I’ll phone the registration office today and call you back by 3 with a date.']);
    const quotes = report.principles.find((p) => p.id === 'own-the-issue')!.evidence.map((e) => e.quote);
    expect(quotes).toContain('I’ll phone the registration office today and call you back by 3 with a date.');
  });
});

describe('own-the-issue with a direct status and a firm time', () => {
  const leaseCall = makeScenario({ principles: { 'own-the-issue': 3 } });
  const ownership = (answer: string) =>
    scoreTranscript(
      leaseCall,
      callFromLines(leaseCall.id, [
        'Hello?',
        'Hi Art, Sam at Riverside. I’m calling about your plates, which I know are late. I’m sorry.',
        'My plates still haven’t arrived. When am I getting them?',
        answer,
      ]),
    );

  it.each([
    'It is on the truck now and will be with you tomorrow by 9 am.',
    'They’re on the van now, and they’ll be with you tomorrow by 9 am.',
    'I’ll make sure they are with you tomorrow by 9 am.',
    'they are on thursday’s first drop, between 7 and 8',
  ])('owns the problem when the rep answers %j, naming it only as "it" or "they"', (answer) => {
    expect(verdictOf(ownership(answer), 'own-the-issue')).toBe('met');
  });

  it('does not own it with a status and no time ("they should be with you soon")', () => {
    expect(verdictOf(ownership('They should be with you soon.'), 'own-the-issue')).toBe('missed');
  });
});

describe('own-the-issue with a fault the customer volunteers', () => {
  const leaseCall = makeScenario({ principles: { 'own-the-issue': 3, 'referral-timing': 3 } });
  const owned = [
    'Hello?',
    'Hi Art, Sam at Riverside. I’m sorry your plates are late; I’ll drive them over to you by 5 pm Thursday.',
    'Great, thanks. Oh, one more thing while I have you: a service light came on last week.',
  ];
  const ownership = (answer: string) => scoreTranscript(leaseCall, callFromLines(leaseCall.id, [...owned, answer]));

  it('is missed when the rep ignores the service light and books the oil change', () => {
    const report = ownership('Great. So shall I book your first oil change for Saturday at 9 am?');
    expect(verdictOf(report, 'own-the-issue')).toBe('missed');
    const mistake = report.mistakes.find((m) => m.principle === 'own-the-issue');
    expect(mistake?.turn).toBe(3);
    expect(mistake?.commentary).toMatch(/new problem/);
  });

  it('suggests the principle’s own better line, not the scenario’s line about its known issue, for the ignored fault', () => {
    const withLine = { ...leaseCall, betterLines: { 'own-the-issue': 'I’ll drive your plates over by 5 pm Thursday.' } };
    const report = scoreTranscript(withLine, callFromLines(leaseCall.id, [...owned, 'Great. So shall I book your first oil change for Saturday at 9 am?']));
    expect(report.mistakes.find((m) => m.principle === 'own-the-issue')?.betterLine).not.toMatch(/plates/);
  });

  it('is met when the rep books the service light in with the oil change, with a day and a time', () => {
    expect(
      verdictOf(
        ownership('Sorry about that light. I’ll book it in with your oil change on Saturday at 9 am and have the technician check it.'),
        'own-the-issue',
      ),
    ).toBe('met');
  });

  it('misses the referral asked while the service light is still unanswered', () => {
    expect(verdictOf(ownership('Glad you like the car! Do you know anyone else looking for one?'), 'referral-timing')).toBe('missed');
  });

  it('does not read a time the customer turns down ("Tuesday doesn’t work") as a fault to own', () => {
    const call = analyzeCall(
      leaseCall,
      callFromLines(leaseCall.id, [
        'Hello?',
        'Hi Art, Sam at Riverside. Can I book your oil change for Tuesday at 9?',
        'Tuesday doesn’t work, I’m at work late.',
        'No problem. How about Saturday at 10?',
      ]),
    );
    expect(call.issues.map((episode) => episode.id)).not.toContain(NEW_FAULT_ISSUE);
  });

  it('quotes the rep’s own line that owned the problem first, and where the customer raised it second', () => {
    const report = score(['Hello?', 'Hi Art, Sam at Riverside.', 'Where are my plates?', 'Sorry, that’s on us. I’ll drop them round Thursday by 6.']);
    const evidence = report.principles.find((p) => p.id === 'own-the-issue')!.evidence;
    expect(evidence.map((e) => e.turn)).toEqual([3, 2]);
  });

  it('says an apology was made when the rep apologised but left the problem without an owner', () => {
    const sorry = score(['Hello?', 'Hi Art, Sam at Riverside.', 'Where are my plates?', 'Oh, sorry about that. Anyway, how is the car?']);
    const note = sorry.mistakes.find((m) => m.principle === 'own-the-issue')?.commentary ?? '';
    expect(note).not.toContain('no apology');
    const silent = score(['Hello?', 'Hi Art, Sam at Riverside.', 'Where are my plates?', 'Anyway, how is the car?']);
    expect(silent.mistakes.find((m) => m.principle === 'own-the-issue')?.commentary).toContain('no apology');
  });
});
