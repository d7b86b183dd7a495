import { has, phraseSet } from './phraseSet';
import { normalizeText } from './normalizeText';

/** How a customer can be reached or sent things. */
export type Channel = 'email' | 'phone' | 'post' | 'text';

const MENTIONS: Record<Channel, RegExp> = {
  email: phraseSet('emails?', 'emailed', 'emailing', 'inbox', 'pdf', 'attachment'),
  phone: phraseSet(
    '(?:go|talk|walk|run) (?:you )?through (?:it|this|them|that|the \\w+)(?: with you)? (?:now|on the phone|over the phone)',
    'over the phone',
    'on the phone now',
    'talk you through (?:it|this) now',
    'easier if i (?:go through|explain|talk)',
  ),
  post: phraseSet(
    '(?:in|by) the (?:post|mail)',
    'by post',
    'post (?:it|them|that|the \\w+|you)',
    'posted (?:it|them|out|to you|over)',
    'mail (?:it|them|you) (?:out|over)',
    'envelope',
    'covering letter',
  ),
  text: phraseSet('text (?:me|you|it|them)', 'by text', 'sms', 'whatsapp'),
};

// "Send it over" or "in writing" names no channel; it reads as email only when no channel is named outright.
const UNNAMED_SEND = phraseSet('in writing', 'written summary', 'send (?:it|them|that|the \\w+|me|you|over|through)(?! (?:in the |by )?(?:post|mail))');

// A channel turned down rather than offered: "email, not post", "rather than posting it".
const REFUSED_BEFORE = /(?:\bnot|\bnever|\bno|rather than|instead of)\s+(?:by\s+|in\s+the\s+|via\s+|an?\s+)?$/;

const REQUEST = phraseSet(
  '(?:can|could|would|will) you (?:just |please )?(?:email|text|send|post|put)',
  '(?:just|please) (?:email|text|send)',
  '(?:email|text|send) (?:me|it|them|that|the|over|through)',
  '(?:i|we) (?:prefer|would prefer|would rather|like) (?:it |things |everything )?(?:by|in|on|over|via)?',
  // "By email, please" asks; "it never came through by email" only reports.
  '(?:^|(?<=[.,!?;:] ))(?:by|via|over|in an) (?:email|text)',
  '(?:by|via) (?:email|text) please',
  'in writing',
  'put (?:it|that|this) in (?:an )?(?:email|writing)',
);

// "Email, not post" / "not by post, by email": the contrast itself names the wanted channel.
const CONTRAST = [
  /\b(email|text|post|phone)(?: ?,| -)? (?:not|never|rather than|instead of) (?:by |the |in the )?(?:email|text|post|mail|phone|letters?|paper)\b/,
  /\b(?:not|never) (?:by |in the )?(?:post|mail|letters?|paper|phone)(?: ?,| -)? (?:by )?(email|text)\b/,
];

/** True when the channel is named in the text other than as the one being turned down. */
function offers(pattern: RegExp, normalized: string): boolean {
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(normalized)) !== null) {
    if (!REFUSED_BEFORE.test(normalized.slice(Math.max(0, match.index - 20), match.index))) {
      pattern.lastIndex = 0;
      return true;
    }
  }
  pattern.lastIndex = 0;
  return false;
}

/** The channels the normalized text offers or uses; a channel it turns down ("not by post") does not count. */
export function mentionedChannels(normalized: string): Channel[] {
  const named = (Object.keys(MENTIONS) as Channel[]).filter((channel) => offers(MENTIONS[channel], normalized));
  return named.length === 0 && has(UNNAMED_SEND, normalized) ? ['email'] : named;
}

/** The channel a customer asks for ("can you email me the details?", "email, not post"), or null. */
export function requestedChannel(normalized: string): Channel | null {
  for (const contrast of CONTRAST) {
    const wanted = contrast.exec(normalized)?.[1];
    if (wanted) return wanted as Channel;
  }
  if (!has(REQUEST, normalized)) return null;
  const [first] = mentionedChannels(normalized);
  return first ?? null;
}

/** The channel the account notes ask for ("send documents by email, never by post"), or null when they name none. */
export function channelInNotes(notes: readonly string[]): Channel | null {
  for (const note of notes) {
    const normalized = normalizeText(note);
    for (const contrast of CONTRAST) {
      const wanted = contrast.exec(normalized)?.[1];
      if (wanted) return wanted as Channel;
    }
    const preferred = /\b(?:prefers?|wants?|only|always)\b/.test(normalized) ? mentionedChannels(normalized) : [];
    if (preferred.length === 1) return preferred[0]!;
  }
  return null;
}
