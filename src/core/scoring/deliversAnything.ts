import type { CallAnalysis } from './analyzeCall';
import { valueBroughtByTurn } from './rules/bringValue';

/** Whether the call gave the customer anything: a value item, real news, or a problem of theirs owned with a time. */
export function deliversAnything(call: CallAnalysis): boolean {
  if (valueBroughtByTurn(call).size > 0) return true;
  if (call.repTurns.some((turn) => turn.rep.genericValue && !turn.rep.pressure && !turn.rep.asksReferral)) return true;
  return call.issues.some((episode) => episode.ownedAt !== null);
}
