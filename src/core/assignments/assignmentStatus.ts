import type { Transcript } from '../transcript';
import type { Assignment } from './assignmentSchema';
import { type RunInProgress, scenarioAttempts, type ScenarioLookup } from './scenarioAttempts';

/** Where a trainee stands on an assignment. */
export type AssignmentStatus = 'not-started' | 'in-progress' | 'passed' | 'failed' | 'overdue';

/** The part of a saved call the status needs. */
export interface PlayedCall {
  id: string;
  scenarioId: string;
  startedAt: string;
  endedAt: string;
  assignmentId?: string;
  report: { overall: number };
  /** Needed for a series call: the series score is worked out from the transcripts of its calls. */
  transcript?: Transcript;
}

/** A trainee's standing on one scenario of an assignment. */
export interface ScenarioProgress {
  scenarioId: string;
  /** Counted attempts (at most the number allowed); a series counts once per run played to its last call. */
  attempts: number;
  attemptsLeft: number;
  best?: number;
  passed: boolean;
  /** A series run under way that will be the next attempt once its last call is played (while one is left to make). */
  runInProgress?: RunInProgress;
}

/** The status of an assignment for a trainee, with the detail per scenario. */
export interface AssignmentProgress {
  status: AssignmentStatus;
  scenarios: ScenarioProgress[];
  /** Ids of the calls played under this assignment, oldest first. */
  callIds: string[];
}

/** Human label for a status. */
export const STATUS_LABELS: Record<AssignmentStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  passed: 'Passed',
  failed: 'Failed',
  overdue: 'Overdue',
};

/**
 * Status from the calls played under the assignment; `now` is milliseconds since the epoch.
 * Passed when every scenario was passed within the allowance; failed when a scenario's attempts ran out
 * without a pass; overdue when the due date has gone by first; otherwise not started or in progress.
 * `scenarioOf` finds a scenario as it plays here, to tell a series (see scenarioAttempts); by default the assignment's own.
 */
export function assignmentStatus(
  assignment: Assignment,
  calls: readonly PlayedCall[],
  now: number,
  scenarioOf: ScenarioLookup = (id) => assignment.customScenarios.find((s) => s.id === id),
): AssignmentProgress {
  const mine = calls.filter((c) => c.assignmentId === assignment.id).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const attemptCalls = mine.map((c) => ({ id: c.id, scenarioId: c.scenarioId, startedAt: c.startedAt, overall: c.report.overall, transcript: c.transcript }));
  const scenarios = assignment.scenarioIds.map((scenarioId): ScenarioProgress => {
    const { attempts, inProgress } = scenarioAttempts(scenarioId, attemptCalls, scenarioOf);
    const counted = attempts.slice(0, assignment.attemptsAllowed);
    const best = counted.reduce<number | undefined>((top, c) => (top === undefined || c.overall > top ? c.overall : top), undefined);
    const passed = best !== undefined && best >= assignment.passMark;
    const attemptsLeft = assignment.attemptsAllowed - counted.length;
    return {
      scenarioId,
      attempts: counted.length,
      attemptsLeft,
      ...(best !== undefined ? { best } : {}),
      passed,
      ...(inProgress && !passed && attemptsLeft > 0 ? { runInProgress: inProgress } : {}),
    };
  });
  const callIds = mine.map((c) => c.id);
  const overdue = assignment.dueDate !== undefined && now > Date.parse(assignment.dueDate);
  let status: AssignmentStatus;
  if (scenarios.every((s) => s.passed)) status = 'passed';
  else if (scenarios.some((s) => !s.passed && s.attemptsLeft <= 0)) status = 'failed';
  else if (overdue) status = 'overdue';
  else status = mine.length === 0 ? 'not-started' : 'in-progress';
  return { status, scenarios, callIds };
}

/** Whether the trainee may still play this scenario under the assignment. */
export function canPlay(progress: AssignmentProgress, scenarioId: string): boolean {
  const scenario = progress.scenarios.find((s) => s.scenarioId === scenarioId);
  return progress.status !== 'passed' && progress.status !== 'failed' && scenario !== undefined && !scenario.passed && scenario.attemptsLeft > 0;
}
