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
    outcomes.set(principle.id, PRINCIPLE_RULES[principle.id].evaluate(call));
  }
  return assembleReport(scenario, outcomes);
}
