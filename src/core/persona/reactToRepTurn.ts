import type { Scenario } from '../scenario/scenarioSchema';
import type { HeardMoves } from './classifyCached';
import type { DifficultyRules } from './difficultyRules';
import { goalReached, isPleased, openIssueId, type PersonaState } from './personaState';
import type { LineRef, ReplyPlan } from './replyPlan';
import { valueOfTurn } from '../scoring/rules/bringValue';
import { composeReply } from './composeReply';
import { isMonologue } from '../facts/monologue';
import { issueSpokenTo } from './ownsIssue';
import { ownsIssue, sellsInSameBreath } from '../facts/ownsIssue';
import { offersStep } from '../facts/offersStep';
import { markSaid, volunteeredLines } from './volunteeredLines';
import { faultFactIds } from '../facts/faultFacts';
import { asksAboutThem } from '../facts/asksAboutThem';
import { inflatesQuantity } from '../facts/quantityOnRecord';
import { stepIsSale } from '../facts/stepIsSale';
import { worksTowardsFix } from '../facts/stepResolvesIssue';
import { asksForPerson } from '../language/asksForPerson';
import { reactAsGatekeeper } from './reactAsGatekeeper';
import { contradictsRecord } from '../facts/channelOnRecord';

/** Longest call the scripted customer sits through, in rep turns. */
export const MAX_REP_TURNS = 16;

/** What the reducer knows about the rep turn besides its moves. */
export interface RepTurnInfo {
  /** The cleaned text, empty when the rep said nothing. */
  text: string;
  /** The turn was cut for length: a monologue. */
  cut: boolean;
  /** The customer's turn before it asked a question or asked to hear more, so a longer answer is no monologue. */
  asked?: boolean;
}

/** Everything a reaction needs; `state` is a draft the reaction may change. */
interface Ctx {
  scenario: Scenario;
  rules: DifficultyRules;
  state: PersonaState;
  moves: HeardMoves;
  busy: boolean;
  /** The rep's cleaned words. */
  text: string;
  /** The turn puts a concrete, timed step forward before any clear no (read once, before the reaction changes the state). */
  timedStep: boolean;
  /** The customer answered that step (took it, or declined it for now): the turn was not a waste of their time. */
  stepAnswered?: boolean;
}

/** Replies that answer a question the rep asked (a real one, or small talk). */
const ANSWERS = new Set(['question', 'purposeless', 'smallTalk']);

/** The rep asks something besides whether now is a good time. */
function asksSomething(moves: HeardMoves): boolean {
  return moves.asksQuestion && !moves.checksTime;
}

const dialogue = (key: Extract<LineRef, { kind: 'dialogue' }>['key']): LineRef => ({ kind: 'dialogue', key });

function lose(ctx: Ctx, points: number): void {
  ctx.state.patience -= points * ctx.rules.costFactor;
}

function gain(ctx: Ctx, points: number): void {
  ctx.state.patience = Math.min(100, ctx.state.patience + points);
}

function trust(ctx: Ctx, delta: number): void {
  ctx.state.trust = Math.max(0, Math.min(100, ctx.state.trust + delta));
}

/** Letters and digits only, so "How are you?" and "how are you" count as the same line. */
function repeatKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The rep asks for a referral: given only when the customer is pleased, and it annoys while an issue is open. */
function onReferral(ctx: Ctx): LineRef {
  const { scenario, state } = ctx;
  const open = openIssueId(state);
  if (open) {
    lose(ctx, 14);
    trust(ctx, -12);
    return { kind: 'issue', issueId: open, field: 'ignoredReply' };
  }
  if (scenario.persona.referral && !state.referralGiven && isPleased(scenario, state)) {
    state.referralGiven = true;
    trust(ctx, 5);
    return { kind: 'referral', field: 'give' };
  }
  lose(ctx, 10);
  trust(ctx, -8);
  return scenario.persona.referral && state.purposeKnown ? { kind: 'referral', field: 'decline' } : dialogue('referralEarly');
}

/**
 * The rep speaks to an open issue. A concrete plan or a firm dated answer owns it (see ownsIssue); a vague promise gets
 * asked for specifics; naming it for the first time lets the customer say what is wrong, or, when the rep already owned up
 * to it ("I know they're late"), press for the date; mentioning it again without a plan gets the customer asking when.
 */
function onIssue(ctx: Ctx, issueId: string): LineRef {
  const { moves, state } = ctx;
  if (ownsIssue(moves, ctx.text)) {
    state.issues[issueId] = 'owned';
    trust(ctx, 15);
    gain(ctx, 10);
    // "Come in Saturday to pick them up, and we'll do the oil change": the fix is also the next step.
    if (offersStep(moves, ctx.text) && moves.stepTimed && state.purposeKnown && state.trust >= ctx.rules.acceptMinTrust && state.brushOff !== 'firm')
      state.nextStepAgreed = true;
    return { kind: 'issue', issueId, field: 'ownedReply' };
  }
  // The fix with a sale in the same breath ("...Thursday 7 to 8. Could I sign you up today?"): the pitch is what gets the answer.
  if (sellsInSameBreath(moves) && ownsIssue({ ...moves, asksReferral: false, pressure: false, upsell: false }, ctx.text)) {
    if (state.issues[issueId] === 'unraised') state.issues[issueId] = 'raised';
    return onPressure(ctx);
  }
  if (moves.vaguePromise || moves.commitsAction || moves.dismisses) {
    state.issues[issueId] = 'vague';
    lose(ctx, 6);
    trust(ctx, -4);
    return { kind: 'issue', issueId, field: 'vagueReply' };
  }
  if (state.issues[issueId] === 'unraised') {
    state.issues[issueId] = 'raised';
    // The rep has said what is wrong already: the customer wants the date, not to tell the story again.
    if (moves.acknowledges) return { kind: 'issue', issueId, field: 'vagueReply' };
    // The rep names the topic: the customer says what is wrong and wants to know when.
    return { kind: 'issue', issueId, field: 'raise' };
  }
  // Mentioned again, still with no plan.
  lose(ctx, 3);
  return { kind: 'issue', issueId, field: 'vagueReply' };
}

/** A step the scorer could hold both sides to, with its time (see offersStep), put forward without pressure before any clear no. */
function offersTimedStep(state: PersonaState, moves: HeardMoves, text: string): boolean {
  if (state.brushOff === 'firm' || moves.pressure || moves.presses || moves.upsell) return false;
  return moves.stepTimed && !moves.leavesItOpen && offersStep(moves, text);
}

/** The rep proposes a next step: accepted when it is concrete (says what and when) and there is a reason to say yes. */
function onNextStep(ctx: Ctx, concrete: boolean): LineRef {
  const { scenario, state, moves, rules } = ctx;
  if (scenario.facts.startsWithNotNow && state.brushOff === 'none') {
    state.brushOff = 'given';
    return dialogue('notNow');
  }
  if (state.brushOff === 'firm') {
    // Pushing on after a clear no is not persistence.
    lose(ctx, 35);
    trust(ctx, -15);
    return dialogue('firmNo');
  }
  // Offered by post to someone whose file says email only: the customer puts the rep right instead of saying yes.
  if (contradictsRecord(scenario, moves.channels)) {
    lose(ctx, 6);
    trust(ctx, -10);
    return dialogue(scenario.dialogue.wrongChannel ? 'wrongChannel' : scenario.dialogue.knownInfoAsked ? 'knownInfoAsked' : 'nextStepVague');
  }
  // Something they told you (the service light) is a reason too, when the proposal answers it.
  const answersFact = moves.factIds.some((id) => state.factsRevealed.includes(id));
  // Following through on a problem owned in this call ("I can drop the plates round tomorrow by 6?") is its own reason.
  const followsThrough = Object.values(state.issues).includes('owned');
  const hasReason = state.valueBrought.length > 0 || scenario.facts.valueItems.length === 0 || answersFact || followsThrough;
  ctx.stepAnswered = concrete && ctx.timedStep;
  if (concrete && moves.stepTimed && hasReason && state.purposeKnown && state.trust >= rules.acceptMinTrust) {
    state.nextStepAgreed = true;
    trust(ctx, 10);
    return dialogue('nextStepAccepted');
  }
  // A concrete, timed step is declined for want of a reason or trust, but it is never a waste of the customer's time.
  if (!ctx.stepAnswered) lose(ctx, 6);
  if (state.brushOff === 'given' && ++state.pushes >= 2) {
    state.brushOff = 'firm';
    return dialogue('firmNo');
  }
  // A concrete, timed step not yet taken is answered as one ("what for?"), never as a vague one ("that's not a plan").
  if (ctx.stepAnswered && state.brushOff === 'none' && scenario.dialogue.stepUnconvinced) return dialogue('stepUnconvinced');
  return dialogue('nextStepVague');
}

/** False urgency or a hard close: trust and patience drop, and a first push is a "not now", a second a firm no. */
function onPressure(ctx: Ctx): LineRef {
  const { state } = ctx;
  lose(ctx, 12);
  trust(ctx, -15);
  if (state.brushOff === 'none') {
    state.brushOff = 'given';
    return dialogue('notNow');
  }
  // Pressed again after a firm no, the customer ends the call.
  if (state.brushOff === 'firm') state.patience = 0;
  state.brushOff = 'firm';
  return dialogue('firmNo');
}

/** The main reply: the first reaction that applies, in order of what the customer cares about most. */
function mainReaction(
  ctx: Ctx,
  firstPurpose: boolean,
  newHistory: boolean,
  newTimeCheck: boolean,
  newValue: string[],
  valueTold: boolean,
): LineRef | undefined {
  const { scenario, state, moves, busy } = ctx;
  const open = openIssueId(state);
  // "I'll check on that" or "it'll be with you by 9" answers the open issue even without naming it.
  const issueId = issueSpokenTo(scenario, state, moves, ctx.text);
  if (moves.asksReferral) return onReferral(ctx);
  if (issueId) return onIssue(ctx, issueId);
  // A fault told in passing does not stop the call: the customer answers the rep's move and asks about it again (see reactToRepTurn).
  // Working towards the step that puts the problem right ("which week suits the team?") is not passing it over either.
  const passing = open !== undefined && ((faultFactIds(scenario).has(open) && !moves.pressure && !moves.upsell) || worksTowardsFix(scenario, open, moves));
  if (open && !passing) {
    // Anything else while the customer's problem is open is the rep moving on to their own agenda; selling over it is worse.
    const selling = moves.pressure || moves.upsell;
    // Each time the problem is passed over annoys more than the last: ignored twice, nobody is relaxed.
    state.ignored++;
    lose(ctx, (selling ? 25 : 10) * Math.min(state.ignored, 3));
    trust(ctx, selling ? -15 : -8);
    return { kind: 'issue', issueId: open, field: 'ignoredReply' };
  }
  // Pressure gets pushback, never surrender: a customer who is not ready is won by reasons, not by urgency. Insisting
  // ("come on", "hear me out") after a firm no is pressing too, as the scorer's failedCall reads it.
  if (moves.pressure || (moves.presses && state.brushOff === 'firm')) return onPressure(ctx);
  // The rep's own extra sale put to her, not the step the call is for: she came for something else and is not sold by it.
  if (moves.upsell && moves.valueItemIds.length === 0 && !stepIsSale(scenario) && (moves.proposesNextStep || moves.asksQuestion)) return onPressure(ctx);
  // Asked again what she has told ("when are you normally free?" after "Saturdays are my day off"): she says it again.
  const told = asksAboutThem(moves) ? moves.factIds.find((id) => state.factsRevealed.includes(id)) : undefined;
  if (told) return { kind: 'fact', factId: told };
  // An order sized to the rep, not to her ("forty cases" on about twenty a month), read as know-the-history reads it.
  if ((moves.proposesNextStep || moves.commitsAction) && inflatesQuantity(scenario, ctx.text)) return onPressure(ctx);
  // A proposal names what happens next (the visit, the demo, a call) or commits to doing it; once the purpose is clear,
  // "How about Sunday then?" is one too, and so is confirming a settled issue with a time. Only a specific one can be accepted.
  // An opener that names the next step with nothing to offer yet is a purpose, not a push.
  const owned = moves.namesTime && (moves.proposesNextStep || moves.commitsAction) ? moves.issueIds.find((id) => state.issues[id] === 'owned') : undefined;
  // A step the scorer could hold both sides to (see offersStep); anything else that reaches for a next step is a vague one.
  const step = offersStep(moves, ctx.text) && !moves.leavesItOpen;
  const reaches = moves.proposesNextStep && !moves.leavesItOpen && (moves.nextStepTopic || moves.commitsAction || (moves.namesTime && state.purposeKnown));
  const opener = firstPurpose && (!moves.namesTime || state.valueBrought.length === 0);
  // News that answers her ("we can take your car in part exchange when you come in") is heard first when no time is put to her.
  const newsFirst = newValue.length > 0 && !moves.stepTimed;
  if (step && !opener && !newsFirst) {
    const reply = onNextStep(ctx, true);
    // Confirming the plan for a settled issue, with no reason yet for a further step: the customer confirms the plan.
    const declined = reply.kind === 'dialogue' && (reply.key === 'nextStepVague' || reply.key === 'stepUnconvinced');
    if (owned && declined) return { kind: 'issue', issueId: owned, field: 'ownedReply' };
    return reply;
  }
  // Restating a settled fix with its time ("full price in your inbox by noon") is no step to agree to, for the scorer either.
  if (owned && !opener) return { kind: 'issue', issueId: owned, field: 'ownedReply' };
  if (newValue.length > 0) {
    trust(ctx, 8);
    gain(ctx, 4);
    return dialogue('valueHeard');
  }
  if (reaches && !opener) return onNextStep(ctx, false);
  if (moves.factIds.some((id) => !state.factsRevealed.includes(id))) return undefined;
  if (moves.asksForKnownInfo) {
    lose(ctx, busy ? 15 : 10);
    trust(ctx, -15);
    return dialogue(scenario.dialogue.knownInfoAsked ? 'knownInfoAsked' : 'purposeless');
  }
  // A question wants an answer, not "yes, that's me": the recognition only leads into it (see reactToRepTurn).
  // The news heard in full ("from 1 June every driver must be named...") gets the reaction to news, not "that's right".
  if (newHistory && !asksSomething(moves)) return dialogue(valueTold ? 'valueHeard' : 'historyHeard');
  if (firstPurpose) return dialogue('purposeHeard');
  if (newTimeCheck) return dialogue('timeChecked');
  if (moves.purposeless) return dialogue(state.purposeKnown ? (moves.asksQuestion ? 'smallTalk' : 'fallback') : 'purposeless');
  if (moves.leavesItOpen) {
    // "They know where to find me": retreating instead of proposing anything.
    lose(ctx, (busy ? 14 : 10) + (state.brushOff !== 'none' ? 8 : 0));
    trust(ctx, -6);
    return dialogue('nextStepVague');
  }
  if (!state.purposeKnown) {
    // Chit-chat before any reason for the call: polite, short, and it costs.
    lose(ctx, busy ? 14 : 6);
    return dialogue(moves.asksQuestion ? (moves.purposeless ? 'smallTalk' : 'question') : 'fallback');
  }
  lose(ctx, moves.asksQuestion ? 2 : 3);
  return dialogue(moves.asksQuestion ? 'question' : 'fallback');
}

/** A fault the customer told earlier, still not owned after a turn that spoke of something else: they ask about it again. */
function passingFaultLeft(scenario: Scenario, state: PersonaState, main: LineRef | undefined): string | undefined {
  const open = openIssueId(state);
  if (open === undefined || !faultFactIds(scenario).has(open) || (main?.kind === 'issue' && main.issueId === open)) return undefined;
  return open;
}

/** What counts as the call moving forward; a turn that moves nothing costs the base price of the customer's time. */
function progressKey(state: PersonaState): string {
  const issues = Object.values(state.issues).join(',');
  return [state.purposeKnown, state.historyHeard, state.timeChecked, state.valueBrought.length, issues, state.nextStepAgreed, state.referralGiven].join('|');
}

/** The call reached its goal: the customer ends it pleased, whatever the meter said before. */
const PLEASED_PATIENCE = 70;

/**
 * Changes the draft state for one rep turn and plans the customer's reply: one coherent reaction, at most a short
 * acknowledgement and one substantive line. Order matters: referral and issue reactions come first because that is what the
 * customer hears first; an interruption for a monologue replaces the answer.
 */
export function reactToRepTurn(scenario: Scenario, rules: DifficultyRules, state: PersonaState, moves: HeardMoves, info: RepTurnInfo): ReplyPlan {
  const busy = scenario.persona.busy;
  if (scenario.gatekeeper && state.onLine === 'gatekeeper') {
    // The assistant has the line: she answers, by her own reading of the same moves.
    state.heard.push(repeatKey(info.text));
    const plan = reactAsGatekeeper(scenario, rules, state, moves, info);
    if (plan.end || state.repTurns < MAX_REP_TURNS) return plan;
    return { ...plan, parts: [...plan.parts, { kind: 'gatekeeper', key: 'goodbye' }], end: 'turn-limit' };
  }
  const ctx: Ctx = { scenario, rules, state, moves, busy, text: info.text, timedStep: offersTimedStep(state, moves, info.text) };
  const before = progressKey(state);
  // A yes the customer never voices (cut off mid-monologue, or hanging up) is no yes; the scorer cannot hear it either.
  const agreedBefore = state.nextStepAgreed;
  state.repTurns++;
  // Value is heard only when the scorer would count it as brought: its benefit said, not the item merely named.
  const value = valueOfTurn(moves, state.valueNamed ?? []);
  state.valueNamed = value.named;
  let parts: LineRef[];
  // What the customer would answer had they let the rep finish; used when the call ends on this turn.
  let answer: LineRef[] = [];

  const key = repeatKey(info.text);
  const repeated = key.length >= 8 && state.heard.includes(key);
  state.heard.push(key);

  if (info.text === '') {
    lose(ctx, 4);
    parts = [dialogue('fallback')];
  } else if (repeated) {
    // Saying the same thing again: the customer answers as before, with less patience.
    lose(ctx, 10);
    parts = [dialogue(scenario.dialogue.repeated ? 'repeated' : moves.purposeless || !state.purposeKnown ? 'purposeless' : 'ramble')];
  } else if (
    moves.closes &&
    !moves.asksReferral &&
    moves.issueIds.length === 0 &&
    (moves.leavesItOpen || (!moves.proposesNextStep && moves.valueItemIds.length === 0))
  ) {
    // "I'll let you go, reach out whenever you're ready for the demo!": naming the topic while leaving it open is still goodbye.
    const open = openIssueId(state);
    // Hanging up on a problem nobody owned: the customer protests as the line goes, never a happy goodbye.
    if (open) return { parts: [{ kind: 'issue', issueId: open, field: state.issues[open] === 'vague' ? 'vagueReply' : 'ignoredReply' }], end: 'rep-ended' };
    return { parts: [dialogue('goodbye')], end: 'rep-ended' };
  } else {
    const monologue = info.cut || isMonologue(moves.words, busy, info.asked, moves.checksTime);
    if (monologue) lose(ctx, busy ? 18 : 12);
    const firstPurpose = !state.purposeKnown && (moves.statesPurpose || moves.valueItemIds.length > 0 || moves.issueIds.length > 0);
    if (firstPurpose) {
      state.purposeKnown = true;
      trust(ctx, 3);
      if (!moves.purposeless) gain(ctx, busy ? 6 : 3);
    }
    const newHistory = moves.refersToHistory && !state.historyHeard;
    if (newHistory) {
      state.historyHeard = true;
      trust(ctx, 6);
      if (!moves.purposeless) gain(ctx, 3);
    }
    const newTimeCheck = moves.checksTime && !state.timeChecked;
    if (newTimeCheck) {
      state.timeChecked = true;
      gain(ctx, busy ? 15 : 5);
      trust(ctx, 3);
    }
    if (moves.purposeless) {
      state.wasted++;
      const base = busy ? 18 : 12;
      lose(ctx, base * (1 + 0.25 * (state.wasted - 1)) * (firstPurpose || state.purposeKnown ? 0.5 : 1));
      trust(ctx, -6);
    }
    const newValue = value.brought.filter((id) => !state.valueBrought.includes(id) && scenario.facts.valueItems.some((item) => item.id === id));
    state.valueBrought.push(...newValue);
    // Asked for the assistant once the reason is clear ("could I book it with Kim?"), the customer puts the rep through.
    const handsOver =
      scenario.gatekeeper !== undefined && !monologue && state.purposeKnown && !moves.pressure && asksForPerson(info.text, scenario.gatekeeper.name);
    if (handsOver) {
      state.onLine = 'gatekeeper';
      gain(ctx, busy ? 6 : 3);
      return { parts: [{ kind: 'gatekeeper', key: 'handOver' }] };
    }
    let main = mainReaction(ctx, firstPurpose, newHistory, newTimeCheck, newValue, value.brought.length > 0);
    const prefix = newTimeCheck && !(main?.kind === 'dialogue' && main.key === 'timeChecked') ? [dialogue('timeChecked')] : [];
    // "Right, the test drive. I don't know yet, honestly.": the recognition leads into the answer to a real question.
    if (newHistory && main?.kind === 'dialogue' && ANSWERS.has(main.key)) prefix.push(dialogue('historyHeard'));
    // "Free oil changes? Nobody told me. Yes, Saturday suits me.": news told with the step is heard, not passed over.
    if (newValue.length > 0 && main?.kind === 'dialogue' && main.key === 'nextStepAccepted') prefix.push(dialogue('valueHeard'));
    const extras: LineRef[] = [];
    if (scenario.facts.startsWithNotNow && state.brushOff === 'none' && state.purposeKnown) {
      // A not-now customer brushes off the first real pitch, whatever it is.
      if (main?.kind === 'dialogue' && main.key === 'purposeHeard') main = dialogue('notNow');
      else extras.push(dialogue('notNow'));
    }
    extras.push(...volunteeredLines(scenario, rules, state, moves, main));
    const fault = passingFaultLeft(scenario, state, main);
    if (fault) {
      lose(ctx, 3);
      extras.push({ kind: 'issue', issueId: fault, field: 'ignoredReply' });
    }
    // Cut off mid-monologue, the customer interrupts instead of answering; what they did hear still counts.
    answer = composeReply(prefix, main, extras);
    parts = monologue ? [dialogue('ramble')] : answer;
    if (monologue) state.nextStepAgreed = agreedBefore;
    markSaid(scenario, state, parts);
    if (parts.some((part) => part.kind === 'dialogue' && part.key === 'notNow')) state.brushOff = 'given';
  }

  // Only a turn that moves the call forward, or puts a concrete timed step on the table, is worth the customer's time.
  if ((progressKey(state) === before && !ctx.stepAnswered) || moves.purposeless) lose(ctx, busy ? 3 : 2);
  state.patience = Math.max(0, Math.min(100, state.patience));
  if (state.patience <= 0) {
    state.nextStepAgreed = agreedBefore;
    return { parts: [dialogue('hangUp')], end: 'hung-up' };
  }
  // A customer who is wrapping up does not volunteer new facts, and says one thing before goodbye.
  const said = (answer.length > 0 ? answer : parts).filter((part) => part.kind !== 'fact');
  // The news they just heard keeps its reaction even on the way out.
  const heardNews = said.length > 1 && said[0]!.kind === 'dialogue' && said[0]!.key === 'valueHeard' ? [said[0]!] : [];
  const closing = [...heardNews, ...said.slice(-1)];
  if (goalReached(scenario, state)) {
    state.patience = Math.max(state.patience, PLEASED_PATIENCE);
    return { parts: [...closing, dialogue('goodbye')], end: 'goal-reached' };
  }
  if (state.repTurns >= MAX_REP_TURNS) return { parts: [...closing, dialogue('goodbye')], end: 'turn-limit' };
  return { parts: parts.length > 0 ? parts : [dialogue(moves.asksQuestion ? 'question' : 'fallback')] };
}
