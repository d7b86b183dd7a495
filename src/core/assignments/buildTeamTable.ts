import { seriesIdOf } from '../scenario/seriesCallScenario';
import type { Assignment } from './assignmentSchema';
import { compareAssignments } from './compareAssignments';
import { judgeAttempts, traineeKey, type TeamAttempt } from './judgeAttempts';
import { scenarioPlays, type ScenarioLookup, type ScenarioPlay } from './scenarioAttempts';
import type { CheckedResults } from './verifyResults';
import { weakSpots, type WeakSpot } from './weakSpots';

export type { TeamAttempt } from './judgeAttempts';

/** One trainee on one scenario of an assignment. */
export interface TeamRow {
  trainee: string;
  scenarioId: string;
  scenarioTitle: string;
  /** Attempts that count (within the allowance); a series run played to its last call is one attempt. */
  attempts: number;
  /** Attempts beyond the allowance. */
  extra: number;
  /** Series runs begun but not played to their last call: not attempts yet. */
  inProgress: number;
  /** The best counted attempt's score: the series score for a series. */
  best?: number;
  /** The best attempt's call, or its run's first call for a series. */
  bestKey?: string;
  passed: boolean;
  /** The due date has passed and the scenario was not passed before it. */
  overdue: boolean;
  /** Calls whose saved report does not match their transcript. */
  flagged: number;
  /** The difficulties the counted calls were played at, in play order, each once ("unknown" when not recorded). */
  difficulties: string[];
}

/** Everything the dashboard shows for one assignment. */
export interface TeamAssignment {
  assignment: Assignment;
  /** Where copies of the assignment disagree (for example an edited pass mark in a trainee's file). */
  notes: string[];
  trainees: string[];
  scenarios: { id: string; title: string }[];
  rows: TeamRow[];
  attempts: TeamAttempt[];
  weakSpots: WeakSpot[];
}

/** What the dashboard is built from; `now` is milliseconds since the epoch. */
export interface TeamInput {
  results: readonly CheckedResults[];
  /** The manager's own copies, which win over the copies inside trainees' files. */
  ownAssignments?: readonly Assignment[];
  titleOf?: (scenarioId: string) => string | undefined;
  /** A built-in scenario's own difficulty, for assignments that leave the difficulty to each scenario. */
  difficultyOf?: (scenarioId: string) => string | undefined;
  /** Built-in scenarios, to tell a series from a single call (custom ones come with the assignment). */
  scenarioOf?: ScenarioLookup;
  now: number;
}

const byName = (a: string, b: string) => a.localeCompare(b);

/** The assignments to show, each with the copy that rules it and notes where copies differ. */
function resolveAssignments(input: TeamInput): Map<string, { assignment: Assignment; notes: string[] }> {
  const resolved = new Map<string, { assignment: Assignment; notes: string[] }>();
  for (const own of input.ownAssignments ?? []) resolved.set(own.id, { assignment: own, notes: [] });
  for (const result of input.results) {
    const entry = resolved.get(result.assignment.id);
    if (!entry) {
      resolved.set(result.assignment.id, { assignment: result.assignment, notes: [] });
      continue;
    }
    const fields = compareAssignments(entry.assignment, result.assignment);
    const note = `${result.trainee}'s file carries a different copy of this assignment (${fields.join(', ')}); the dashboard uses ${input.ownAssignments?.some((a) => a.id === entry.assignment.id) ? 'yours' : 'the first one imported'}.`;
    if (fields.length > 0 && !entry.notes.includes(note)) entry.notes.push(note);
  }
  return resolved;
}

/** Trainees by scenarios for every assignment in the imported results, with weak spots per principle. */
export function buildTeamTable(input: TeamInput): TeamAssignment[] {
  const assignments = resolveAssignments(input);
  // assignment id → trainee key → { name, attempts by id }
  const grouped = new Map<string, Map<string, { name: string; attempts: Map<string, CheckedResults['attempts'][number]> }>>();
  for (const result of input.results) {
    const trainees = grouped.get(result.assignment.id) ?? new Map();
    grouped.set(result.assignment.id, trainees);
    const key = traineeKey(result.trainee);
    const entry = trainees.get(key) ?? { name: result.trainee.trim(), attempts: new Map() };
    trainees.set(key, entry);
    for (const checked of result.attempts) if (!entry.attempts.has(checked.attempt.id)) entry.attempts.set(checked.attempt.id, checked);
  }
  return [...assignments.values()].map(({ assignment, notes }) => {
    const custom = new Map(assignment.customScenarios.map((s) => [s.id, s]));
    const scenarioOf: ScenarioLookup = (id) => custom.get(id) ?? input.scenarioOf?.(id);
    const expectedFor = (id: string) => assignment.difficulty ?? custom.get(id)?.difficulty ?? input.difficultyOf?.(id);
    const trainees = [...(grouped.get(assignment.id)?.values() ?? [])].sort((a, b) => byName(a.name, b.name));
    const allAttempts: TeamAttempt[] = [];
    const rows: TeamRow[] = [];
    const due = assignment.dueDate ? Date.parse(assignment.dueDate) : undefined;
    const titleFor = (id: string, seen?: string) => custom.get(id)?.title ?? input.titleOf?.(id) ?? input.scenarioOf?.(id)?.title ?? seen ?? id;
    for (const trainee of trainees) {
      for (const scenarioId of assignment.scenarioIds) {
        const mine = [...trainee.attempts.values()]
          .filter((c) => seriesIdOf(c.attempt.scenarioId) === scenarioId)
          .sort((a, b) => a.attempt.startedAt.localeCompare(b.attempt.startedAt));
        // Counted with the trusted (re-scored) score of each call, by the rule the app card and the team server use.
        const calls = mine.map(({ attempt, trusted }) => ({ ...attempt, overall: trusted.overall }));
        const plays = scenarioPlays(scenarioId, calls, scenarioOf);
        const judged = judgeAttempts(assignment, trainee.name, mine, plays, scenarioOf, expectedFor(scenarioId));
        allAttempts.push(...judged);
        const finished = plays.filter((p) => p.finished);
        const counted = finished.slice(0, assignment.attemptsAllowed);
        const best = counted.reduce<ScenarioPlay | undefined>((top, p) => (!top || p.overall > top.overall ? p : top), undefined);
        const endedAt = (play: ScenarioPlay) => Date.parse(mine.find((c) => c.attempt.id === play.callIds.at(-1))!.attempt.endedAt);
        const passes = counted.filter((p) => p.overall >= assignment.passMark);
        const passedInTime = passes.some((p) => due === undefined || endedAt(p) <= due);
        const countedCalls = judged.filter((a) => a.counted);
        rows.push({
          trainee: trainee.name,
          scenarioId,
          scenarioTitle: titleFor(scenarioId, mine.find((c) => c.attempt.scenarioId === scenarioId)?.attempt.scenarioTitle),
          attempts: counted.length,
          extra: finished.length - counted.length,
          inProgress: plays.length - finished.length,
          ...(best ? { best: best.overall, bestKey: judged.find((a) => a.attempt.id === best.callIds[0])!.key } : {}),
          passed: passes.length > 0,
          overdue: due !== undefined && input.now > due && !passedInTime,
          flagged: judged.filter((a) => a.check.status === 'mismatch').length,
          difficulties: [...new Set(countedCalls.map((a) => a.attempt.transcript.difficulty ?? 'unknown'))],
        });
      }
    }
    const seenTitle = (id: string) => allAttempts.find((a) => a.attempt.scenarioId === id)?.attempt.scenarioTitle;
    return {
      assignment,
      notes,
      trainees: trainees.map((t) => t.name),
      scenarios: assignment.scenarioIds.map((id) => ({ id, title: titleFor(id, seenTitle(id)) })),
      rows,
      attempts: allAttempts,
      weakSpots: weakSpots(allAttempts.filter((a) => a.counted).map((a) => ({ trainee: a.trainee, report: a.trusted }))),
    };
  });
}
