// A trainee's standing on a server assignment. Unlike a file assignment, running out of attempts on one scenario
// closes that scenario only: the others stay playable. Extra attempts granted by a manager add to the allowance.
import { type Assignment, type RunInProgress, type ScenarioLookup, scenarioAttempts, type Transcript } from '../../../core';

/** What the status needs of a call, with its overall score after any override. */
export interface ProgressCall {
  id: string;
  scenarioId: string;
  startedAt: string;
  seq: number;
  overall: number;
  /** Needed for a series call: the series score is worked out from its calls' transcripts. */
  transcript?: Transcript;
}

export type ScenarioState = 'not-started' | 'open' | 'passed' | 'failed';
export type TeamAssignmentStatus = 'not-started' | 'in-progress' | 'passed' | 'failed' | 'overdue';

export interface ScenarioStanding {
  scenarioId: string;
  state: ScenarioState;
  attemptsAllowed: number;
  /** Counted attempts: calls beyond the allowance are kept but do not count. */
  attempts: number;
  attemptsLeft: number;
  extraAttempts: number;
  best: number | null;
  /** Whether the trainee may play it now. */
  canPlay: boolean;
  /** A series run under way that will be the next attempt once its last call is played (while one is left to make). */
  runInProgress: RunInProgress | null;
}

export interface TraineeProgress {
  status: TeamAssignmentStatus;
  scenarios: ScenarioStanding[];
  /** Ids of the calls that count, oldest first. */
  countedCallIds: string[];
  lastActivity: string | null;
}

/**
 * Passed when every scenario is passed; failed when a scenario ran out of attempts without a pass (the others stay
 * open); overdue when the due date went by first; otherwise not started or in progress. A series counts by core's
 * scenarioAttempts, as the app does: one attempt per run from call 1 to its last call, with the series score, fixed
 * once finished (a retry of a finished run's later call is practice); a run under way is in progress.
 */
export function traineeProgress(
  assignment: Assignment,
  calls: readonly ProgressCall[],
  extraByScenario: ReadonlyMap<string, number>,
  now: number,
  scenarioOf: ScenarioLookup = (id) => assignment.customScenarios.find((s) => s.id === id),
): TraineeProgress {
  const ordered = [...calls].sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.seq - b.seq);
  const overdue = assignment.dueDate !== undefined && now > Date.parse(assignment.dueDate);
  const countedCallIds: string[] = [];
  const scenarios = assignment.scenarioIds.map((scenarioId): ScenarioStanding => {
    const extra = extraByScenario.get(scenarioId) ?? 0;
    const allowed = assignment.attemptsAllowed + extra;
    const { attempts, inProgress } = scenarioAttempts(scenarioId, ordered, scenarioOf);
    const counted = attempts.slice(0, allowed);
    countedCallIds.push(...counted.flatMap((c) => c.callIds));
    const best = counted.length === 0 ? null : Math.max(...counted.map((c) => c.overall));
    const passed = best !== null && best >= assignment.passMark;
    const left = allowed - counted.length;
    const runInProgress = inProgress && !passed && left > 0 ? inProgress : null;
    const state: ScenarioState = passed ? 'passed' : left <= 0 ? 'failed' : counted.length === 0 && !runInProgress ? 'not-started' : 'open';
    return {
      scenarioId,
      state,
      attemptsAllowed: allowed,
      attempts: counted.length,
      attemptsLeft: left,
      extraAttempts: extra,
      best,
      canPlay: !passed && left > 0 && !overdue,
      runInProgress,
    };
  });
  let status: TeamAssignmentStatus;
  if (scenarios.every((s) => s.state === 'passed')) status = 'passed';
  else if (scenarios.some((s) => s.state === 'failed')) status = 'failed';
  else if (overdue) status = 'overdue';
  else status = ordered.length === 0 ? 'not-started' : 'in-progress';
  const lastActivity = ordered.length === 0 ? null : ordered[ordered.length - 1]!.startedAt;
  return { status, scenarios, countedCallIds: ordered.filter((c) => countedCallIds.includes(c.id)).map((c) => c.id), lastActivity };
}
