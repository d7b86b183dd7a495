import type { PrincipleId } from '../principles/principles';
import type { SourceRef } from '../principles/sources';
import type { CallAnalysis } from './analyzeCall';
import type { Evidence, Verdict } from './report';

/** A mistake a rule found, before the assembler adds the citation and the better line. */
export interface MistakeNote {
  turn: number;
  /** Why it hurt, in the project's words; the assembler appends the source. */
  note: string;
  /** The source to cite when it is not the principle's first one. */
  source?: SourceRef;
}

/** What one rule concluded about a call. */
export interface RuleOutcome {
  verdict: Verdict;
  score: number;
  evidence: Evidence[];
  mistakes: MistakeNote[];
}

/** One principle's scoring rule. */
export interface PrincipleRule {
  id: PrincipleId;
  evaluate(call: CallAnalysis): RuleOutcome;
}

const QUOTE_CHARS = 120;

/** Evidence for a turn: its index and a short quote cut on a word boundary. */
export function evidenceOf(turn: { index: number; text: string }): Evidence {
  const text = turn.text.replace(/<[^<>]{0,300}>/g, ' ').replace(/\s+/g, ' ').trim();
  if (text.length <= QUOTE_CHARS) return { turn: turn.index, quote: text };
  const cut = Array.from(text.slice(0, QUOTE_CHARS + 1)).slice(0, QUOTE_CHARS).join('');
  const space = cut.lastIndexOf(' ');
  return { turn: turn.index, quote: `${(space > 60 ? cut.slice(0, space) : cut).trimEnd()}…` };
}

/** The principle did not apply to this call. */
export function notApplicable(): RuleOutcome {
  return { verdict: 'n/a', score: 0, evidence: [], mistakes: [] };
}

/** The principle was met. */
export function met(score: number, evidence: Evidence[]): RuleOutcome {
  return { verdict: 'met', score, evidence, mistakes: [] };
}

/** The principle was missed. */
export function missed(score: number, evidence: Evidence[], mistakes: MistakeNote[]): RuleOutcome {
  return { verdict: 'missed', score, evidence, mistakes };
}
