import type { Channel } from '../../language/channels';
import type { CustomerTurnDetail } from '../../language/classifyCustomerTurn';
import { MAX_ANALYSED_CHARS } from '../../language/normalizeText';
import { describeRepTurn } from '../../language/classifyRepTurn';
import { lastSentence } from '../../language/clauses';
import { ASKS_WHEN, BRIEFED_BUSY, RAISED_AGAIN } from '../../language/customerPhrases';
import type { SourceRef } from '../../principles/sources';
import type { CallAnalysis, RepTurn } from '../analyzeCall';
import { daysNamedIn } from '../../language/timeExpressions';
import { findBrushOffs, pushes } from '../brushOffs';
import { evidenceOf, evidenceWhere, met, missed, type MistakeNote, type PrincipleRule } from '../rule';
import { asksAboutThem } from '../../facts/asksAboutThem';
import { BRIEF_TURN_WORDS, isMonologue } from '../../facts/monologue';
import { deliversAnything } from '../deliversAnything';
import { isOpen } from '../trackIssues';

/** A voicemail longer than this (about 35 seconds spoken) loses the listener; the advice is under thirty seconds. */
const VOICEMAIL_WORDS = 90;
/** How similar two rep turns must be (shared words) to count as repeating yourself. */
const REPEAT_SIMILARITY = 0.75;
const REPEAT_LOOKBACK = 3;
/** After "I'm busy", a reply this short is already adapting. */
const SHORT_REPLY_WORDS = 30;

function wordSet(text: string): Set<string> {
  return new Set(
    text
      .slice(0, MAX_ANALYSED_CHARS)
      .toLowerCase()
      .split(/[^\p{L}\p{N}']+/u)
      .filter((w) => w.length > 0),
  );
}

function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** A reply to "I'm busy" that adapts: checks the time, gets straight to a short reason, or sets a better time. */
function adaptsToBusy(turn: RepTurn, askedWhy: boolean, takesWantedChannel: boolean): boolean {
  const moves = turn.rep;
  // Letting a busy customer go with "let me know" is a next-step miss, not talking over them.
  if (moves.purposeless || moves.asksReferral || moves.presses) return false;
  // "Just email it me, I'm driving" answered with "Will do, email": the rep took the way out the customer offered.
  if (takesWantedChannel) return true;
  const betterTime =
    moves.checksTime ||
    ((moves.proposesNextStep || moves.commitsAction) && moves.namesTime && moves.words <= 2 * SHORT_REPLY_WORDS) ||
    moves.closes ||
    (moves.promisesBrevity && moves.words <= SHORT_REPLY_WORDS);
  // "I'm in the van, what do you want?" asks for the point; another question instead of it is not adapting.
  const reason = moves.statesPurpose || moves.valueItemIds.length > 0 || moves.issueIds.length > 0;
  if (askedWhy && !reason && !betterTime) return false;
  // Getting straight to a concrete reason in a couple of sentences is also adapting.
  const straightToIt = moves.statesPurpose && moves.words <= 2 * SHORT_REPLY_WORDS - 15;
  // Short is not enough: "And the weather, hey? Wild." to someone with a patient waiting says nothing; letting them go does.
  const saysSomething = moves.carriesContent || reason || moves.refersToHistory || moves.factIds.length > 0 || moves.leavesItOpen;
  return betterTime || straightToIt || (moves.words <= SHORT_REPLY_WORDS && saysSomething);
}

/**
 * The customer raises again a problem that was already raised and still not owned, and the rep's last line did not touch it,
 * or touched it only to move on ("I just told you about the gloves, and you're asking about the clinic?").
 */
function raisedAgain(call: CallAnalysis, at: number, previousRep: RepTurn): boolean {
  const turn = call.byIndex.get(at);
  let ids = turn?.customer?.issueIds ?? [];
  // "When, though?" with one problem waiting, after the rep went on to his own offer: she is asking about it again.
  const movedOn = previousRep.rep.valueItemIds.length > 0 || previousRep.rep.proposesNextStep || previousRep.rep.upsell || previousRep.rep.pressure;
  if (ids.length === 0 && turn && movedOn && ASKS_WHEN.test(turn.text.toLowerCase())) {
    const waiting = call.issues.filter(
      (e) => e.raisedBy === 'customer' && e.raisedAt !== null && e.raisedAt < previousRep.index && (e.ownedAt === null || e.ownedAt > at),
    );
    if (waiting.length === 1) ids = [waiting[0]!.id];
  }
  // Asked again ("And the plates?", "what about my plates?"), not just mentioned in passing.
  if (ids.length === 0 || !(turn!.text.includes('?') || RAISED_AGAIN.test(turn!.text.toLowerCase()))) return false;
  const pushedBack = turn!.customer!.objects && !previousRep.rep.commitsAction;
  return call.issues.some(
    (e) =>
      ids.includes(e.id) &&
      e.raisedAt !== null &&
      e.raisedAt < previousRep.index &&
      (e.ownedAt === null || e.ownedAt > at) &&
      (pushedBack || !previousRep.rep.issueIds.includes(e.id)),
  );
}

/** The rep was told before dialling that this customer is short of time (004: Wendy on a deadline), and the customer is. */
function briefedBusy(call: CallAnalysis): boolean {
  const scenario = call.scenario;
  if (scenario.persona?.busy !== true) return false;
  return BRIEFED_BUSY.test(`${scenario.summary ?? ''} ${scenario.briefing?.goal ?? ''} ${scenario.briefing?.calling ?? ''}`);
}

/** Respect time: check whether now works, keep it short for a busy customer, do not repeat yourself or talk over a no. */
/**
 * Broke into a line on the account's own topic ("I'm calling about the demo for your team--" / "The one that never happened?")
 * without pushing back: keen to answer, not fed up with a long or off-topic line.
 */
function brokeInKeen(call: CallAnalysis, rep: RepTurn, signals: CustomerTurnDetail): boolean {
  const pushesBack =
    signals.ends || signals.impatient || signals.busy || signals.declines || signals.firmNo || signals.notNow || signals.asksWhy || signals.objects;
  if (pushesBack || rep.rep.words > SHORT_LINE_WORDS) return false;
  const broken = describeRepTurn(lastSentence(rep.text), call.scenario);
  return broken.issueIds.length > 0 || broken.valueItemIds.length > 0;
}

/** Words in a line short enough that breaking into it need not mean it ran too long. */
const SHORT_LINE_WORDS = 30;

export const respectTime: PrincipleRule = {
  id: 'respect-time',
  evaluate(call) {
    const mistakes: MistakeNote[] = [];
    const note = (turn: RepTurn, text: string, source?: SourceRef) => {
      if (!mistakes.some((m) => m.turn === turn.index)) mistakes.push({ turn: turn.index, note: text, ...(source ? { source } : {}) });
    };
    const { repeatedNoAt } = findBrushOffs(call);
    const knownBusy = briefedBusy(call);
    const recent: Set<string>[] = [];
    let busy = false;
    let busySaidAt = -1;
    let answerBusy = false;
    let fillerSeen = false;
    let askedWhy = false;
    let checked: RepTurn | undefined;
    let wantsChannel: Channel | null = null;
    let words = 0;
    let objected = false;
    let referralAsked = false;
    let referralTaken = false;
    let previousRep: RepTurn | undefined;
    let hesitations = 0;
    // Days the customer offered instead of the rep's ("Saturdays are my day off"), which the next proposal should take up.
    let offeredDays: string[] = [];
    let offeredOn: string[] = [];
    let lastProposed = false;
    let promisedBrevity = false;
    let invited = false;
    let askedFacts: readonly string[] = [];
    const answered = new Set<string>();
    for (const turn of call.turns) {
      if (turn.customer) {
        const signals = turn.customer;
        if (previousRep) {
          // Listening: the customer cut in, hung up on the call, or had to raise their problem again.
          // A line broken off by the customer is cut off too, unless they broke in to say yes.
          if (signals.interrupts || (previousRep.rep.cutOff && !signals.agrees && !brokeInKeen(call, previousRep, signals)))
            note(previousRep, 'The customer cut you off; that line was more than they wanted to hear. Stop, ask what they need, and answer that.', {
              article: '002',
              commenter: 'McCants',
            });
          else if (signals.impatient && signals.ends)
            note(previousRep, 'The customer hung up because the call was not giving them anything; get to your reason in the first line.');
          else if (raisedAgain(call, turn.index, previousRep))
            note(previousRep, 'The customer had to bring their problem up again; you went on with your own agenda instead of answering it.', {
              article: '002',
              commenter: 'McCants',
            });
        }
        if (signals.notNow || signals.firmNo || (signals.hedges && !signals.agrees) || (signals.declines && !signals.agrees)) hesitations++;
        offeredDays =
          lastProposed && signals.days.length > 0 && !signals.agreesStrongly && !signals.busy && signals.days.some((day) => !offeredOn.includes(day))
            ? signals.days
            : [];
        objected = turn.customer.objects;
        // An answer to what the rep just asked about them, not a question back or a put-off.
        if (!signals.asksWhy && !signals.notNow && !signals.firmNo && !signals.ends) askedFacts.forEach((id) => answered.add(id));
        if (referralAsked && turn.customer.agrees) referralTaken = true;
        if (turn.customer.busy) {
          busy = true;
          if (busySaidAt < 0) busySaidAt = turn.index;
          // When the customer is already hanging up, a short goodbye is all that is left to judge.
          answerBusy = !turn.customer.ends;
        }
        wantsChannel = turn.customer.wantsChannel ?? wantsChannel;
        askedWhy = turn.customer.asksWhy;
        invited = turn.customer.invitesDetail;
        continue;
      }
      const rep = turn as RepTurn;
      if (!rep.rep) continue;
      previousRep = rep;
      const moves = rep.rep;
      words += moves.words;
      const repDays = moves.proposesNextStep || offeredDays.length > 0 ? daysNamedIn(rep.text) : [];
      if (offeredDays.length > 0 && moves.proposesNextStep && repDays.length > 0 && !repDays.some((day) => offeredDays.includes(day))) {
        note(rep, 'The customer told you when suits them and you proposed another time; take up what they offered.', { article: '002', commenter: 'McCants' });
      }
      offeredDays = [];
      offeredOn = repDays;
      // Asking again what the customer already answered ("So when you planning to decide ah?" after "Next Friday.").
      if (asksAboutThem(moves) && moves.factIds.some((id) => answered.has(id)))
        note(rep, 'You asked again what the customer had already told you; listen, and build on what they said.');
      // "When are you planning to decide?" asks for their timeline: the day they answer is not a counter-offer.
      lastProposed = moves.proposesNextStep && !moves.asksTheirTimeline;
      askedFacts = asksAboutThem(moves) ? moves.factIds : [];
      // "Come on", "you'll regret it" after the customer hesitated is pressure, not persistence.
      if (hesitations > 0 && moves.presses)
        note(rep, 'The customer hesitated and you pressed harder; ask what is in the way and offer a time instead.', { article: '003' });
      // "I'll let you go" on the way out is a goodbye, not a check that now works.
      if (moves.checksTime && !moves.closes && !moves.leavesItOpen) checked ??= rep;
      // A customer known to be pressed for time (004, Wendy): small talk first, with no time check, spends what they do not have.
      if (knownBusy && rep === call.repTurns[0] && moves.purposeless && !moves.checksTime) {
        note(rep, 'This customer is short of time and the call opened with small talk; ask if now works and lead with the reason.', { article: '004' });
      }
      // Telling a busy customer to get back to you "whenever" hands them the work of arranging it.
      if (knownBusy && !call.voicemail && moves.leavesItOpen && !moves.namesTime) {
        note(rep, 'A busy customer was left to arrange the next step themselves; offer to set it up for them, with a time.', { article: '004' });
      }
      // Asking the same empty question again after the customer has answered it (not after "on what?").
      if (fillerSeen && moves.purposeless && moves.asksQuestion && !askedWhy) {
        note(rep, 'You repeated the same empty line after the customer had answered it; it tells them the call has no point.', { article: '004' });
      }
      if (moves.purposeless) fillerSeen = true;
      if (moves.words >= 4) {
        const set = wordSet(rep.text);
        if (recent.some((previous) => similarity(previous, set) >= REPEAT_SIMILARITY)) {
          note(rep, 'You repeated the same line; when the answer does not move the call on, asking again only spends their time.', { article: '004' });
        }
        recent.push(set);
        if (recent.length > REPEAT_LOOKBACK) recent.shift();
      }
      if (moves.pressure) {
        note(
          rep,
          'Pressure and false urgency (someone else is interested, decide tonight) spend the customer’s trust; a customer who is not ready is won by reasons, not by a deadline you made up.',
          { article: '002', commenter: 'McCants' },
        );
      }
      if (call.voicemail) continue;
      // "I'll be quick" is an announcement: the turn that says it, and the one after, have to keep it.
      if ((promisedBrevity || moves.promisesBrevity) && moves.words > BRIEF_TURN_WORDS) {
        note(rep, 'You promised to be quick and then talked at length; keep the promise or do not make it.', { article: '004' });
      }
      promisedBrevity = moves.promisesBrevity && moves.words <= BRIEF_TURN_WORDS;
      if (isMonologue(moves.words, busy || knownBusy, invited, moves.checksTime)) {
        note(
          rep,
          busy
            ? 'A long speech to someone who told you they are pressed for time; cut it to one line and offer a better moment.'
            : 'A monologue this long loses the customer; say one thing and let them answer.',
        );
      }
      // The customer's own way out ("just email it me") taken up: what they asked is dealt with.
      const takesWantedChannel = wantsChannel !== null && moves.channels.includes(wantsChannel);
      if (answerBusy) {
        answerBusy = false;
        if (!adaptsToBusy(rep, askedWhy, takesWantedChannel))
          note(
            rep,
            'The customer said they were busy and the call carried on as if they had not; acknowledge it and adapt (be brief, or offer a better time).',
          );
      }
      // An extra sale (not what the call is for) pitched to a customer who said they are pressed spends their minutes on the rep.
      if ((busy || knownBusy) && moves.upsell && moves.valueItemIds.length === 0 && !moves.closes) {
        note(rep, 'The customer told you they were short of time and you pitched something extra; keep to what they need and offer the rest another time.', {
          article: '004',
        });
      }
      // Slavin's point: use the channel the customer prefers, not the one that suits you.
      if (wantsChannel && moves.channels.length > 0 && !moves.channels.includes(wantsChannel)) {
        note(rep, `The customer asked for it by ${wantsChannel}; switching to another channel tells them their preference does not count.`, {
          article: '002',
          commenter: 'Slavin',
        });
      }
      // Listening: when the customer pushes back on where the call is going, carrying on with the pitch ignores them.
      if (objected && pushes(rep) && !moves.commitsAction && !takesWantedChannel) {
        note(rep, 'The customer asked for something else and the call carried on with your agenda; deal with what they asked first.', {
          article: '002',
          commenter: 'McCants',
        });
      }
      objected = false;
      // Asking a favour while the customer's problem is still open talks past what they just told you.
      if (moves.asksReferral && call.issues.some((episode) => episode.raisedAt !== null && episode.raisedAt < rep.index && isOpen(episode, rep.index))) {
        note(rep, 'You asked for a favour while the customer’s problem was still open; that talks past what they told you.', {
          article: '002',
          commenter: 'McCants',
        });
      }
      // The same request again, in other words, after the customer let it pass.
      if (moves.asksReferral) {
        if (referralAsked && !referralTaken)
          note(rep, 'You asked for a referral again after the customer had let it pass; asking twice spends their patience.', { article: '004' });
        referralAsked = true;
      }
      if (repeatedNoAt >= 0 && rep.index > repeatedNoAt && pushes(rep)) {
        note(rep, 'The customer had already said no twice; pressing on spends their time and goodwill.', { article: '003' });
      }
    }
    // "I've got great news" and then none: the customer's attention was spent on an announcement with nothing in it.
    const announced = call.repTurns.find((turn) => turn.rep.announcesOnly);
    if (announced && !deliversAnything(call)) {
      note(announced, 'You announced news and never gave any; a promise of something good that turns out empty spends the customer’s attention on nothing.', {
        article: '004',
      });
    }
    if (call.voicemail && words > VOICEMAIL_WORDS) {
      const first = call.repTurns[0]!;
      note(first, 'The message runs too long for a voicemail; give the reason and the callback time in a few sentences.');
    }
    if (mistakes.length > 0) {
      mistakes.sort((a, b) => a.turn - b.turn);
      // Ignoring "I'm busy" costs more than a slip made before the customer said it.
      const busyFirst = busySaidAt >= 0 && busySaidAt < mistakes[0]!.turn;
      return missed(
        busyFirst ? 20 : 40,
        mistakes.map((m) => evidenceOf(call.byIndex.get(m.turn)!)),
        mistakes,
      );
    }
    if (checked) return met(100, [evidenceWhere(call, checked, (m) => m.checksTime)]);
    const first = call.repTurns[0];
    if (!first) return missed(0, [], []);
    // No time check, but every turn was short and to the point: the evidence is the opening that got to the reason.
    const opening = call.repTurns.find((turn) => turn.rep.statesPurpose) ?? first;
    return met(busy && !call.voicemail ? 85 : 90, [evidenceOf(opening)]);
  },
};
