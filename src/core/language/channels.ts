import { has, phraseSet } from './phraseSet';

/** How a customer can be reached or sent things. */
export type Channel = 'email' | 'phone' | 'post' | 'text';

const MENTIONS: Record<Channel, RegExp> = {
  email: phraseSet('emails?', 'emailed', 'emailing', 'inbox', 'in writing', 'written summary', 'pdf', 'attachment', 'send (?:it|them|that|the \\w+|me|you|over|through)(?! (?:in the |by )?(?:post|mail))'),
  phone: phraseSet('(?:go|talk|walk|run) (?:you )?through (?:it|this|them|that|the \\w+)(?: with you)? (?:now|on the phone|over the phone)', 'over the phone', 'on the phone now', 'talk you through (?:it|this) now', 'easier if i (?:go through|explain|talk)'),
  post: phraseSet('(?:in|by) the (?:post|mail)', 'by post', 'post (?:it|them|that|the \\w+|you)', 'posted (?:it|them|out|to you|over)', 'mail (?:it|them|you) (?:out|over)'),
  text: phraseSet('text (?:me|you|it|them)', 'by text', 'sms', 'whatsapp'),
};

const REQUEST = phraseSet(
  '(?:can|could|would|will) you (?:just |please )?(?:email|text|send|post|put)',
  '(?:just|please) (?:email|text|send)',
  '(?:email|text|send) (?:me|it|them|that|the|over|through)',
  '(?:i|we) (?:prefer|would prefer|would rather|like) (?:it |things |everything )?(?:by|in|on|over|via)?',
  '(?:by|via|over|in an) (?:email|text)(?: please)?',
  'in writing',
  'put (?:it|that|this) in (?:an )?(?:email|writing)',
);

/** The channels the normalized text mentions. */
export function mentionedChannels(normalized: string): Channel[] {
  return (Object.keys(MENTIONS) as Channel[]).filter((channel) => has(MENTIONS[channel], normalized));
}

/** The channel a customer asks for ("can you email me the details?"), or null. */
export function requestedChannel(normalized: string): Channel | null {
  if (!has(REQUEST, normalized)) return null;
  const [first] = mentionedChannels(normalized);
  return first ?? null;
}
