import { PRINCIPLES, principleById, type PrincipleId } from '../principles/principles';
import type { Difficulty, Scenario } from '../scenario/scenarioSchema';
import { lessonFor, type Lesson } from './lessons';

/** Default overall score a track call needs to unlock the next step. */
export const DEFAULT_PASS_MARK = 70;

/** What the track needs to know about a scenario. */
export type TrackScenario = Pick<Scenario, 'id' | 'title' | 'difficulty' | 'principles' | 'guided'>;

/** One step of the track: a lesson, then the scenario that practises it. */
export interface TrackStep {
  /** The principle id: one step per principle. */
  id: PrincipleId;
  lesson: Lesson;
  /** Absent when no scenario scores this principle: the step is passed by reading the lesson. */
  scenarioId?: string;
  scenarioTitle?: string;
  difficulty: Difficulty;
  /** Guided lines on the early steps, free text after. */
  mode: 'guided' | 'free';
}

/** The whole new-hire track. */
export interface OnboardingTrack {
  steps: TrackStep[];
  passMark: number;
}

const RANK: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 };

/** The principle's practice scenario if usable, else the easiest scenario that scores the principle, else none. */
function scenarioFor(id: PrincipleId, scenarios: readonly TrackScenario[]): TrackScenario | undefined {
  const scoring = scenarios.filter((s) => s.principles[id] !== undefined && s.principles[id] > 0);
  const preferred = scoring.find((s) => s.id === principleById(id).practiceScenario);
  if (preferred) return preferred;
  return [...scoring].sort((a, b) => RANK[a.difficulty] - RANK[b.difficulty] || a.id.localeCompare(b.id))[0];
}

/**
 * The track: one lesson per principle, each followed by its scenario, easiest scenarios first
 * (principle teaching order breaks ties). The first `guidedSteps` steps use guided lines where the
 * scenario has them; the rest are free text.
 */
export function buildOnboardingTrack(scenarios: readonly TrackScenario[], options: { passMark?: number; guidedSteps?: number } = {}): OnboardingTrack {
  const teaching = PRINCIPLES.map((p) => p.id);
  const guidedSteps = options.guidedSteps ?? Math.ceil(teaching.length / 2);
  const unordered = teaching.map((id) => ({ id, scenario: scenarioFor(id, scenarios) }));
  unordered.sort((a, b) => RANK[a.scenario?.difficulty ?? 'easy'] - RANK[b.scenario?.difficulty ?? 'easy'] || teaching.indexOf(a.id) - teaching.indexOf(b.id));
  const steps = unordered.map(({ id, scenario }, index): TrackStep => ({
    id,
    lesson: lessonFor(id),
    ...(scenario ? { scenarioId: scenario.id, scenarioTitle: scenario.title } : {}),
    difficulty: scenario?.difficulty ?? 'easy',
    mode: index < guidedSteps && (scenario?.guided.length ?? 0) > 0 ? 'guided' : 'free',
  }));
  return { steps, passMark: options.passMark ?? DEFAULT_PASS_MARK };
}

const PREFIX = 'onboarding:';

/** The assignment id a track call is saved with, so history shows which step it was for. */
export function onboardingAssignmentId(stepId: PrincipleId): string {
  return `${PREFIX}${stepId}`;
}

/** The step a saved call was played for, if it was a track call. */
export function onboardingStepOf(assignmentId: string | undefined): string | undefined {
  return assignmentId?.startsWith(PREFIX) ? assignmentId.slice(PREFIX.length) : undefined;
}
