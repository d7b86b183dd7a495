import type { PrincipleId } from '../principles/principles';

/** Whether a principle was met in a call, missed, or did not apply. */
export type Verdict = 'met' | 'missed' | 'n/a';

/** A quote from a turn that supports a verdict; `turn` is the 0-based index into `turns`. */
export interface Evidence {
  turn: number;
  quote: string;
}

/** The result for one principle. */
export interface PrincipleResult {
  id: PrincipleId;
  verdict: Verdict;
  /** 0 to 100; for n/a it is 0 and does not count. */
  score: number;
  evidence: Evidence[];
}

/** A mistake pinned to the turn where it happened. */
export interface Mistake {
  turn: number;
  principle: PrincipleId;
  /** Why it hurt, in the project's words, naming the source article. */
  commentary: string;
  /** What to say instead. */
  betterLine: string;
}

/** The score of one call: the interchange format documented in the README. */
export interface Report {
  scenarioId: string;
  /** 0 to 100, the weighted mean of the principles that applied. */
  overall: number;
  principles: PrincipleResult[];
  mistakes: Mistake[];
}
