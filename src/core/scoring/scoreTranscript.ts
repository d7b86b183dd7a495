import { PRINCIPLES, type PrincipleId } from '../principles/principles';
import type { Scenario } from '../scenario/scenarioSchema';
import type { Transcript } from '../transcript';
import { analyzeCall } from './analyzeCall';
import { assembleReport } from './assembleReport';
import { PRINCIPLE_RULES } from './principleRules';
import type { Report } from './report';
import type { RuleOutcome } from './rule';

/** Scores a call against the scenario's principles; pure, deterministic and linear in the number of turns. */
export function scoreTranscript(scenario: Scenario, transcript: Transcript): Report {
  const call = analyzeCall(scenario, transcript);
  const outcomes = new Map<PrincipleId, RuleOutcome>();
  for (const principle of PRINCIPLES) {
    // Principles the scenario does not list stay n/a.
    if (scenario.principles?.[principle.id] === undefined) continue;
    const outcome = PRINCIPLE_RULES[principle.id].evaluate(call);
    // With nothing said by the rep, nothing can have been met; and a "met" worth 0 is a contradiction.
    const empty = call.repTurns.length === 0 || (outcome.verdict === 'met' && outcome.score <= 0);
    outcomes.set(principle.id, empty && outcome.verdict !== 'n/a' ? { ...outcome, verdict: 'missed', score: 0, evidence: [] } : outcome);
  }
  return assembleReport(scenario, outcomes);
}
