import { splitClauses } from './clauses';
import { CALLBACK, LEAVES_OPEN, NEXT_STEP } from './closingPhrases';
import { SPECIFIC_ACTION } from './issuePhrases';
import { normalizeText } from './normalizeText';
import { has } from './phraseSet';
import { namesTime } from './timeExpressions';
import { pressesNow } from './pressesNow';

function isContact(clause: string): boolean {
  return (has(CALLBACK, clause) || has(NEXT_STEP, clause) || has(SPECIFIC_ACTION, clause)) && !has(LEAVES_OPEN, clause);
}

/**
 * True when the text ties a next contact to a time in the same or the next clause ("I'll try you again Thursday
 * morning", "call me back before 1 tomorrow"), so a deadline mentioned elsewhere in a message does not count.
 */
export function namesTimedContact(text: string): boolean {
  const clauses = splitClauses(normalizeText(text));
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!;
    const next = clauses[i + 1] ?? '';
    // "Ring me back today, it needs to be today" is a demand, not a time to reconnect.
    if (pressesNow(clause) || pressesNow(next)) continue;
    if (isContact(clause) && (namesTime(clause) || (next.split(' ').length <= 8 && namesTime(next)))) return true;
  }
  return false;
}
