import type { RepMoves } from '../language/moves';
import type { Scenario } from '../scenario/scenarioSchema';
import type { DifficultyRules } from './difficultyRules';
import type { PersonaState } from './personaState';
import type { LineRef } from './replyPlan';

/** An issue the customer brings up now: at the first opening, or when the rep asks them something once the purpose is clear. */
function issueToRaise(scenario: Scenario, state: PersonaState, moves: RepMoves, main: LineRef | undefined): string | undefined {
  if (main?.kind === 'issue') return undefined;
  if (main?.kind === 'dialogue' && (main.key === 'firmNo' || main.key === 'notNow')) return undefined;
  for (const issue of scenario.persona.openIssues) {
    if (state.issues[issue.id] !== 'unraised') continue;
    const opening = issue.raiseWhen === 'opening' && (state.purposeKnown || state.repTurns >= 2);
    const asked = issue.raiseWhen === 'asked' && state.purposeKnown && moves.asksQuestion;
    if (opening || asked) return issue.id;
  }
  return undefined;
}

/** A hidden fact that comes out now: asked about (on easy, any question will do) or volunteered once trust is high. */
function factToReveal(scenario: Scenario, rules: DifficultyRules, state: PersonaState, moves: RepMoves): string | undefined {
  const hidden = scenario.persona.hiddenFacts.filter((fact) => !state.factsRevealed.includes(fact.id));
  const trusted = state.trust >= rules.askedMinTrust;
  const asked = hidden.find((fact) => fact.revealWhen !== 'issue-owned' && moves.factIds.includes(fact.id));
  if (asked && trusted) return asked.id;
  // A question about the rep's own agenda (a referral, a booking) does not count.
  if (rules.revealOnAnyQuestion && moves.asksQuestion && state.purposeKnown && !moves.asksReferral && !moves.proposesNextStep) {
    const any = hidden.find((fact) => fact.revealWhen === 'asked');
    if (any) return any.id;
  }
  const owned = Object.values(state.issues).includes('owned');
  const volunteered = hidden.find((fact) => (fact.revealWhen === 'trust' && state.trust >= rules.revealTrust) || (fact.revealWhen === 'issue-owned' && owned));
  return volunteered?.id;
}

/** What the customer adds after the main reply: an issue they raise, then a fact that comes out. One of each at most. */
export function volunteeredLines(scenario: Scenario, rules: DifficultyRules, state: PersonaState, moves: RepMoves, main: LineRef | undefined): LineRef[] {
  const lines: LineRef[] = [];
  const issueId = issueToRaise(scenario, state, moves, main);
  if (issueId) {
    state.issues[issueId] = 'raised';
    lines.push({ kind: 'issue', issueId, field: 'raise' });
  }
  const factId = factToReveal(scenario, rules, state, moves);
  if (factId) {
    state.factsRevealed.push(factId);
    lines.push({ kind: 'fact', factId });
  }
  return lines;
}
