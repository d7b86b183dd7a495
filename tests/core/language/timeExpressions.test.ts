import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/language/normalizeText';
import { daysNamedIn, namesSpecificTime, namesTime } from '../../../src/core/language/timeExpressions';

const named = (text: string) => namesTime(normalizeText(text));

describe('namesTime', () => {
  it.each([
    'I will call you today',
    'could we start it on the first of May?',
    'Fine, the first of May.',
    'May the twenty-first suits me',
    'I can do it tonight',
    'tomorrow morning works',
    'I will have it to you by 4',
    'How about 4 pm?',
    "at 10:30 if that's OK",
    'this afternoon, once I hear back',
    'by end of day',
    'before close of business',
    'within the hour',
    'in 20 minutes',
    'in a couple of days',
    'on Thursday',
    'Thursday morning?',
    'next week sometime',
    'next Tuesday',
    'on the 14th',
    'March 3rd',
    '3 March',
    '12/05',
    'at half past nine',
    "at ten o'clock",
    'first thing tomorrow',
    'by lunchtime',
    'right after this call',
    "I'm calling them right now",
    'around eight, before your rounds',
    'at month end',
    'over the weekend',
    'They are being couriered right now',
    'would you prefer the first or the fifteenth?',
    'first delivery on the first of the month',
    'starting on the twenty-first.',
    'They were due last week, but they’ll be with you Thursday by 6.',
    'the week after next',
  ])('finds a time in %j', (text) => {
    expect(named(text)).toBe(true);
  });

  it.each([
    'I will look into it',
    'soon, I promise',
    'as soon as possible',
    'We have 4 cars on the lot',
    'I sat down with the team',
    'It was a sunny day',
    'Not right now, thanks',
    'Are you free right now?',
    'We have been in business since forever',
    'one of our best models',
    'The DMV is super slow right now',
    'Honestly, things are crazy over there right now',
    'on the first call I said so',
    'for the first time in ages',
    'its about the short delivery last thurs.',
    'Sorry about last week’s order.',
    'your plates that were meant to be with you by the 16th of March',
  ])('finds no time in %j', (text) => {
    expect(named(text)).toBe(false);
  });
});

describe('namesSpecificTime', () => {
  const specific = (text: string) => namesSpecificTime(normalizeText(text));

  it.each(['I’ll ring you back by 3 today.', 'I’ll drop them off Friday morning.', 'You’ll have it tomorrow.', 'by the end of this week', 'on the 14th'])(
    'finds a time you can hold someone to in %j',
    (text) => expect(specific(text)).toBe(true),
  );

  it.each(['I’ll sort it this week.', 'in a couple of days', 'I’ll get back to you soon.', 'sometime next week', 'within a few days', 'shortly'])(
    'finds only a window in %j',
    (text) => expect(specific(text)).toBe(false),
  );
});

describe('namesTime for a date told as history', () => {
  it('does not read "on the twenty-fifth of February you kindly agreed" as a time on offer', () => {
    expect(namesTime(normalizeText('On the twenty-fifth of February you kindly agreed to a demo for your team.'))).toBe(false);
    expect(namesTime(normalizeText('On the 25th of February Priya agreed a demo.'))).toBe(false);
  });
});

describe('daysNamedIn', () => {
  it('names the days on offer, not a limit or a day gone by', () => {
    expect(daysNamedIn('Saturday at 10, or Sunday if that suits?')).toEqual(['saturday', 'sunday']);
    expect(daysNamedIn('They came last Tuesday; I can do Thursday, not before Friday.')).toEqual(['thursday']);
    expect(daysNamedIn('Sorry about last weekend, how is Monday?')).toEqual(['monday']);
  });
});
