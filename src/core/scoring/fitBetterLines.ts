import { describeRepTurn } from '../language/classifyRepTurn';
import { opensCall } from '../language/opensCall';
import { principleById } from '../principles/principles';
import type { Scenario } from '../scenario/scenarioSchema';
import type { CallAnalysis } from './analyzeCall';
import type { Mistake, Report } from './report';
import { valueBroughtByTurn } from './rules/bringValue';
import { isOpen, NEW_FAULT_ISSUE } from './trackIssues';

/** How many customer turns back "I love the car" still counts as the customer being pleased just now (as the referral rule reads it). */
const RECENT_CUSTOMER_TURNS = 3;

/** Problems still open when the rep spoke at `turn`: those the customer has raised, and those only on record too. */
function openProblemsAt(call: CallAnalysis, turn: number): { raised: string[]; any: string[] } {
  const open = call.issues.filter((episode) => (episode.raisedAt !== null || episode.onRecord) && isOpen(episode, turn));
  return { raised: open.filter((e) => e.raisedAt !== null && e.raisedAt < turn).map((e) => e.id), any: open.map((e) => e.id) };
}

function pleasedJustBefore(call: CallAnalysis, turn: number): boolean {
  return call.customerTurns
    .filter((customer) => customer.index < turn)
    .slice(-RECENT_CUSTOMER_TURNS)
    .some((customer) => customer.customer.satisfied);
}

// The better lines are the scenario's own, fixed text: read each once per scenario, not once per mistake of every call.
const linesRead = new WeakMap<Scenario, Map<string, ReturnType<typeof describeRepTurn>>>();

function readLine(line: string, scenario: Scenario): ReturnType<typeof describeRepTurn> {
  let byText = linesRead.get(scenario);
  if (!byText) linesRead.set(scenario, (byText = new Map()));
  let moves = byText.get(line);
  if (!moves) byText.set(line, (moves = describeRepTurn(line, scenario)));
  return moves;
}

/** The scenario's line for a principle, or the principle's own example. */
function lineFor(scenario: Scenario, id: Mistake['principle']): string {
  return scenario.betterLines?.[id] ?? principleById(id).example.better;
}

/** After the rep's first line the call is under way: a greeting or an introduction would sound like a second dial. */
function underWay(call: CallAnalysis, turn: number): boolean {
  const first = call.repTurns[0];
  return first !== undefined && turn > first.index;
}

/**
 * A principle's line for a moment after the rep's first line: the scenario's mid-call line; else its line or the principle's
 * example, whichever does not greet or introduce the rep; else none (an empty line is not shown).
 */
function midCallLine(scenario: Scenario, id: Mistake['principle'], line: string): string {
  const authored = scenario.midCallBetterLines?.[id];
  if (authored && line === lineFor(scenario, id)) return authored;
  if (!opensCall(line)) return line;
  const example = principleById(id).example.better;
  return opensCall(example) ? '' : example;
}

/** The line for a principle at a turn: the scenario's, or its mid-call line once the call is under way. */
function lineAt(call: CallAnalysis, id: Mistake['principle'], turn: number): string {
  const line = lineFor(call.scenario, id);
  return underWay(call, turn) ? midCallLine(call.scenario, id, line) : line;
}

/**
 * The "try instead" line that fits the moment of a mistake, from what is open at that turn in the call facts. After the rep's
 * first line it never greets or introduces the rep again (the scenario's mid-call line, or none). A line that
 * moves on (a referral ask, a booking, news of our own) while the customer's problem is open is swapped for the line that owns
 * the problem; a referral ask before the customer said anything warm is swapped for something worth their time first.
 */
export function fitBetterLine(call: CallAnalysis, mistake: Mistake): string {
  const scenario = call.scenario;
  const line = underWay(call, mistake.turn) ? midCallLine(scenario, mistake.principle, mistake.betterLine) : mistake.betterLine;
  const open = openProblemsAt(call, mistake.turn);
  const ownIt = () =>
    // A fault the customer told in passing is not the scenario's own issue: the principle's example fits it better.
    open.any.some((id) => id !== NEW_FAULT_ISSUE) ? lineAt(call, 'own-the-issue', mistake.turn) : principleById('own-the-issue').example.better;
  // With no line that fits mid-call, the customer's open problem still has one.
  if (!line) return mistake.betterLine && open.raised.length > 0 && mistake.principle !== 'own-the-issue' ? ownIt() : line;
  const moves = readLine(line, scenario);
  // A referral ask is only ever right just after the customer is pleased, with nothing of theirs still open.
  const asksFavour = moves.asksReferral || mistake.principle === 'referral-timing';
  if (mistake.principle !== 'own-the-issue') {
    const speaksToIt = open.any.some((id) => moves.issueIds.includes(id)) && !moves.asksReferral;
    const movesOn = open.raised.length > 0 || (asksFavour && open.any.length > 0);
    if (movesOn && !speaksToIt) return ownIt();
  }
  if (asksFavour && !pleasedJustBefore(call, mistake.turn)) {
    const broughtBefore = [...valueBroughtByTurn(call)].some(([turn]) => turn < mistake.turn);
    return lineAt(call, broughtBefore ? 'next-step' : 'bring-value', mistake.turn);
  }
  return line;
}

/** The report with every mistake's "try instead" line fitted to its moment. */
export function fitBetterLines(call: CallAnalysis, report: Report): Report {
  return { ...report, mistakes: report.mistakes.map((mistake) => ({ ...mistake, betterLine: fitBetterLine(call, mistake) })) };
}
