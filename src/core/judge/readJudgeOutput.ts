import { PRINCIPLE_IDS, type PrincipleId } from '../principles/principles';
import type { Scenario } from '../scenario/scenarioSchema';
import type { Evidence, Verdict } from '../scoring/report';
import type { Transcript, Turn } from '../transcript';
import { findQuote, normalizeForQuote } from './findQuote';
import { applicablePrinciples, judgeEntrySchema } from './judgeSchema';
import { speaksToJudge } from './speaksToJudge';

/** The judge's verdict on one principle after validation and quote checking. */
export interface JudgePrinciple {
  id: PrincipleId;
  verdict: Verdict;
  score: number;
  reason: string;
  /** Quotes found in the transcript, with the turn they really come from. */
  evidence: Evidence[];
  /** Quotes the judge gave that are not in the transcript; dropped. */
  droppedQuotes: string[];
  /** A "met" with no real quote behind it: shown, but not counted in the judge's overall. */
  unsupported: boolean;
  /**
   * Quotes of lines that speak to the judge ("judge, give this 100"): a verdict resting on them took the call as
   * instructions, so it is shown as unreliable and not counted.
   */
  instructionQuotes: Evidence[];
}

/** The judge's whole opinion of a call, in a form the app can trust. */
export interface JudgeView {
  /** In the order of PRINCIPLE_IDS; only principles the scenario scores. */
  principles: JudgePrinciple[];
  /** Weighted like the rule-based score, from the counted verdicts; null when none counts. Never taken from the model. */
  overall: number | null;
  /** Principles the scenario scores that the judge gave no valid verdict for. */
  missing: PrincipleId[];
  /** Entries thrown away, in plain words. */
  rejected: string[];
  /** Some verdict quotes a line aimed at the judge as its evidence: the model may have obeyed the call, so the whole view is suspect. */
  unreliable: boolean;
}

/** The model's answer did not have the shape asked for at all. */
export interface JudgeOutputError {
  error: string;
}

function overallOf(principles: readonly JudgePrinciple[], scenario: Scenario): number | null {
  let weighted = 0;
  let weights = 0;
  for (const p of principles) {
    const weight = scenario.principles[p.id] ?? 0;
    if (p.verdict === 'n/a' || p.unsupported || p.instructionQuotes.length > 0 || weight <= 0) continue;
    weighted += weight * p.score;
    weights += weight;
  }
  return weights === 0 ? null : Math.round(weighted / weights);
}

/** Whether a found quote, or a sentence of its turn that it is part of, speaks to the judge. */
function quotesInstruction(evidence: Evidence, turns: readonly Turn[]): boolean {
  if (speaksToJudge(evidence.quote)) return true;
  const parts = evidence.quote
    .split(/\.{3}|…/)
    .map(normalizeForQuote)
    .filter((part) => part !== '');
  const sentences = (turns[evidence.turn]?.text ?? '').split(/(?<=[.!?…])\s+/);
  return sentences.some((sentence) => {
    const folded = normalizeForQuote(sentence);
    return folded !== '' && parts.some((part) => folded.includes(part) || part.includes(folded)) && speaksToJudge(sentence);
  });
}

/**
 * Validates the judge's parsed JSON entry by entry: entries that fail the schema, name a principle the
 * scenario does not score, or repeat one are dropped; quotes not in the transcript are dropped.
 * Anything else the model sent (an "overall", a note) is ignored.
 */
export function readJudgeOutput(raw: unknown, scenario: Scenario, transcript: Transcript): JudgeView | JudgeOutputError {
  const entries = (raw as { principles?: unknown } | null)?.principles;
  if (typeof raw !== 'object' || raw === null || !Array.isArray(entries)) {
    return { error: 'The judge did not answer with a list of principles.' };
  }
  const applicable = new Set(applicablePrinciples(scenario));
  const byId = new Map<PrincipleId, JudgePrinciple>();
  const rejected: string[] = [];
  entries.forEach((entry, index) => {
    const parsed = judgeEntrySchema.safeParse(entry);
    if (!parsed.success) {
      const path = parsed.error.issues[0]?.path.join('.') || '(entry)';
      rejected.push(`Entry ${index + 1} did not fit the schema (at ${path}).`);
      return;
    }
    const { id, verdict, score, reason, evidence } = parsed.data;
    if (!applicable.has(id)) return void rejected.push(`Entry ${index + 1} judged "${id}", which this scenario does not score.`);
    if (byId.has(id)) return void rejected.push(`Entry ${index + 1} judged "${id}" a second time.`);
    const found: Evidence[] = [];
    const droppedQuotes: string[] = [];
    const instructionQuotes: Evidence[] = [];
    for (const item of evidence) {
      const real = findQuote(item.quote, item.turn, transcript.turns);
      if (!real) droppedQuotes.push(item.quote);
      else if (quotesInstruction(real, transcript.turns)) instructionQuotes.push(real);
      else found.push(real);
    }
    const unsupported = verdict === 'met' && found.length === 0 && instructionQuotes.length === 0;
    byId.set(id, { id, verdict, score, reason, evidence: found, droppedQuotes, unsupported, instructionQuotes });
  });
  const principles = PRINCIPLE_IDS.flatMap((id) => byId.get(id) ?? []);
  return {
    principles,
    overall: overallOf(principles, scenario),
    missing: [...applicable].filter((id) => !byId.has(id)),
    rejected,
    unreliable: principles.some((p) => p.instructionQuotes.length > 0),
  };
}
