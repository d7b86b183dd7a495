import type { CallAnalysis, CustomerTurn, RepTurn } from './analyzeCall';
import { lastSentence } from '../language/clauses';
import { describeRepTurn } from '../language/classifyRepTurn';
import { normalizeText } from '../language/normalizeText';

/** Words showing a refusal is about the customer's own decision, not about the referral just asked for. */
const OWN_DECISION =
  /\b(?:buy|buying|ready|decide|deciding|decision|purchase|sign|commit|order|ordering|switch|switching|renew|until|first|another time|(?:ring|call|phone) (?:me )?back|do this now|talk now)\b/;

/** Where the customer put the rep off, and where their no became clear and repeated. */
export interface BrushOffs {
  /** Customer turns that put the rep off: "not now", a firm no, or a flat "no" to a time check or proposal. */
  turns: CustomerTurn[];
  /** The turn at which the customer had said no at least twice, one of them firmly; -1 if never. */
  repeatedNoAt: number;
}

const cache = new WeakMap<CallAnalysis, BrushOffs>();

/** Finds the brush-offs in one pass (once per call); a "No." only counts when it answers a time check or a proposal, or comes with "I'm busy". */
export function findBrushOffs(call: CallAnalysis): BrushOffs {
  const cached = cache.get(call);
  if (cached) return cached;
  const found = scan(call);
  cache.set(call, found);
  return found;
}

function scan(call: CallAnalysis): BrushOffs {
  const turns: CustomerTurn[] = [];
  let previousRep: RepTurn | undefined;
  let firm = 0;
  let repeatedNoAt = -1;
  let agreedBefore = false;
  for (const turn of call.turns) {
    if (turn.rep) {
      previousRep = turn as RepTurn;
      continue;
    }
    const signals = turn.customer;
    if (!signals) continue;
    // "Not right now" to "know anyone looking?" declines a referral; it does not put the rep off.
    if (previousRep?.rep.asksReferral && !refusesTheCall(turn as CustomerTurn)) continue;
    // Once a step is agreed, a "no thanks" to an extra offer is not putting the rep off.
    const bareNo = signals.declines && !signals.agrees && !agreedBefore && (signals.busy || answersAsk(previousRep) || hardSell(previousRep));
    if (signals.agreesStrongly) agreedBefore = true;
    const brushOff = signals.notNow || signals.firmNo || bareNo;
    if (!brushOff) continue;
    turns.push(turn as CustomerTurn);
    if (signals.firmNo) firm++;
    if (repeatedNoAt < 0 && turns.length >= 2 && (firm > 0 || turns.length >= 3)) repeatedNoAt = turn.index;
  }
  return { turns, repeatedNoAt };
}

/** After a referral ask, a refusal of the call itself: their own decision, no time for it, or "just email me" ("No, I have to go" only ends it). */
function refusesTheCall(turn: CustomerTurn): boolean {
  const signals = turn.customer;
  return (
    OWN_DECISION.test(normalizeText(turn.text)) || (signals.busy && !signals.ends) || signals.impatient || (signals.notNow && signals.wantsChannel !== null)
  );
}

/** A pitch made with pressure, which a plain "no" refuses whether or not it ended on a question; a no to an upsell refuses only the upsell. */
function hardSell(previous: RepTurn | undefined): boolean {
  return previous !== undefined && previous.rep.pressure;
}

/** Whether the rep's last sentence asked for time or proposed a step, which a bare "no" then refuses. */
function answersAsk(previous: RepTurn | undefined): boolean {
  if (!previous) return false;
  const moves = describeRepTurn(lastSentence(previous.text));
  // Haggling ("what if we did thirty-five?") is an ask a bare "no" refuses; a no to the rep's extra sale refuses only that.
  if (moves.upsell && !moves.presses) return false;
  return moves.checksTime || moves.proposesNextStep || moves.presses;
}

/** A rep turn that keeps selling after a refusal rather than closing gracefully. */
export function pushes(turn: RepTurn): boolean {
  const moves = turn.rep;
  if (moves.closes && !moves.presses) return false;
  return moves.presses || moves.proposesNextStep || moves.asksReferral || moves.valueItemIds.length > 0 || (moves.statesPurpose && moves.asksQuestion);
}
