import { namesTimedContact } from '../../language/timedContact';
import type { CallAnalysis, RepTurn } from '../analyzeCall';
import { evidenceOf, met, missed, type PrincipleRule, type RuleOutcome } from '../rule';
import { givesReason } from './purposeFirst';

/** How many customer turns after a proposal an agreement still answers it. */
const AGREEMENT_WINDOW = 2;

/** A rep turn that puts a concrete step on the table. */
export function proposesStep(turn: RepTurn): boolean {
  const moves = turn.rep;
  // "Would now be OK?" is a time check, not a step.
  const timeCheckOnly = moves.checksTime && !moves.namesTime && !moves.nextStepTopic;
  return (moves.proposesNextStep && !timeCheckOnly) || (moves.commitsAction && moves.namesTime);
}

/** A voicemail's next step is the callback: a specific time for the next contact (its reason is judged under purpose and persist). */
function judgeVoicemail(call: CallAnalysis): RuleOutcome {
  const callback = call.repTurns.find((turn) => namesTimedContact(turn.text));
  const last = call.repTurns[call.repTurns.length - 1];
  if (!last) return missed(0, [], []);
  if (callback) return met(call.repTurns.some(givesReason) ? 100 : 80, [evidenceOf(callback)]);
  const open = call.repTurns.find((turn) => turn.rep.leavesItOpen);
  const at = open ?? last;
  const note = open
    ? 'The message left the callback to the customer (“call me whenever”); name when you will try again or when to reach you.'
    : 'The message set no time for the next contact; say when you will call again or when to reach you.';
  return missed(open ? 10 : 30, [evidenceOf(at)], [{ turn: at.index, note }]);
}

function isAffirmative(turn: RepTurn): boolean {
  const moves = turn.rep;
  return !moves.presses && (moves.commitsAction || moves.proposesNextStep || moves.closes || moves.acknowledges || (moves.namesTime && !moves.asksQuestion));
}

/** Next step: end with a concrete step (time, visit, order, callback) that the customer agreed to. */
export const nextStep: PrincipleRule = {
  id: 'next-step',
  evaluate(call) {
    if (call.voicemail) return judgeVoicemail(call);
    let proposal: RepTurn | undefined;
    let repliesSince = 0;
    let pendingCustomerStep: { index: number; text: string } | undefined;
    let best: { score: number; proposal?: RepTurn; agreement: { index: number; text: string } } | undefined;
    let firstProposal: RepTurn | undefined;
    let lastAgreedAt = -1;
    let pitchedSinceAgreement = false;
    const agree = (score: number, agreement: { index: number; text: string }, by?: RepTurn) => {
      lastAgreedAt = agreement.index;
      pitchedSinceAgreement = false;
      if (!best || score >= best.score) best = { score, proposal: by, agreement };
    };
    for (const turn of call.turns) {
      if (turn.rep) {
        const rep = turn as RepTurn;
        // A step the customer named counts once the rep takes it up.
        if (pendingCustomerStep && isAffirmative(rep)) agree(100, pendingCustomerStep);
        pendingCustomerStep = undefined;
        const moves = rep.rep;
        if (lastAgreedAt >= 0 && (moves.proposesNextStep || moves.asksReferral || moves.valueItemIds.length > 0 || moves.genericValue)) pitchedSinceAgreement = true;
        if (proposesStep(rep)) {
          proposal = rep;
          repliesSince = 0;
          firstProposal ??= rep;
        }
        continue;
      }
      const signals = turn.customer;
      if (!signals) continue;
      if (signals.firmNo || signals.notNow || signals.objects || (signals.declines && !signals.agrees)) {
        proposal = undefined;
        continue;
      }
      const answersProposal = proposal !== undefined && repliesSince < AGREEMENT_WINDOW;
      repliesSince++;
      // Answering "Tuesday or Thursday?" with "The 23rd." picks the step, which is agreeing to it.
      if ((signals.agrees || (signals.namesTime && !signals.busy)) && answersProposal) {
        agree(signals.namesTime || proposal!.rep.namesTime ? 100 : 80, turn, proposal);
        proposal = undefined;
      } else if (signals.agreesStrongly && signals.namesTime && !signals.busy) {
        // "Thursday at 10 works": the customer names the step; it is agreed when the rep takes it up.
        pendingCustomerStep = turn;
      }
    }
    const last = call.repTurns[call.repTurns.length - 1];
    if (!last) return missed(0, [], []);
    const agreed = best as { score: number; proposal?: RepTurn; agreement: { index: number; text: string } } | undefined;
    // Pitching on after the agreement and then ending on "get back to me whenever" leaves the call on an open door, not a plan.
    const endsOpen = last.rep.leavesItOpen && !last.rep.namesTime && (!agreed || pitchedSinceAgreement);
    if (agreed && !endsOpen) {
      return met(agreed.score, [...(agreed.proposal ? [evidenceOf(agreed.proposal)] : []), evidenceOf(agreed.agreement)]);
    }
    const lastOpen = endsOpen ? last : [...call.repTurns].reverse().find((turn) => turn.rep.leavesItOpen);
    if (lastOpen) {
      return missed(agreed ? 30 : 10, [evidenceOf(lastOpen)], [
        { turn: lastOpen.index, note: 'The call ended by leaving the next move to the customer; settle a concrete step (a date, a callback, an order) before you hang up.' },
      ]);
    }
    if (firstProposal) {
      return missed(40, [evidenceOf(firstProposal)], [
        { turn: firstProposal.index, note: 'You suggested a step but the call ended without the customer agreeing to it; pin down a time both of you accept.' },
      ]);
    }
    return missed(0, [evidenceOf(last)], [{ turn: last.index, note: 'The call ended with no next step at all: no date, no callback, no commitment from either side.' }]);
  },
};
