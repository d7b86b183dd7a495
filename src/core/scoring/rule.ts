import type { PrincipleId } from '../principles/principles';
import type { SourceRef } from '../principles/sources';
import { describeRepTurn, type RepTurnDetail } from '../language/classifyRepTurn';
import type { AnalyzedTurn, CallAnalysis } from './analyzeCall';
import type { Evidence, Verdict } from './report';

/** A mistake a rule found, before the assembler adds the citation and the better line. */
export interface MistakeNote {
  turn: number;
  /** Why it hurt, in the project's words; the assembler appends the source. */
  note: string;
  /** The source to cite when it is not the principle's first one. */
  source?: SourceRef;
  /** The scenario's better line is about something else (a fault the customer volunteered): show the principle's own example. */
  genericBetterLine?: boolean;
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
  const text = turn.text
    .replace(/<[^<>]{0,300}>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= QUOTE_CHARS) return { turn: turn.index, quote: text };
  const cut = Array.from(text.slice(0, QUOTE_CHARS + 1))
    .slice(0, QUOTE_CHARS)
    .join('');
  const space = cut.lastIndexOf(' ');
  return { turn: turn.index, quote: `${(space > 60 ? cut.slice(0, space) : cut).trimEnd()}…` };
}

/** Sentence classifications per call, so quoting the same line twice costs nothing. */
const sentenceMoves = new WeakMap<CallAnalysis, Map<string, RepTurnDetail>>();

/** Sentences of a turn, split after . ! ? or ; */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Evidence quoting the sentence that triggered the verdict: the first sentence of a rep turn whose own moves pass a test
 * (the callback time, the commitment, the referral ask), trying the tests in order, else the turn's opening.
 */
export function evidenceWhere(call: CallAnalysis, turn: AnalyzedTurn, ...tests: ((moves: RepTurnDetail, sentence: string) => boolean)[]): Evidence {
  if (!turn.rep) return evidenceOf(turn);
  const sentences = sentencesOf(turn.text);
  if (sentences.length < 2) return evidenceOf(turn);
  let seen = sentenceMoves.get(call);
  if (!seen) sentenceMoves.set(call, (seen = new Map()));
  const cache = seen;
  const movesOf = (sentence: string) => {
    let moves = cache.get(sentence);
    if (!moves) cache.set(sentence, (moves = describeRepTurn(sentence, call.scenario)));
    return moves;
  };
  // Tests in order of preference: the first that some sentence passes picks the quote.
  let hit: string | undefined;
  for (const test of tests) if ((hit = sentences.find((sentence) => test(movesOf(sentence), sentence)))) break;
  return evidenceOf(hit ? { index: turn.index, text: hit } : turn);
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
