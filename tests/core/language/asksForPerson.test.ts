import { describe, expect, it } from 'vitest';
import { asksForPerson, asksToBePutThrough } from '../../../src/core/language/asksForPerson';

describe('asking for someone by name', () => {
  it.each([
    'Could I speak to Kim to book it?',
    'Is Kim around?',
    "Is Kim there? She does the diary, doesn't she?",
    'Can you put me through to Kim?',
    'Could I have a quick word with Kim?',
    'Any chance I could get Kim on the line?',
    'Can I grab Kim for a sec?',
    'could u transfer me to kim',
    "I'd honestly rather talk this through with Kim herself.",
  ])('hears "%s" as asking for Kim', (line) => {
    expect(asksForPerson(line, 'Kim')).toBe(true);
  });

  it.each([
    "I'll email Kim two slots for the week after next.",
    'Kim handles the diary, right?',
    'Shall I send Kim a couple of slots for the demo?',
    'Wendy asked me to book it with you, Kim.',
  ])('does not hear "%s" as asking for her: naming her is not asking for her', (line) => {
    expect(asksForPerson(line, 'Kim')).toBe(false);
  });

  it('reads the first name of a full name, so "Wendy Park" is asked for as Wendy', () => {
    expect(asksForPerson('Is Wendy available?', 'Wendy Park')).toBe(true);
    expect(asksForPerson('Is Kim available?', 'Wendy Park')).toBe(false);
  });
});

describe('asking to be put through, without a name', () => {
  it.each([
    'Just put me through, would you?',
    "I'd rather speak to her directly.",
    'Can you transfer me to your boss?',
    'Could you put me back to her for 2 minutes?',
    'I need to talk to the decision maker.',
  ])('hears "%s" as trying to get past whoever answered', (line) => {
    expect(asksToBePutThrough(line)).toBe(true);
  });

  it('does not hear booking through her as getting past her', () => {
    expect(asksToBePutThrough('Could we put it in the diary for Thursday at 10?')).toBe(false);
  });
});
