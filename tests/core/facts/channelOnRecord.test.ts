import { describe, expect, it } from 'vitest';
import { channelOnRecord, contradictsRecord } from '../../../src/core/facts/channelOnRecord';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { loadScenario } from '../persona/personaFixtures';
import { callFromLines, verdictOf } from '../scoring/callFromLines';

const gareth = loadScenario('industry-news');
const NEWS = 'Morning Gareth, Robin at Brightway. From 1 June your fleet policy has to name every regular driver, or they are not covered.';

describe('channelOnRecord', () => {
  it('reads the channel the notes ask for, and none where they name none', () => {
    expect(channelOnRecord(gareth)).toBe('email');
    expect(channelOnRecord(loadScenario('late-delivery'))).toBeNull();
  });

  it('finds a contradiction only in sending things a way the file rules out, without the channel on record', () => {
    expect(contradictsRecord(gareth, ['post'])).toBe(true);
    expect(contradictsRecord(gareth, ['post', 'email'])).toBe(false);
    expect(contradictsRecord(gareth, ['phone'])).toBe(false);
    expect(contradictsRecord(loadScenario('late-delivery'), ['post'])).toBe(false);
  });

  it('keeps a step sent by post to an email-only customer from counting as the next step, even when he says fine', () => {
    const post = callFromLines('industry-news', [
      'Hughes Express, Gareth.',
      NEWS,
      'Right. What do I do?',
      "I'll pop the form in the post today and ring you Friday at 8 to go through it.",
      'Fine.',
    ]);
    const email = callFromLines('industry-news', [
      'Hughes Express, Gareth.',
      NEWS,
      'Right. What do I do?',
      "I'll email the form today and ring you Friday at 8 to go through it.",
      'Fine.',
    ]);
    expect(verdictOf(scoreTranscript(gareth, post), 'next-step')).toBe('missed');
    expect(verdictOf(scoreTranscript(gareth, post), 'know-the-history')).toBe('missed');
    expect(verdictOf(scoreTranscript(gareth, email), 'next-step')).toBe('met');
  });
});
