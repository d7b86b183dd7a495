import { hashString } from '../random';
import type { Report } from '../scoring/report';
import type { Assignment } from './assignmentSchema';
import { compareAssignments } from './compareAssignments';
import type { Attempt } from './resultsSchema';
import type { AttemptCheck, CheckedResults } from './verifyResults';
import { weakSpots, type WeakSpot } from './weakSpots';

/** One imported attempt as the dashboard shows it. */
export interface TeamAttempt {
  /** Stable, URL-safe key for opening its replay. */
  key: string;
  trainee: string;
  attempt: Attempt;
  check: AttemptCheck;
  /** The report the dashboard trusts: scored again here when possible. */
  trusted: Report;
  /** False for attempts beyond the number allowed: shown, but they do not count. */
  counted: boolean;
  /** Plain-words warnings: edited score, rules not followed, extra attempt, late. */
  flags: string[];
}

/** One trainee on one scenario of an assignment. */
export interface TeamRow {
  trainee: string;
  scenarioId: string;
  scenarioTitle: string;
  /** Attempts that count (within the allowance). */
  attempts: number;
  /** Attempts beyond the allowance. */
  extra: number;
  best?: number;
  bestKey?: string;
  passed: boolean;
  /** The due date has passed and the scenario was not passed before it. */
  overdue: boolean;
  /** Attempts whose saved report does not match their transcript. */
  flagged: number;
  /** The difficulties the counted attempts were played at, in play order, each once ("unknown" when not recorded). */
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
  now: number;
}

const traineeKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
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

/** Attempts of one trainee on one scenario, oldest first, with the allowance and rules applied. */
function judgeAttempts(assignment: Assignment, trainee: string, checked: CheckedResults['attempts'], expectedDifficulty?: string): TeamAttempt[] {
  const due = assignment.dueDate ? Date.parse(assignment.dueDate) : undefined;
  const sorted = [...checked].sort((a, b) => a.attempt.startedAt.localeCompare(b.attempt.startedAt));
  return sorted.map(({ attempt, check, trusted }, index) => {
    const flags: string[] = [];
    if (check.status === 'mismatch') flags.push(`The saved score does not match the transcript: ${check.notes.join('; ')}.`);
    if (check.status === 'unverifiable') flags.push(`Not checked: ${check.notes.join('; ')}.`);
    const counted = index < assignment.attemptsAllowed;
    if (!counted) flags.push(`Attempt ${index + 1} of ${assignment.attemptsAllowed} allowed: not counted.`);
    if (attempt.mode !== assignment.mode)
      flags.push(
        `Played with ${attempt.mode === 'guided' ? 'guided lines' : 'free text'}; the assignment asks for ${assignment.mode === 'guided' ? 'guided lines' : 'free text'}.`,
      );
    if (attempt.personaKind !== assignment.personaKind)
      flags.push(
        `Played against the ${attempt.personaKind === 'llm' ? 'model' : 'scripted'} customer; the assignment asks for the ${assignment.personaKind === 'llm' ? 'model' : 'scripted'} one.`,
      );
    const played = attempt.transcript.difficulty;
    if (expectedDifficulty && played && played !== expectedDifficulty) flags.push(`Played on ${played}; the assignment asks for ${expectedDifficulty}.`);
    if (due !== undefined && Date.parse(attempt.endedAt) > due) flags.push('Played after the due date.');
    const key = `${assignment.id}.${hashString(traineeKey(trainee)).toString(36)}.${attempt.id}`;
    return { key, trainee, attempt, check, trusted, counted, flags };
  });
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
    const custom = new Map(assignment.customScenarios.map((s) => [s.id, s.title]));
    const customDifficulty = new Map(assignment.customScenarios.map((s) => [s.id, s.difficulty]));
    const expectedFor = (id: string) => assignment.difficulty ?? customDifficulty.get(id) ?? input.difficultyOf?.(id);
    const trainees = [...(grouped.get(assignment.id)?.values() ?? [])].sort((a, b) => byName(a.name, b.name));
    const allAttempts: TeamAttempt[] = [];
    const rows: TeamRow[] = [];
    const due = assignment.dueDate ? Date.parse(assignment.dueDate) : undefined;
    const titleFor = (id: string, seen?: string) => custom.get(id) ?? input.titleOf?.(id) ?? seen ?? id;
    for (const trainee of trainees) {
      for (const scenarioId of assignment.scenarioIds) {
        const mine = [...trainee.attempts.values()].filter((c) => c.attempt.scenarioId === scenarioId);
        const judged = judgeAttempts(assignment, trainee.name, mine, expectedFor(scenarioId));
        allAttempts.push(...judged);
        const counted = judged.filter((a) => a.counted);
        const best = counted.reduce<TeamAttempt | undefined>((top, a) => (!top || a.trusted.overall > top.trusted.overall ? a : top), undefined);
        const passes = counted.filter((a) => a.trusted.overall >= assignment.passMark);
        const passedInTime = passes.some((a) => due === undefined || Date.parse(a.attempt.endedAt) <= due);
        rows.push({
          trainee: trainee.name,
          scenarioId,
          scenarioTitle: titleFor(scenarioId, mine[0]?.attempt.scenarioTitle),
          attempts: counted.length,
          extra: judged.length - counted.length,
          ...(best ? { best: best.trusted.overall, bestKey: best.key } : {}),
          passed: passes.length > 0,
          overdue: due !== undefined && input.now > due && !passedInTime,
          flagged: judged.filter((a) => a.check.status === 'mismatch').length,
          difficulties: [...new Set(counted.map((a) => a.attempt.transcript.difficulty ?? 'unknown'))],
        });
      }
    }
    return {
      assignment,
      notes,
      trainees: trainees.map((t) => t.name),
      scenarios: assignment.scenarioIds.map((id) => ({ id, title: titleFor(id, allAttempts.find((a) => a.attempt.scenarioId === id)?.attempt.scenarioTitle) })),
      rows,
      attempts: allAttempts,
      weakSpots: weakSpots(allAttempts.filter((a) => a.counted).map((a) => ({ trainee: a.trainee, report: a.trusted }))),
    };
  });
}
