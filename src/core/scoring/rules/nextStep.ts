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

function judgeVoicemail(call: CallAnalysis): RuleOutcome {
  const reason = call.repTurns.find(givesReason);
  const callback = call.repTurns.find((turn) => namesTimedContact(turn.text));
  const last = call.repTurns[call.repTurns.length - 1];
  if (!last) return missed(0, [], []);
  if (reason && callback) return met(100, [evidenceOf(callback)]);
  const open = call.repTurns.find((turn) => turn.rep.leavesItOpen);
  const at = open ?? last;
  const note = !reason
    ? 'The message named no specific reason to call back, so there is nothing to act on.'
    : 'The message gave a reason but no specific time for the next contact; say when you will call again or when to reach you.';
  return missed(open ? 10 : reason ? 40 : 10, [evidenceOf(at)], [{ turn: at.index, note }]);
}

/** Next step: end with a concrete step (time, visit, order, callback) that the customer agreed to. */
export const nextStep: PrincipleRule = {
  id: 'next-step',
  evaluate(call) {
    if (call.voicemail) return judgeVoicemail(call);
    let proposal: RepTurn | undefined;
    let proposedSince = 0;
    let best: { score: number; proposal?: RepTurn; agreement: { index: number; text: string } } | undefined;
    let firstProposal: RepTurn | undefined;
    for (const turn of call.turns) {
      if (turn.rep) {
        if (proposesStep(turn as RepTurn)) {
          proposal = turn as RepTurn;
          proposedSince = 0;
          firstProposal ??= proposal;
        }
        continue;
      }
      const signals = turn.customer;
      if (!signals) continue;
      if (signals.firmNo || signals.notNow) {
        proposal = undefined;
        continue;
      }
      const answersProposal = proposal !== undefined && proposedSince < AGREEMENT_WINDOW;
      proposedSince++;
      // The customer may also name the time themselves while agreeing ("Thursday at 10 works").
      const ownProposal = signals.agreesStrongly && signals.namesTime && !signals.busy;
      if (signals.agrees && (answersProposal || ownProposal)) {
        const timed = signals.namesTime || (answersProposal && proposal!.rep.namesTime);
        const score = timed ? 100 : 80;
        if (!best || score > best.score) best = { score, proposal: answersProposal ? proposal : undefined, agreement: turn };
      }
    }
    if (best) return met(best.score, [...(best.proposal ? [evidenceOf(best.proposal)] : []), evidenceOf(best.agreement)]);
    const last = call.repTurns[call.repTurns.length - 1];
    if (!last) return missed(0, [], []);
    const lastOpen = [...call.repTurns].reverse().find((turn) => turn.rep.leavesItOpen);
    if (lastOpen) {
      return missed(10, [evidenceOf(lastOpen)], [
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
