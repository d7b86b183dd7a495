import { describe, expect, it } from 'vitest';
import { channelInNotes, mentionedChannels, requestedChannel } from '../../../src/core/language/channels';
import { normalizeText } from '../../../src/core/language/normalizeText';

const mentioned = (text: string) => mentionedChannels(normalizeText(text));
const requested = (text: string) => requestedChannel(normalizeText(text));

describe('mentionedChannels', () => {
  it.each([
    ['I’ll email you the summary today.', ['email']],
    ['I’ll pop it in the post with a covering letter.', ['post']],
    ['I’ll text you the address.', ['text']],
    ['I’ll send it over.', ['email']],
    ['I’ll email it, not post it.', ['email']],
    ['Fill it in and send it back in the envelope.', ['post']],
    ['Thanks, speak soon.', []],
  ])('finds the channels offered in %j', (text, channels) => {
    expect(mentioned(text)).toEqual(channels);
  });
});

describe('requestedChannel', () => {
  it.each([
    ['Can you email me the details?', 'email'],
    ['Email, not post.', 'email'],
    ['Not in the post, by email.', 'email'],
    ['Text rather than phone, please.', 'text'],
    ['By email, please.', 'email'],
    ['I’d prefer it by post.', 'post'],
  ])('hears %j as asking for %s', (text, channel) => {
    expect(requested(text)).toBe(channel);
  });

  it.each(['It never came through by email.', 'We spoke on the phone last week.', 'Sounds good.'])('hears no request in %j', (text) => {
    expect(requested(text)).toBe(null);
  });
});

describe('channelInNotes', () => {
  it('reads the channel an account note asks for', () => {
    expect(channelInNotes(['Renewed: 4 vans. Note from Gareth: send documents by email, never by post.'])).toBe('email');
    expect(channelInNotes(['He prefers documents by email.'])).toBe('email');
  });

  it('reads none from notes about times or people', () => {
    expect(channelInNotes(['Note from Nadia: call her after 2 pm, never during the morning rush.', 'Kim books his meetings.'])).toBe(null);
  });
});
