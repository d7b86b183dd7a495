import type { Scenario } from '../scenario/scenarioSchema';
import type { HeardMoves } from './classifyCached';
import type { DifficultyRules } from './difficultyRules';
import { openIssueId, type PersonaState } from './personaState';
import type { LineRef } from './replyPlan';
import { faultFactIds } from '../facts/faultFacts';

/** Replies after which the customer has nothing to add: they are answering the rep's own move. */
// A vague next-step answer is not here: a customer may meet a vague proposal with a counter-offer ("Saturdays are my day off").
const ANSWERS_A_MOVE = new Set(['firmNo', 'notNow', 'nextStepAccepted', 'referralEarly', 'ramble', 'hangUp', 'goodbye']);

function answersAMove(main: LineRef | undefined): boolean {
  return main?.kind === 'issue' || main?.kind === 'referral' || (main?.kind === 'dialogue' && ANSWERS_A_MOVE.has(main.key));
}

/** An issue the customer brings up now: at the first opening, or when the rep asks them something once the purpose is clear. */
function issueToRaise(scenario: Scenario, state: PersonaState, moves: HeardMoves): string | undefined {
  for (const issue of scenario.persona.openIssues) {
    if (state.issues[issue.id] !== 'unraised') continue;
    // A sale pitched at her makes the call's point plain too: her own problem comes first.
    const opening = issue.raiseWhen === 'opening' && (state.purposeKnown || state.repTurns >= 2 || moves.upsell || moves.pressure);
    // "How did your last order go?" asks about the account itself: her problem is the answer, purpose stated or not.
    const asked = issue.raiseWhen === 'asked' && (state.purposeKnown || moves.refersToHistory) && moves.asksQuestion;
    if (opening || asked) return issue.id;
  }
  return undefined;
}

/**
 * A hidden fact the rep asked about (on easy, any question will do). A proposal that names a volunteered fact's words
 * ("Saturday at 10?") is not a question about it.
 */
function askedFact(scenario: Scenario, rules: DifficultyRules, state: PersonaState, moves: HeardMoves): string | undefined {
  const hidden = scenario.persona.hiddenFacts.filter((fact) => !state.factsRevealed.includes(fact.id));
  const askable = (fact: (typeof hidden)[number]) => fact.revealWhen === 'asked' || (fact.revealWhen === 'trust' && !moves.proposesNextStep);
  const asked = hidden.find((fact) => askable(fact) && moves.factIds.includes(fact.id));
  if (asked && state.trust >= rules.askedMinTrust) return asked.id;
  // A question about the rep's own agenda (a referral, a booking) does not count.
  if (rules.revealOnAnyQuestion && moves.asksQuestion && state.purposeKnown && !moves.asksReferral && !moves.proposesNextStep)
    return hidden.find((fact) => fact.revealWhen === 'asked')?.id;
  return undefined;
}

/**
 * A fact the customer volunteers once trust is high or the issue is owned, at a natural point: nothing open and no concrete
 * proposal to answer. Never one the rep has just named ("Saturday at 10?" does not get "Saturdays are my day off").
 */
function volunteeredFact(scenario: Scenario, rules: DifficultyRules, state: PersonaState, moves: HeardMoves): string | undefined {
  if ((moves.proposesNextStep && (moves.nextStepTopic || moves.commitsAction)) || openIssueId(state)) return undefined;
  const owned = Object.values(state.issues).includes('owned');
  const fact = scenario.persona.hiddenFacts.find(
    (item) =>
      !state.factsRevealed.includes(item.id) &&
      !moves.factIds.includes(item.id) &&
      ((item.revealWhen === 'trust' && state.trust >= rules.revealTrust) || (item.revealWhen === 'issue-owned' && owned)),
  );
  return fact?.id;
}

/**
 * What the customer could add after the main reply, most important first: the problem they were waiting to raise, the answer to a
 * question about a hidden fact, an issue they raise when asked, a fact they volunteer. Nothing is marked as said here: the reply keeps at most one substantive line, and only what is
 * kept changes the state (see `markSaid`).
 */
export function volunteeredLines(scenario: Scenario, rules: DifficultyRules, state: PersonaState, moves: HeardMoves, main: LineRef | undefined): LineRef[] {
  const asked = askedFact(scenario, rules, state, moves);
  // "I'll send the revised quote by 3. What matters most to you?": the thanks for the fix leads into the answer.
  if (main?.kind === 'issue' && main.field === 'ownedReply') return asked ? [{ kind: 'fact', factId: asked }] : [];
  if (answersAMove(main)) return [];
  const lines: LineRef[] = [];
  const issueId = issueToRaise(scenario, state, moves);
  const burning = issueId && scenario.persona.openIssues.find((issue) => issue.id === issueId)?.raiseWhen === 'opening';
  // The problem the customer has been waiting to raise comes before anything they are asked; one they raise only when asked comes after.
  if (issueId && burning) lines.push({ kind: 'issue', issueId, field: 'raise' });
  if (asked) lines.push({ kind: 'fact', factId: asked });
  if (issueId && !burning) lines.push({ kind: 'issue', issueId, field: 'raise' });
  const volunteered = volunteeredFact(scenario, rules, state, moves);
  if (volunteered && volunteered !== asked) lines.push({ kind: 'fact', factId: volunteered });
  return lines;
}

/** Records the volunteered lines the customer actually says: a raised issue is now open, a fact is out, and a fault told is open too. */
export function markSaid(scenario: Scenario, state: PersonaState, parts: readonly LineRef[]): void {
  for (const part of parts) {
    if (part.kind === 'issue' && part.field === 'raise') state.issues[part.issueId] = 'raised';
    if (part.kind !== 'fact' || state.factsRevealed.includes(part.factId)) continue;
    state.factsRevealed.push(part.factId);
    if (state.tellsFaults && faultFactIds(scenario).has(part.factId)) state.issues[part.factId] ??= 'raised';
  }
}
