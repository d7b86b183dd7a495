import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/language/normalizeText';
import { pressesNow } from '../../../src/core/language/pressesNow';

const presses = (text: string) => pressesNow(normalizeText(text));

describe('pressesNow', () => {
  it.each([
    'Honestly mate it wont be on the forecourt come Saturday',
    "that one's not gonna be around next week, I'll tell you that for free",
    'She will not still be here until the weekend, trust me.',
    "The silver one won't hang around past Thursday.",
    "Let's get it done on the phone now, I just need your debit card.",
    'I can hold it this minute with a two hundred quid deposit over the phone.',
    'Easiest thing is I take your card details right now and it’s yours.',
    'Could I get a signature from you before we hang up?',
    "Honestly that rate's only there till tonight, so I'd need you to sign it off on this call.",
    "it's a no brainer mate, just give me the nod now and I'll send the paperwork",
    "trust me, everyone's locking in now cos prices go up next month",
    'All my other clinics have switched already, rates are going up soon.',
    "our trainers are nearly booked out till June, so if we don't lock a date today you could be waiting months",
    'Look, I’ll be honest, you need to upgrade to Fleet Plus today.',
    'You should really switch over to the premium plan now.',
    "come on, everyone else on that lane has already signed with us, you'd be the last one",
    '12 months and you save 5 percent, loads of cafes are going for it',
    'honestly the contract would really help you, I could get you signed up today',
    'I can hold it till tomorrow morning if you give me a card number now.',
    'Don’t think about it too long, it won’t be here.',
    'I wouldn’t sit on it, honestly.',
    'We’ve got a Premium Partner deal, 12 months and you get 5% off, could sign you up today?',
    'It’s really good, and there’s a 20% discount if you sign this week.',
    'You really need to get on top of it or you could be in real trouble.',
    'Honestly it’s a no brainer, and it’s only on this quarter, so I need an answer by Friday really.',
  ])('reads %j as pressure', (text) => {
    expect(presses(text)).toBe(true);
  });

  it.each([
    'The part will not be here until Tuesday, sorry about that, I’ll ring you when it lands.',
    'If you’d like me to hold it I can take a small deposit over the phone, but no rush at all.',
    'Good news: the deposit is now fully refundable.',
    'If you want to switch to Essentials today, I can do it on this call.',
    'You need to name your regular drivers before June.',
    'I’ll call you back today with the card details for the service.',
    'I refunded the deposit to your card today.',
    'The 1.9% rate will not be available after April 30th.',
    'It will be there on Saturday morning, I’ve put your name on it.',
    'If you’re happy with it, could you confirm by email today?',
    'Can you confirm the delivery address now?',
    'The 1.9% finance runs till the end of the month.',
    'Everyone else I spoke to on the lane is happy with the window.',
    'I can get the cups signed for at the door today.',
    'Have a think and let me know, no rush, take as long as you need.',
  ])('does not read %j as pressure', (text) => {
    expect(presses(text)).toBe(false);
  });
});
