import { namesTimedContact } from '../../language/timedContact';
import type { CallAnalysis, RepTurn } from '../analyzeCall';
import { findBrushOffs, pushes } from '../brushOffs';
import { evidenceOf, evidenceWhere, met, missed, notApplicable, type PrincipleRule, type RuleOutcome } from '../rule';
import { genericValueCounts } from './bringValue';
import { givesReason } from './purposeFirst';

function hasReason(call: CallAnalysis, turn: RepTurn): boolean {
  return givesReason(turn) || (turn.rep.genericValue && !turn.rep.asksReferral && genericValueCounts(call));
}

/** A rep turn that keeps the door open with a time: a proposal, a dated commitment or a callback time. */
function keepsDoorOpen(turn: RepTurn): boolean {
  return turn.rep.namesTime && (turn.rep.proposesNextStep || turn.rep.commitsAction || namesTimedContact(turn.text));
}

function judgeVoicemail(call: CallAnalysis): RuleOutcome {
  const reason = call.repTurns.find((turn) => hasReason(call, turn));
  const door = call.repTurns.find((turn) => namesTimedContact(turn.text));
  const last = call.repTurns[call.repTurns.length - 1];
  if (!last) return missed(0, [], []);
  if (reason && door) {
    const why = evidenceWhere(call, reason, (m) => m.statesPurpose || m.valueItemIds.length > 0 || m.genericValue);
    const when = evidenceWhere(call, door, (_, sentence) => namesTimedContact(sentence));
    return met(100, why.quote === when.quote ? [why] : [why, when]);
  }
  const note = reason
    ? 'The message gave a reason but left the next contact open; say when you will try again.'
    : 'A message with no reason in it gives the customer nothing to call back for; name something concrete and a time.';
  return missed(reason ? 40 : 0, [evidenceOf(last)], [{ turn: last.index, note, source: { article: '003' } }]);
}

/** Persist: answer "not now" with a specific reason and a time for the next contact; stop after a clear, repeated no. */
export const persist: PrincipleRule = {
  id: 'persist',
  evaluate(call) {
    if (call.voicemail) return judgeVoicemail(call);
    const { turns: brushOffs, repeatedNoAt } = findBrushOffs(call);
    // "Not now" is what persistence answers; a single clear no to an offer ("No. Not interested.") is a no to respect.
    const deferrals = new Set(brushOffs.filter((turn) => turn.customer.notNow || !turn.customer.firmNo).map((turn) => turn.index));
    // Pressing a sale after any refusal, even a single no, is pushing, which persistence is not (003: not too much).
    const pushesPastNo = (rep: RepTurn) => (rep.rep.presses || rep.rep.upsell) && brushOffs.some((b) => b.index < rep.index);
    const brushOff = brushOffs.find((turn) => deferrals.has(turn.index)) ?? (repeatedNoAt >= 0 || call.repTurns.some(pushesPastNo) ? brushOffs[0] : undefined);
    if (!brushOff) return notApplicable();
    let gaveUp: RepTurn | undefined;
    let kept: RepTurn | undefined;
    let pushed: RepTurn | undefined;
    // A later "not now" after the door was kept open puts the question again; giving up on it still misses.
    let reopened = false;
    let gaveUpLater: RepTurn | undefined;
    let reasonSeen = call.repTurns.some((turn) => turn.index < brushOff.index && (turn.rep.valueItemIds.length > 0 || turn.rep.statesPurpose));
    for (const turn of call.turns) {
      if (turn.index < brushOff.index) continue;
      const beforeFinalNo = repeatedNoAt < 0 || turn.index < repeatedNoAt;
      if (turn.customer) {
        if (kept && beforeFinalNo && deferrals.has(turn.index)) reopened = true;
        continue;
      }
      const rep = turn as RepTurn;
      if (!rep.rep) continue;
      if (repeatedNoAt >= 0 && rep.index > repeatedNoAt && !pushed && pushes(rep)) pushed = rep;
      // False urgency, insisting or an upsell after a put-off answers the hesitation with pressure, not a reason.
      if (!pushed && pushesPastNo(rep)) pushed = rep;
      if (hasReason(call, rep)) reasonSeen = true;
      if (beforeFinalNo && keepsDoorOpen(rep) && reasonSeen) {
        kept ??= rep;
        reopened = false;
      }
      if (rep.rep.leavesItOpen) {
        if (!kept && !gaveUp) gaveUp = rep;
        else if (reopened && !gaveUpLater) gaveUpLater = rep;
      }
    }
    if (pushed) {
      return missed(
        20,
        [evidenceOf(pushed)],
        [
          {
            turn: pushed.index,
            note: 'After the customer put you off, pushing harder stops being persistence; give a reason that is about them, or thank them and leave the door open with a time.',
            source: { article: '003' },
          },
        ],
      );
    }
    if (kept && gaveUpLater) {
      return missed(
        40,
        [evidenceOf(kept), evidenceOf(gaveUpLater)],
        [
          {
            turn: gaveUpLater.index,
            note: 'You kept the door open at first, but at the next “not now” you handed the next move to the customer; set a new time instead.',
          },
        ],
      );
    }
    // The rep's own words earned it; the put-off they answered comes second, as context.
    if (kept) return met(gaveUp ? 70 : 100, [evidenceWhere(call, kept, (m) => m.namesTime), evidenceOf(brushOff)]);
    if (gaveUp) {
      return missed(
        0,
        [evidenceOf(gaveUp), evidenceOf(brushOff)],
        [{ turn: gaveUp.index, note: 'You treated “not now” as “no” and handed the next move to the customer; they rarely make it.' }],
      );
    }
    const answer = call.repTurns.find((turn) => turn.index > brushOff.index);
    // A customer who put the rep off and hung up left no turn to answer it: nothing to judge. A rep who hung up on it gave up.
    // A transcript with no end recorded (a written or imported call) ends where its last speaker stopped.
    const endedOnIt = call.transcript.endReason === undefined && call.turns[call.turns.length - 1]?.index === brushOff.index;
    const customerLeft = brushOff.customer.ends || brushOff.customer.impatient || call.transcript.endReason === 'hung-up' || endedOnIt;
    if (!answer && customerLeft) return notApplicable();
    if (repeatedNoAt >= 0 && !pushed) return met(80, [evidenceOf(brushOff)]);
    const at = answer ?? call.repTurns[call.repTurns.length - 1];
    const note = 'The brush-off was not answered with a reason to talk again and a specific time; “not now” is a cue to set the next contact.';
    return missed(at ? 30 : 0, at ? [evidenceOf(at), evidenceOf(brushOff)] : [evidenceOf(brushOff)], at ? [{ turn: at.index, note }] : []);
  },
};
