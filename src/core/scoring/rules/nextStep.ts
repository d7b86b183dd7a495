import { namesTimedContact } from '../../language/timedContact';
import type { RepTurnDetail } from '../../language/classifyRepTurn';
import type { AnalyzedTurn, CallAnalysis, RepTurn } from '../analyzeCall';
import { evidenceOf, evidenceWhere, met, missed, type PrincipleRule, type RuleOutcome } from '../rule';
import { givesReason } from './purposeFirst';
import { offersStep } from '../../facts/offersStep';
import { picksOption } from '../../language/picksOption';
import { daysNamedIn } from '../../language/timeExpressions';
import { contradictsRecord } from '../../facts/channelOnRecord';

/** How many customer turns after a proposal an agreement still answers it. */
const AGREEMENT_WINDOW = 2;

/** A phone number or a way to reach the rep ("my number is...", "07700 900123", "my direct line"). */
const GIVES_NUMBER = /(?:\d[\s().-]{0,2}){7,}|\b(?:my|the) (?:number|direct line|mobile|cell|extension)\b|\bext(?:ension)?\.? ?\d/i;

/** A voicemail's next step is the callback: a specific time for the next contact (its reason is judged under purpose and persist). */
function judgeVoicemail(call: CallAnalysis): RuleOutcome {
  const callback = call.repTurns.find((turn) => namesTimedContact(turn.text));
  const last = call.repTurns[call.repTurns.length - 1];
  if (!last) return missed(0, [], []);
  if (callback) {
    // Full callback details: when you will try again and a way to reach you (the number), so either side can make the contact.
    const score = (call.repTurns.some(givesReason) ? 100 : 80) - (call.repTurns.some((turn) => GIVES_NUMBER.test(turn.text)) ? 0 : 15);
    return met(score, [evidenceWhere(call, callback, (_, sentence) => namesTimedContact(sentence))]);
  }
  const open = call.repTurns.find((turn) => turn.rep.leavesItOpen);
  const at = open ?? last;
  const note = open
    ? 'The message left the callback to the customer (“call me whenever”); name when you will try again or when to reach you.'
    : 'The message set no time for the next contact; say when you will call again or when to reach you.';
  return missed(open ? 10 : 30, [open ? evidenceWhere(call, open, (m) => m.leavesItOpen) : evidenceOf(at)], [{ turn: at.index, note }]);
}

/** A proposal that can become the call's next step, by the rule the customer uses too; sent a way the file rules out, it cannot. */
function offersCallStep(call: CallAnalysis, turn: RepTurn): boolean {
  return offersStep(turn.rep, turn.text) && !contradictsRecord(call.scenario, turn.rep.channels);
}

const stepSentence = (moves: RepTurnDetail) => moves.proposesNextStep || (moves.commitsAction && moves.namesTime);

function previousRepAskedReferral(call: CallAnalysis, index: number): boolean {
  const previous = call.byIndex.get(index - 1);
  return previous?.rep?.asksReferral === true;
}

function isAffirmative(turn: RepTurn): boolean {
  const moves = turn.rep;
  // "Have a think and let me know" hands the step back; it does not take up the customer's time.
  return (
    !moves.presses &&
    !moves.leavesItOpen &&
    (moves.commitsAction || moves.proposesNextStep || moves.closes || moves.acknowledges || (moves.namesTime && !moves.asksQuestion))
  );
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
    let lastProposal: RepTurn | undefined;
    let untimed: { proposal: RepTurn; agreement: AnalyzedTurn } | undefined;
    let lastAgreedAt = -1;
    let pitchedSinceAgreement = false;
    // The days the customer offered instead of the rep's ("Saturdays are my day off"): taken up, they make the step.
    let counterDays: string[] = [];
    // The customer answered a proposal with a time of their own ("Quarter past one?"): agreed when the rep confirms a time.
    let counterTime = false;
    let hesitated = false;
    let assumedAt: RepTurn | undefined;
    const agree = (score: number, agreement: { index: number; text: string }, by?: RepTurn) => {
      lastAgreedAt = agreement.index;
      pitchedSinceAgreement = false;
      if (!best || score >= best.score) best = { score, proposal: by, agreement };
    };
    for (const turn of call.turns) {
      if (turn.rep) {
        const rep = turn as RepTurn;
        // A step the customer named counts once the rep takes it up.
        const moves = rep.rep;
        if (pendingCustomerStep && isAffirmative(rep)) agree(100, pendingCustomerStep);
        else if (counterDays.length > 0 && isAffirmative(rep) && !moves.asksQuestion && daysNamedIn(rep.text).some((day) => counterDays.includes(day))) {
          agree(100, call.byIndex.get(rep.index - 1) ?? rep, rep);
        } else if (counterTime && isAffirmative(rep) && moves.namesTime && !moves.asksQuestion) {
          agree(100, call.byIndex.get(rep.index - 1) ?? rep, rep);
        } else if (hesitated && isAffirmative(rep) && moves.namesTime && !moves.asksQuestion && !assumedAt && lastAgreedAt < 0) {
          // "Great, Thursday it is" after "I don't know yet" books a step the customer never took.
          assumedAt = rep;
        }
        pendingCustomerStep = undefined;
        counterDays = [];
        counterTime = false;
        hesitated = false;
        if (lastAgreedAt >= 0 && (moves.proposesNextStep || moves.asksReferral || moves.valueItemIds.length > 0 || moves.genericValue))
          pitchedSinceAgreement = true;
        if (offersCallStep(call, rep)) {
          proposal = rep;
          repliesSince = 0;
          firstProposal ??= rep;
          lastProposal = rep;
        }
        continue;
      }
      const signals = turn.customer;
      if (!signals) continue;
      // "I'm going to stop you there" is not a yes to what was just pitched, whatever follows it.
      if (signals.firmNo || signals.notNow || signals.objects || signals.interrupts || (signals.declines && !signals.agrees)) {
        hesitated = true;
        // A clear no or "not now" after an agreement takes it back (a "no thanks" to an extra offer does not).
        // "Maybe" to a second offer made after the agreement answers that offer, not the step already agreed ("not Wednesday" does).
        const answersNewOffer = call.byIndex.get(turn.index - 1)?.rep?.proposesNextStep === true && lastAgreedAt < turn.index - 1 && signals.days.length === 0;
        if (lastAgreedAt >= 0 && (signals.firmNo || signals.notNow) && !previousRepAskedReferral(call, turn.index) && !answersNewOffer) {
          best = undefined;
          lastAgreedAt = -1;
        }
        proposal = undefined;
        continue;
      }
      // "Hang on, what about my plates?" answers a proposal with the customer's own open problem: not a yes to anything.
      if (signals.issueIds.length > 0 && !signals.agrees) {
        proposal = undefined;
        continue;
      }
      if (signals.hedges && !signals.agrees) hesitated = true;
      const answersProposal = proposal !== undefined && repliesSince < AGREEMENT_WINDOW;
      repliesSince++;
      // Answering "Tuesday or Thursday?" with "The 23rd." picks the step, which is agreeing to it; naming another day is a counter-offer.
      const offered = proposal ? daysNamedIn(proposal.text) : [];
      const counter = signals.days.length > 0 && signals.days.some((day) => !offered.includes(day));
      // "When, though? I'm comparing this week" asks for the time; it does not pick one.
      const picks =
        (signals.namesTime && !signals.timeOnlyAsked && !signals.busy && !signals.hedges && !signals.asksSpecifics && !counter) ||
        (answersProposal && picksOption(proposal!.text, turn.text));
      if (counter && !signals.agreesStrongly) counterDays = signals.days;
      else if (
        signals.namesTime &&
        !signals.timeOnlyAsked &&
        answersProposal &&
        !signals.agrees &&
        !signals.busy &&
        !signals.declines &&
        !signals.asksSpecifics
      )
        counterTime = true;
      if ((signals.agrees || picks) && answersProposal && !(counter && !signals.agreesStrongly)) {
        // "Yes, send it over" with no time anywhere is a yes to the idea, not a step anyone can be held to.
        if (signals.namesTime || proposal!.rep.stepTimed) agree(100, turn, proposal);
        else untimed ??= { proposal: proposal!, agreement: turn };
        proposal = undefined;
      } else if (signals.agreesStrongly && signals.namesTime && !signals.busy && !call.byIndex.get(turn.index - 1)?.rep?.checksTime) {
        // "Thursday at 10 works": the customer names the step; it is agreed when the rep takes it up. "It's quiet after two,
        // go on" answers "is now OK?": the time of this call, not a step.
        pendingCustomerStep = turn;
      }
    }
    const last = call.repTurns[call.repTurns.length - 1];
    if (!last) return missed(0, [], []);
    const agreed = best as { score: number; proposal?: RepTurn; agreement: { index: number; text: string } } | undefined;
    // Pitching on after the agreement and then ending on "get back to me whenever" leaves the call on an open door, not a plan.
    const endsOpen = last.rep.leavesItOpen && !last.rep.namesTime && (!agreed || pitchedSinceAgreement);
    if (agreed && !endsOpen) {
      return met(agreed.score, [...(agreed.proposal ? [evidenceWhere(call, agreed.proposal, stepSentence)] : []), evidenceOf(agreed.agreement)]);
    }
    const lastOpen = endsOpen ? last : [...call.repTurns].reverse().find((turn) => turn.rep.leavesItOpen);
    if (lastOpen) {
      return missed(
        agreed ? 30 : 10,
        [evidenceOf(lastOpen)],
        [
          {
            turn: lastOpen.index,
            note: 'The call ended by leaving the next move to the customer; settle a concrete step (a date, a callback, an order) before you hang up.',
          },
        ],
      );
    }
    if (assumedAt) {
      return missed(
        30,
        [evidenceOf(assumedAt)],
        [
          {
            turn: assumedAt.index,
            note: 'The customer hesitated and you booked it anyway; an assumed close is not an agreement. Ask what would work for them.',
          },
        ],
      );
    }
    if (untimed) {
      return missed(
        50,
        [evidenceWhere(call, untimed.proposal, stepSentence), evidenceOf(untimed.agreement)],
        [
          {
            turn: untimed.proposal.index,
            note: 'The customer said yes to the idea, but no time was set; name when it happens so both of you can be held to it.',
          },
        ],
      );
    }
    if (firstProposal && lastProposal) {
      return missed(
        40,
        [evidenceWhere(call, lastProposal, stepSentence)],
        [
          {
            turn: lastProposal.index,
            note: 'You suggested a step but the call ended without the customer agreeing to it; pin down a time both of you accept.',
          },
        ],
      );
    }
    return missed(
      0,
      [evidenceOf(last)],
      [{ turn: last.index, note: 'The call ended with no next step at all: no date, no callback, no commitment from either side.' }],
    );
  },
};
