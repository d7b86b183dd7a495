import type { Difficulty } from '../scenario/scenarioSchema';

/** How a difficulty level changes the scripted customer's behaviour, not just its label. */
export interface DifficultyRules {
  /** Multiplies the persona's starting patience. */
  patienceFactor: number;
  /** Multiplies what each mistake (and each turn) costs in patience. */
  costFactor: number;
  /** Trust at which facts marked `revealWhen: trust` come out unprompted. */
  revealTrust: number;
  /** Trust the customer needs before answering a question about a hidden fact. */
  askedMinTrust: number;
  /** Any genuine question (once the purpose is clear) brings out the next hidden fact, not only a question about it. */
  revealOnAnyQuestion: boolean;
  /** Trust needed before the customer agrees to a concrete next step. */
  acceptMinTrust: number;
}

/** The three levels; medium is the scenario as written. */
export const DIFFICULTY_RULES: Readonly<Record<Difficulty, DifficultyRules>> = {
  easy: { patienceFactor: 1.4, costFactor: 0.6, revealTrust: 65, askedMinTrust: 0, revealOnAnyQuestion: true, acceptMinTrust: 0 },
  medium: { patienceFactor: 1, costFactor: 1, revealTrust: 75, askedMinTrust: 30, revealOnAnyQuestion: false, acceptMinTrust: 25 },
  hard: { patienceFactor: 0.75, costFactor: 1.5, revealTrust: 85, askedMinTrust: 45, revealOnAnyQuestion: false, acceptMinTrust: 40 },
};

/** The rules for a difficulty, falling back to medium for anything unexpected. */
export function rulesFor(difficulty: Difficulty): DifficultyRules {
  return DIFFICULTY_RULES[difficulty] ?? DIFFICULTY_RULES.medium;
}
