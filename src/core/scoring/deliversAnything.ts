import type { CallAnalysis } from './analyzeCall';
import { genericValueTurn, valueBroughtByTurn } from './rules/bringValue';

/** Whether the call gave the customer anything: a value item, real news (see genericValueTurn), or a problem of theirs owned with a time. */
export function deliversAnything(call: CallAnalysis): boolean {
  if (valueBroughtByTurn(call).size > 0) return true;
  if (genericValueTurn(call)) return true;
  return call.issues.some((episode) => episode.ownedAt !== null);
}
