import { normalizeText } from './normalizeText';
import { splitSentences } from './clauses';

// Words around a pick that do not change it: "the first, I suppose", "ok, Thursday then".
const HEDGE_WORDS =
  /^(?:(?:ok|okay|um+|er+m?|uh+|hm+|well|right|yeah|yes|fine|go on|oh)[,. ]+)*|[,. ]+(?:i suppose|i guess|then|please|i think|if i must)?[.!]*$/g;

/**
 * The customer answers an either/or offer by taking one of its options in the offer's own words ("the first or the
 * fifteenth?" and "The first, I suppose."): a pick, however reluctant, not a counter-offer.
 */
export function picksOption(offer: string, reply: string): boolean {
  const offered = normalizeText(offer);
  if (!/\bor\b/.test(offered)) return false;
  const firstSentence = /^[^.!?;]*[.!?;]?/.exec(normalizeText(reply).replace(/^[.\s]+/, ''))?.[0] ?? '';
  // "The first? Why?" echoes an option to ask about it.
  if (firstSentence.endsWith('?')) return false;
  const firstClause = firstSentence.replace(/[.!;]$/, '');
  const pick = firstClause.replace(HEDGE_WORDS, '').trim();
  if (pick.length < 3 || pick.split(' ').length > 4) return false;
  const choice = splitSentences(offered).find((sentence) => /\bor\b/.test(sentence) && sentence.includes(pick));
  return choice !== undefined && new RegExp(`(?:^|\\W)${pick.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\W|$)`).test(choice);
}
