import type { RepTurnDetail } from '../../language/classifyRepTurn';
import type { CallAnalysis, RepTurn } from '../analyzeCall';
import { evidenceOf, evidenceWhere, met, missed, type PrincipleRule } from '../rule';

/** The parts of a rep turn's reading that decide what value it brings; the scripted customer hears value through the same rule. */
export type ValueReading = Pick<
  RepTurnDetail,
  | 'surprised'
  | 'asksForKnownInfo'
  | 'pressure'
  | 'valueNews'
  | 'valueItemIds'
  | 'specificTime'
  | 'proposesNextStep'
  | 'commitsAction'
  | 'leavesItOpen'
  | 'nextStepTopic'
>;

/** The value items a rep turn brings to the customer as news or a benefit; none when it only names them, echoes them or asks about them. */
export function valueItemsBrought(rep: ValueReading): readonly string[] {
  // Echoing a value item back in surprise ("the demo? not sure where that is") is not bringing it; an offer wrapped in a
  // deadline the rep made up is a sale, not something the customer can use.
  return rep.surprised || rep.asksForKnownInfo || rep.pressure ? [] : rep.valueNews;
}

/** A concrete step with a time: what turns a named item ("the demo") into something delivered ("Kim, Tuesday at 2"). */
// A loose time ("a call next week") delivers nothing yet.
const timedStep = (rep: ValueReading) => rep.specificTime && (rep.proposesNextStep || rep.commitsAction) && !rep.leavesItOpen;

/** What one rep turn brings, and the items it only names, which a timed step on the next rep turn would bring. */
export interface TurnValue {
  brought: readonly string[];
  named: readonly string[];
}

/**
 * One rep turn's value, given the items the previous rep turn only named: told as news or a benefit, or named and then
 * moved to a timed step in the same or the next rep turn ("the demo you asked for" then "can I book it with Kim for Tuesday?").
 */
export function valueOfTurn(rep: ValueReading, namedBefore: readonly string[]): TurnValue {
  const ids = new Set(valueItemsBrought(rep));
  // The step must be the one the item leads to ("book it with Kim Tuesday"), not any date ("see you Thursday").
  // A slot pushed with made-up urgency ("lock it in today, my diary's filling up") delivers nothing.
  if (timedStep(rep) && rep.nextStepTopic && !rep.pressure) for (const id of namedBefore) ids.add(id);
  const named = rep.surprised || rep.asksForKnownInfo || rep.pressure ? [] : rep.valueItemIds.filter((id) => !ids.has(id));
  return { brought: [...ids], named };
}

/** The value items each rep turn brings, by turn index (see valueOfTurn). */
export function valueBroughtByTurn(call: CallAnalysis): Map<number, readonly string[]> {
  const brought = new Map<number, readonly string[]>();
  let named: readonly string[] = [];
  for (const turn of call.repTurns) {
    const value = valueOfTurn(turn.rep, named);
    if (value.brought.length > 0) brought.set(turn.index, value.brought);
    named = value.named;
  }
  return brought;
}

/** Whether value outside the scenario's items can count at all: only where the scenario names none of its own. */
export function genericValueCounts(call: CallAnalysis): boolean {
  return (call.scenario.facts?.valueItems ?? []).length === 0;
}

/**
 * Value outside the scenario's own items ("a new offer", "free delivery"). Where the account has items to bring, words
 * like these without them are vocabulary, not value; they count only for a scenario that names none.
 */
export function genericValueTurn(call: CallAnalysis): RepTurn | undefined {
  if (!genericValueCounts(call)) return undefined;
  return call.repTurns.find((turn) => turn.rep.genericValue && !turn.rep.asksReferral && !turn.rep.pressure);
}

/** Bring value: a value item, news or an update on something owed to the customer. */
export const bringValue: PrincipleRule = {
  id: 'bring-value',
  evaluate(call) {
    const brought = valueBroughtByTurn(call);
    const item = call.repTurns.find((turn) => brought.has(turn.index));
    if (item) {
      // Quote the sentence that tells the item; a timed step only when that is what brought it ("book it with Kim Tuesday").
      const ids = brought.get(item.index) ?? [];
      const tells = (m: RepTurnDetail) => m.valueNews.some((id) => ids.includes(id)) || m.valueItemIds.some((id) => ids.includes(id));
      return met(100, [evidenceWhere(call, item, tells, timedStep)]);
    }
    // An update on an issue the rep raised first counts: it is news about something owed to the customer.
    const proactive = call.issues.find((episode) => episode.raisedBy === 'rep' && episode.ownedAt !== null);
    const update = proactive ? call.repTurns.find((turn) => turn.index === proactive.ownedAt) : undefined;
    // The manager's goal named value items (the oil changes) and none came up: an update alone is only part of it.
    const goal = call.scenario.facts?.goalRequires ?? [];
    const goalValueMissed = (call.scenario.facts?.valueItems ?? []).some((v) => goal.includes(v.id));
    if (update) return met(goalValueMissed ? 70 : 90, [evidenceWhere(call, update, (m) => m.namesTime)]);
    const generic = genericValueTurn(call);
    if (generic) return met(75, [evidenceWhere(call, generic, (m) => m.genericValue)]);
    // News or an offer wrapped in pressure: quote it, so the trainee sees what was lost.
    const pressured = call.repTurns.find((turn) => turn.rep.pressure && (turn.rep.valueItemIds.length > 0 || turn.rep.genericValue));
    if (pressured) {
      return missed(
        10,
        [evidenceOf(pressured)],
        [
          {
            turn: pressured.index,
            note: 'The news came wrapped in pressure, so it reads as a sale, not as something for the customer; give it plainly and let them decide.',
          },
        ],
      );
    }
    const selfServing = call.repTurns.find((turn) => turn.rep.asksReferral || (turn.rep.proposesNextStep && !turn.rep.statesPurpose));
    const at = selfServing ?? call.repTurns[call.repTurns.length - 1];
    if (!at) return missed(0, [], []);
    const note = selfServing
      ? selfServing.rep.asksReferral || selfServing.rep.upsell || selfServing.rep.pressure
        ? 'The only thing on offer was what you wanted (a referral or a sale); the customer gained nothing from the call.'
        : 'You asked for a next step before giving the customer anything to take one for; bring the news or the fix first.'
      : call.voicemail
        ? 'The message gave the customer nothing of value: no news, no update, no offer.'
        : 'Nothing in the call was worth the customer’s time: no news, no update on what they are owed, no offer that fits them.';
    return missed(selfServing ? 0 : 15, [evidenceOf(at)], [{ turn: at.index, note }]);
  },
};
