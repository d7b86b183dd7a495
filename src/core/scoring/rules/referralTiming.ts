import type { CallAnalysis } from '../analyzeCall';
import { isOpen } from '../trackIssues';
import { evidenceWhere, met, missed, notApplicable, type MistakeNote, type PrincipleRule } from '../rule';
import { givesReason } from './purposeFirst';

/** How many customer turns back a compliment still counts as "just now". */
const RECENT_CUSTOMER_TURNS = 3;

/** Referral timing: ask right after the customer is pleased, never while a problem is open or as the hidden reason for the call. */
export const referralTiming: PrincipleRule = {
  id: 'referral-timing',
  evaluate(call) {
    const asks = call.repTurns.filter((turn) => turn.rep.asksReferral);
    if (asks.length === 0) return notApplicable();
    const mistakes: MistakeNote[] = [];
    let score = 100;
    for (const ask of asks) {
      const before = call.customerTurns.filter((turn) => turn.index < ask.index).slice(-RECENT_CUSTOMER_TURNS);
      const pleased = before.some((turn) => turn.customer.satisfied);
      const open = call.issues.some((episode) => isOpen(episode, ask.index));
      const earlierReason = call.repTurns.some((turn) => turn.index < ask.index && givesReason(turn));
      const pushedAfterNo = call.customerTurns.some((turn) => turn.index < ask.index && turn.customer.firmNo);
      if (open) {
        mistakes.push({
          turn: ask.index,
          note: 'You asked for a referral while the customer’s problem was still open; nobody recommends a company that still owes them something.',
        });
        score = Math.min(score, 0);
      } else if (!earlierReason && !pleased) {
        mistakes.push({
          turn: ask.index,
          note: 'The referral request came before anything of value, so it reads as the real, self-serving reason for the call.',
        });
        score = Math.min(score, 0);
      } else if (pushedAfterNo) {
        mistakes.push({ turn: ask.index, note: 'Asking for a referral right after a firm no ignores what the customer just told you.' });
        score = Math.min(score, 10);
      } else if (!pleased && stillOwed(call, ask.index)) {
        mistakes.push({
          turn: ask.index,
          note: 'You asked for a referral while what you owe the customer is still on its way; ask once it has been put right and they are pleased.',
        });
        score = Math.min(score, 20);
      } else if (!pleased) {
        mistakes.push({ turn: ask.index, note: 'The customer had not said anything warm yet; the moment to ask is right after they tell you they are happy.' });
        score = Math.min(score, 30);
      }
    }
    const evidence = asks.map((ask) => evidenceWhere(call, ask, (m) => m.asksReferral));
    return mistakes.length === 0 ? met(score, evidence) : missed(score, evidence, mistakes);
  },
};

/** A problem owned earlier in the call with a promise (a day, a delivery), not settled there and then. */
function stillOwed(call: CallAnalysis, before: number): boolean {
  return call.issues.some((episode) => {
    const owned = episode.ownedAt === null || episode.ownedAt >= before ? undefined : call.byIndex.get(episode.ownedAt);
    return owned?.rep !== undefined && !owned.rep.resolvesNow;
  });
}
