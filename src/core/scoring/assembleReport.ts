import { PRINCIPLES, principleById, type PrincipleId } from '../principles/principles';
import { citeSource } from '../principles/sources';
import type { Scenario } from '../scenario/scenarioSchema';
import type { Mistake, PrincipleResult, Report } from './report';
import type { RuleOutcome } from './rule';

const ORDER = new Map(PRINCIPLES.map((p, i) => [p.id, i]));

/**
 * How much of a missed principle's partial score counts toward the overall. The partial score ranks degrees of failure
 * within the principle; for the call as a whole a miss is a miss, so a call with several misses stays low.
 */
export const MISSED_SHARE = 0.25;

/** Weighted mean of the applicable principles' scores (a missed one at MISSED_SHARE), 0 to 100; 0 when none applied. */
export function overallScore(results: readonly PrincipleResult[], weights: Partial<Record<PrincipleId, number>>): number {
  let total = 0;
  let weightSum = 0;
  for (const result of results) {
    if (result.verdict === 'n/a') continue;
    const weight = weights[result.id] ?? principleById(result.id).weight;
    total += weight * result.score * (result.verdict === 'missed' ? MISSED_SHARE : 1);
    weightSum += weight;
  }
  return weightSum === 0 ? 0 : Math.round(total / weightSum);
}

/** Turns rule outcomes into the report: results in teaching order, overall score, and mistakes ordered by turn. */
export function assembleReport(scenario: Scenario, outcomes: ReadonlyMap<PrincipleId, RuleOutcome>): Report {
  const principles: PrincipleResult[] = PRINCIPLES.map((principle) => {
    const outcome = outcomes.get(principle.id);
    if (!outcome) return { id: principle.id, verdict: 'n/a', score: 0, evidence: [] };
    const score = outcome.verdict === 'n/a' ? 0 : Math.max(0, Math.min(100, Math.round(outcome.score)));
    return { id: principle.id, verdict: outcome.verdict, score, evidence: outcome.verdict === 'n/a' ? [] : outcome.evidence };
  });
  const mistakes: Mistake[] = [];
  for (const [id, outcome] of outcomes) {
    if (outcome.verdict !== 'missed') continue;
    const principle = principleById(id);
    const betterLine = scenario.betterLines?.[id] ?? principle.example.better;
    for (const note of outcome.mistakes) {
      const source = note.source ?? principle.sources[0]!;
      const line = note.genericBetterLine ? principle.example.better : betterLine;
      mistakes.push({ turn: note.turn, principle: id, commentary: `${note.note} (See ${citeSource(source)}.)`, betterLine: line });
    }
  }
  mistakes.sort((a, b) => a.turn - b.turn || ORDER.get(a.principle)! - ORDER.get(b.principle)!);
  return { scenarioId: scenario.id, overall: overallScore(principles, scenario.principles ?? {}), principles, mistakes };
}
