import type { Turn } from '../transcript';
import type { PersonaTurn } from '../persona/Persona';

/** The transcript turn for a reply from the customer's side of the line, saying who spoke when it was the assistant. */
export function customerTurn(reply: Pick<PersonaTurn, 'text' | 'party'>, extra: Pick<Turn, 'at' | 'partial'> = {}): Turn {
  return { speaker: 'customer', text: reply.text, ...extra, ...(reply.party ? { party: reply.party } : {}) };
}
