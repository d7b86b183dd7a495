import { describe, expect, it } from 'vitest';
import { answersOpenIssue, ownsIssue } from '../../../src/core/facts/ownsIssue';
import { describeRepTurn } from '../../../src/core/language/classifyRepTurn';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { loadScenario } from '../persona/personaFixtures';
import { callFromLines, verdictOf } from '../scoring/callFromLines';

const marcus = loadScenario('quote-follow-up');
const answers = (text: string) => answersOpenIssue(describeRepTurn(text, marcus), text);

describe('answersOpenIssue', () => {
  it('hears an apology or a promise as answering the open problem', () => {
    expect(answers('Sorry about that, my mistake.')).toBe(true);
    expect(answers('I’ll chase pricing and ring you by 3 today.')).toBe(true);
  });

  it('hears a firm dated answer after an apology as answering it, the credit beside it or not', () => {
    const nadia = loadScenario('late-delivery');
    const text =
      'Sorry we let you down. They’re on Wednesday’s late van, with you Thursday between 7 and 8 am, and your 148.60 credit comes off this week’s invoice.';
    expect(answersOpenIssue(describeRepTurn(text, nadia), text)).toBe(true);
  });

  it('does not hear a line about another problem as answering this one', () => {
    const art = loadScenario('lease-follow-up');
    const text = 'Thanks Art. Plates by noon tomorrow, I’ll text when I’m outside.';
    expect(answersOpenIssue(describeRepTurn(text, art), text, 'service-light')).toBe(false);
    expect(answersOpenIssue(describeRepTurn(text, art), text, 'plates')).toBe(true);
  });

  it('does not hear "I’ll send the confirmation today" as answering the problem: it follows up the rep’s own sale', () => {
    const lena = loadScenario('third-call');
    const text = 'Great, I’ll send the confirmation today. Thanks Lena.';
    expect(answersOpenIssue(describeRepTurn(text, lena), text, 'wrong-size-cases')).toBe(false);
  });

  it('owns a fault with a visit booked for the check ("bring it in Saturday at 9 and we’ll check the light")', () => {
    const art = loadScenario('lease-follow-up');
    const text = 'Bring it in Saturday at 9 and we’ll check the light and do your first free oil change while you wait. Does Saturday at 9 work?';
    expect(ownsIssue(describeRepTurn(text, art), text)).toBe(true);
    expect(ownsIssue(describeRepTurn('I’ll look into it by Friday.', art), 'I’ll look into it by Friday.')).toBe(false);
  });

  it('does not hear the rep’s own next step as answering it, even after a "sorry" for something else', () => {
    expect(answers('Sorry sorry, next Friday. Then can we fix a call Thursday the 23rd, 10am, go through before you decide?')).toBe(false);
  });
});

describe('ownsIssue', () => {
  const nadia = loadScenario('late-delivery');
  const owns = (text: string) => ownsIssue(describeRepTurn(text, nadia), text);

  it('does not count a day the rep only guesses at as a time to hold him to', () => {
    expect(owns('ya ya cups on the way soon think thursday maybe')).toBe(false);
    expect(owns('The cups should be with you Thursday, I think.')).toBe(false);
    expect(owns('Probably tomorrow for the cups, hopefully.')).toBe(false);
  });

  it('does not count chasing someone in-house today as a time the customer can hold the rep to', () => {
    expect(owns('Honestly I’m on it, I’ll chase the warehouse today.')).toBe(false);
    expect(owns('I’ll chase the warehouse today and ring you back by 3 with a firm time.')).toBe(true);
  });

  it('counts a firm day typed in text-speak ("r on weds late van, with u thurs 23rd between 7-8am")', () => {
    expect(owns('realy sorry, thats on us. the 3 cartons of 12oz cups n oat milk r on weds late van, with u thurs 23rd between 7-8am')).toBe(true);
  });

  it('still counts a firm day for the same delivery', () => {
    expect(owns('The cups are on Thursday’s van, with you between 7 and 8.')).toBe(true);
  });
});

describe('own-the-issue when the rep books his own call over the open problem', () => {
  it('is missed: the decision call does not fix the missing fuel figure', () => {
    const call = callFromLines(marcus.id, [
      'Logistics, Marcus speaking.',
      'Hi Marcus, Taylor from Northline, about the Columbus to Atlanta quote from Tuesday.',
      'Your quote’s missing the fuel surcharge. The others gave me all-in prices.',
      'Oh right. So when are you planning to decide?',
      'Next Friday.',
      'Sorry sorry, next Friday. Then can we fix a call Thursday the 23rd, 10am, go through before you decide?',
      'Thursday at ten’s fine. But I need that fuel number well before then.',
    ]);
    expect(verdictOf(scoreTranscript(marcus, call), 'own-the-issue')).toBe('missed');
  });
});
