import { PRINCIPLES, type PrincipleId } from '../principles/principles';
import type { Scenario } from '../scenario/scenarioSchema';
import type { Transcript } from '../transcript';
import { analyzeCall, type CallAnalysis } from './analyzeCall';
import { failedCall, HUNG_UP_CAP } from './failedCall';
import { fitBetterLines } from './fitBetterLines';
import { assembleReport } from './assembleReport';
import { PRINCIPLE_RULES } from './principleRules';
import type { Report } from './report';
import type { PrincipleRule, RuleOutcome } from './rule';

/** Scores a call against the scenario's principles; pure, deterministic and linear in the number of turns. */
export function scoreTranscript(scenario: Scenario, transcript: Transcript, rules: Readonly<Record<PrincipleId, PrincipleRule>> = PRINCIPLE_RULES): Report {
  return scoreAnalysis(scenario, analyzeCall(scenario, transcript), rules);
}

/** Scores a call already read: measuring many rule sets over one corpus reads each call once. */
export function scoreAnalysis(scenario: Scenario, call: CallAnalysis, rules: Readonly<Record<PrincipleId, PrincipleRule>> = PRINCIPLE_RULES): Report {
  const outcomes = new Map<PrincipleId, RuleOutcome>();
  for (const principle of PRINCIPLES) {
    // Principles the scenario does not list stay n/a.
    if (scenario.principles?.[principle.id] === undefined) continue;
    const outcome = rules[principle.id].evaluate(call);
    // With nothing said by the rep, nothing can have been met; and a "met" worth 0 is a contradiction.
    const empty = call.repTurns.length === 0 || (outcome.verdict === 'met' && outcome.score <= 0);
    outcomes.set(principle.id, empty && outcome.verdict !== 'n/a' ? { ...outcome, verdict: 'missed', score: 0, evidence: [] } : outcome);
  }
  // Each "try instead" line is fitted to what was open when the mistake was made.
  const report = fitBetterLines(call, assembleReport(scenario, outcomes));
  // A call the customer hung up on, or pressed on past a no, failed, however good its lines were.
  return failedCall(call) ? { ...report, overall: Math.min(report.overall, HUNG_UP_CAP) } : report;
}
