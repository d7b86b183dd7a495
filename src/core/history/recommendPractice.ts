import { PRINCIPLES, type PrincipleId } from '../principles/principles';
import type { Difficulty } from '../scenario/scenarioSchema';

/** What the recommendation reads of a saved call: its scenario and each principle's score where it applied. */
export interface PracticeHistoryItem {
  /** The call's id, so its retries can find it. */
  id?: string;
  scenarioId: string;
  scores: Partial<Record<PrincipleId, number>>;
  /** For a retry, the id of the call it was replayed from. */
  retryOf?: string;
}

/** What it reads of a scenario: which principles it scores, and how heavily. */
export interface PracticeScenario {
  id: string;
  title: string;
  principles: Partial<Record<PrincipleId, number>>;
}

/** The scenario and difficulty to play next, the principle they work, and why, in one line. */
export interface PracticeRecommendation {
  principleId: PrincipleId;
  principleTitle: string;
  /** The principle's mean score over the recent calls where it applied, rounded. */
  average: number;
  /** How many recent calls that mean is over. */
  calls: number;
  scenarioId: string;
  scenarioTitle: string;
  difficulty: Difficulty;
  reason: string;
}

/** A principle's form is its mean over the last few calls where it applied: recent play, not the first week. */
export const RECENT_CALLS = 5;

/** Below 50 the principle is practised on easy, below 75 on medium, and above that on hard. */
function difficultyFor(average: number): Difficulty {
  return average < 50 ? 'easy' : average < 75 ? 'medium' : 'hard';
}

const WHY_DIFFICULTY: Record<Difficulty, string> = {
  easy: 'on easy, so you can focus on it',
  medium: 'on medium, to lift it past 75',
  hard: 'on hard, since even your weakest principle is above 75',
};

/**
 * One entry per call, oldest first: a call and its retries are one call, counted once with its latest attempt's scores
 * in the place of the first. A retry whose first call is not in the list stands in that place itself.
 */
function latestAttempts(history: readonly PracticeHistoryItem[]): PracticeHistoryItem[] {
  const indexOf = new Map<string, number>();
  history.forEach((item, i) => {
    if (item.id !== undefined && !indexOf.has(item.id)) indexOf.set(item.id, i);
  });
  // A retry of a retry leads back to the first call; only earlier calls count as parents, so damaged links cannot loop.
  const first: number[] = [];
  const latest = new Map<number, PracticeHistoryItem>();
  history.forEach((item, i) => {
    const parent = item.retryOf === undefined ? undefined : indexOf.get(item.retryOf);
    first[i] = parent !== undefined && parent < i ? first[parent]! : i;
    latest.set(first[i]!, item);
  });
  return [...latest.keys()].sort((a, b) => a - b).map((i) => ({ ...history[i]!, scores: latest.get(i)!.scores }));
}

/** Each principle's recent scores, newest last. */
function recentScores(items: readonly PracticeHistoryItem[]): Map<PrincipleId, number[]> {
  // A retry is another take on the same call: the trainee expects their latest take to count, once, not one more weak call.
  const history = latestAttempts(items);
  const recent = new Map<PrincipleId, number[]>();
  for (let i = history.length - 1; i >= 0; i--) {
    const scores = history[i]!.scores;
    for (const { id } of PRINCIPLES) {
      const score = scores[id];
      if (score === undefined || !Number.isFinite(score)) continue;
      const list = recent.get(id) ?? [];
      if (list.length < RECENT_CALLS) list.unshift(score);
      recent.set(id, list);
    }
  }
  return recent;
}

/** The scenario that weighs a principle most heavily against its other principles; the principle's own practice scenario breaks ties. */
function scenarioFor(id: PrincipleId, scenarios: readonly PracticeScenario[]): PracticeScenario | undefined {
  const own = PRINCIPLES.find((p) => p.id === id)?.practiceScenario;
  let best: { scenario: PracticeScenario; share: number } | undefined;
  for (const scenario of scenarios) {
    const weight = scenario.principles[id] ?? 0;
    const total = Object.values(scenario.principles).reduce<number>((sum, w) => sum + (w ?? 0), 0);
    if (weight <= 0 || total <= 0) continue;
    // A hair's preference for the practice scenario, so a tie goes to it and nothing else changes.
    const share = weight / total + (scenario.id === own ? 1e-9 : 0);
    if (!best || share > best.share) best = { scenario, share };
  }
  return best?.scenario;
}

/**
 * What to practise next: the principle with the lowest recent mean in the trainee's saved calls (oldest first; a call
 * and its retries count once, as the latest attempt), the
 * scenario that works it hardest, and a difficulty that fits how weak it is. Undefined with no scored history. Pure.
 */
export function recommendPractice(history: readonly PracticeHistoryItem[], scenarios: readonly PracticeScenario[]): PracticeRecommendation | undefined {
  const recent = recentScores(history);
  let weakest: { id: PrincipleId; average: number; calls: number; scenario: PracticeScenario } | undefined;
  // PRINCIPLES order breaks ties, so the same history always gives the same answer.
  for (const { id } of PRINCIPLES) {
    const scores = recent.get(id);
    if (!scores || scores.length === 0) continue;
    const average = scores.reduce((sum, s) => sum + s, 0) / scores.length;
    const scenario = scenarioFor(id, scenarios);
    if (!scenario) continue;
    if (!weakest || average < weakest.average) weakest = { id, average, calls: scores.length, scenario };
  }
  if (!weakest) return undefined;
  const principle = PRINCIPLES.find((p) => p.id === weakest.id)!;
  const average = Math.round(weakest.average);
  const difficulty = difficultyFor(weakest.average);
  const over = weakest.calls === 1 ? 'in your last call' : `on average over your last ${weakest.calls} calls`;
  return {
    principleId: weakest.id,
    principleTitle: principle.title,
    average,
    calls: weakest.calls,
    scenarioId: weakest.scenario.id,
    scenarioTitle: weakest.scenario.title,
    difficulty,
    reason: `“${principle.title}” is your weakest principle (${average} ${over}); “${weakest.scenario.title}” works it hardest, ${WHY_DIFFICULTY[difficulty]}.`,
  };
}
