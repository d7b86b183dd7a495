import { leadingWords } from '../../language/clauses';
import { describeRepTurn, type RepTurnDetail } from '../../language/classifyRepTurn';
import type { CallAnalysis, RepTurn } from '../analyzeCall';
import { valueItemsBrought } from './bringValue';
import { deliversAnything } from '../deliversAnything';
import { evidenceOf, evidenceWhere, met, missed, type PrincipleRule } from '../rule';

/** A turn that gives the customer a concrete reason for the call. */
export function givesReason(turn: RepTurn): boolean {
  const moves = turn.rep;
  // A sale the rep wants (an upsell, a deal "today only") is the rep's reason, not one the customer cares about.
  if (moves.upsell && valueItemsBrought(moves).length === 0 && moves.issueIds.length === 0) return false;
  // A reason wrapped in urgency ("only till five today, so I need a yes") leads with the rep's deadline, not the customer's gain.
  if (moves.pressure) return false;
  // Naming the problem only to wave it away ("the plates, yeah, out of our hands") gives the customer no reason.
  if (moves.dismisses && valueItemsBrought(moves).length === 0) return false;
  // Naming a value item is not a reason ("following up on the demo"); telling what is in it for the customer is.
  return (
    moves.statesPurpose ||
    valueItemsBrought(moves).length > 0 ||
    (moves.issueIds.length > 0 && !moves.purposeless && !moves.surprised && !moves.topicOnlyFollowUp)
  );
}

/** An opener that only asks whether now suits: no filler, teaser, pitch or ask of the rep's own. */
export function onlyAsksTime(moves: RepTurnDetail): boolean {
  return (
    moves.checksTime &&
    !moves.purposeless &&
    !moves.asksReferral &&
    !moves.announcesOnly &&
    !moves.newsFrameOnly &&
    !moves.genericValue &&
    !moves.presses &&
    !moves.upsell
  );
}

const reasonSentence = (m: RepTurnDetail) => m.statesPurpose || m.valueNews.length > 0 || m.issueIds.length > 0;

/** Only names the customer's problem ("calling about your plates"): a topic, a reason only if the call then deals with it. */
const namesProblemOnly = (moves: RepTurnDetail) => moves.issueIds.length > 0 && !moves.carriesContent && valueItemsBrought(moves).length === 0;

/** A reason for this call: news only announced ("news for you today") or a problem only named counts only when the call delivers something. */
function reasonIn(call: CallAnalysis): (turn: RepTurn) => boolean {
  const empty = !deliversAnything(call);
  return (turn) => givesReason(turn) && !(empty && (turn.rep.newsFrameOnly || namesProblemOnly(turn.rep)));
}

/** How many words of a voicemail count as its opening. */
const VOICEMAIL_OPENING_WORDS = 45;

/** A voicemail is one message: its reason must come in the opening words, not buried at the end. */
function judgeVoicemail(call: CallAnalysis) {
  const first = call.repTurns[0];
  if (!first) return missed(0, [], []);
  const opening = { ...first, text: leadingWords(first.text, VOICEMAIL_OPENING_WORDS) };
  const moves = describeRepTurn(opening.text, call.scenario);
  const isReason = reasonIn(call);
  if (isReason({ ...opening, rep: moves }) && !moves.purposeless) return met(100, [evidenceWhere(call, first, reasonSentence)]);
  const anyReason = call.repTurns.some(isReason);
  const note = anyReason
    ? 'The reason for the message came too late; a listener decides in the first few seconds whether it is worth calling back.'
    : 'The message gave no concrete reason for calling, so there is nothing in it worth calling back for.';
  return missed(anyReason ? 30 : 0, [evidenceOf(first)], [{ turn: first.index, note }]);
}

/** The turn's only reason is a problem the customer brought up first: no news, no value item, nothing of the rep's own. */
function borrowedReason(call: CallAnalysis, turn: RepTurn): boolean {
  const moves = turn.rep;
  if (moves.issueIds.length === 0 || valueItemsBrought(moves).length > 0 || moves.genericValue) return false;
  return moves.issueIds.every((id) => call.issues.some((e) => e.id === id && e.raisedBy === 'customer' && e.raisedAt !== null && e.raisedAt < turn.index));
}

/** Purpose first: a reason in the first or second rep turn, and no purposeless opener. */
export const purposeFirst: PrincipleRule = {
  id: 'purpose-first',
  evaluate(call) {
    if (call.voicemail) return judgeVoicemail(call);
    const [first, second] = call.repTurns;
    if (!first) return missed(0, [], []);
    // After an opener with no reason of its own (filler, an announcement, a demand), answering the problem the customer just
    // raised is their reason, not yours.
    const isReason = reasonIn(call);
    // A courteous "is now OK?" is not an empty opener: the rep was about to say why when the customer cut in.
    const openerEmpty = !isReason(first) && !onlyAsksTime(first.rep);
    const firstReasonAt = call.repTurns.findIndex((turn, i) => isReason(turn) && !(i > 0 && openerEmpty && borrowedReason(call, turn)));
    const reasonTurn = firstReasonAt >= 0 ? call.repTurns[firstReasonAt]! : undefined;
    if (first.rep.purposeless && firstReasonAt === 1 && second && !second.rep.purposeless) {
      // A filler first line is forgiven when the real reason follows at once, but it still costs.
      return met(55, [evidenceWhere(call, first, (m) => m.filler), evidenceWhere(call, second, reasonSentence)]);
    }
    if (first.rep.purposeless) {
      const note = first.rep.topicOnlyFollowUp
        ? 'The call opened by naming a topic (following up on it, checking in on it) without saying what is new or what is in it for the customer; a topic is not a reason.'
        : 'The call opened with a filler reason (checking in, seeing how things are) and no real reason followed, which tells the customer you have nothing for them.';
      return missed(reasonTurn ? 25 : 0, [evidenceOf(first)], [{ turn: first.index, note }]);
    }
    if (firstReasonAt === 0) {
      const asked = call.customerTurns.some((turn) => turn.index < (second?.index ?? Infinity) && turn.customer.asksWhy);
      return met(asked ? 80 : 100, [evidenceWhere(call, first, reasonSentence)]);
    }
    if (firstReasonAt === 1 && second) {
      if (second.rep.purposeless)
        return missed(
          30,
          [evidenceOf(second)],
          [{ turn: second.index, note: 'The second line was still filler; the reason for the call should be clear by now.' }],
        );
      const askedWhy = call.customerTurns.some((turn) => turn.index < second.index && turn.customer.asksWhy);
      return met(askedWhy ? 70 : 90, [evidenceWhere(call, second, reasonSentence)]);
    }
    // A reason wrapped in urgency: quote the opening that led with the deadline, and say so.
    const urgent = [first, second].find((turn) => turn?.rep.pressure && (turn.rep.statesPurpose || turn.rep.valueItemIds.length > 0));
    if (!reasonTurn && urgent) {
      return missed(
        10,
        [evidenceOf(urgent)],
        [
          {
            turn: urgent.index,
            note: 'The call led with urgency (a deadline, other buyers, a deposit now) instead of a reason the customer cares about; give them the news and let it stand on its own.',
          },
        ],
      );
    }
    const late = second ?? first;
    if (!reasonTurn && givesReason(first) && namesProblemOnly(first.rep)) {
      const note = 'The call named the customer’s problem but brought nothing new on it; a topic is not a reason until you say what you have done about it.';
      return missed(10, [evidenceOf(first)], [{ turn: first.index, note }]);
    }
    if (second?.rep.purposeless) {
      return missed(
        reasonTurn ? 20 : 0,
        [evidenceOf(second)],
        [{ turn: second.index, note: 'A second filler line in a row: the customer still does not know why you called.' }],
      );
    }
    const note = reasonTurn
      ? 'The reason for the call only came out late; by your second line the customer should know why you called.'
      : 'The call never gave a concrete reason for calling.';
    return missed(reasonTurn ? 35 : 0, [evidenceOf(late)], [{ turn: late.index, note }]);
  },
};
