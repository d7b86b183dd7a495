import { hashString } from '../random';
import { seriesIdOf } from '../scenario/seriesCallScenario';
import type { Report } from '../scoring/report';
import { seriesCallIndex } from '../series/seriesRuns';
import type { Assignment } from './assignmentSchema';
import type { Attempt } from './resultsSchema';
import type { ScenarioLookup, ScenarioPlay } from './scenarioAttempts';
import type { AttemptCheck, CheckedResults } from './verifyResults';

/** One imported attempt as the dashboard shows it. */
export interface TeamAttempt {
  /** Stable, URL-safe key for opening its replay. */
  key: string;
  trainee: string;
  attempt: Attempt;
  check: AttemptCheck;
  /** The report the dashboard trusts: scored again here when possible. */
  trusted: Report;
  /** False for calls beyond the attempts allowed or in a series run not finished: shown, but they do not count. */
  counted: boolean;
  /** For a call of a series: which call it is, and its run's series score once the run is played to its last call. */
  series?: { call: number; calls: number; score?: number };
  /** Plain-words warnings: edited score, rules not followed, extra attempt, series in progress, late. */
  flags: string[];
}

/** A trainee's name as files are matched by it: case and spacing do not make another trainee. */
export const traineeKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** What a call is part of: its play (an attempt, or a series run in progress) and, once finished, the attempt's number. */
type Place = { play: ScenarioPlay; attempt?: number };

/** Where each call sits among the plays of a scenario, by call id. */
function placesOf(plays: readonly ScenarioPlay[]): Map<string, Place> {
  const places = new Map<string, Place>();
  let attempt = 0;
  for (const play of plays) {
    const place = play.finished ? { play, attempt: ++attempt } : { play };
    for (const id of play.callIds) places.set(id, place);
  }
  return places;
}

/** Why a call does not count, in plain words; nothing when it does. */
function countingFlag(place: Place | undefined, allowed: number, seriesKnown: boolean): string | undefined {
  if (!place && seriesKnown)
    return 'Not counted: this call does not follow the calls before it in its run of the series (they are not in the imported files, or it was played again later).';
  if (!place) return 'Not counted: no series here has this call, so it cannot be put into a run of the series.';
  const { played, total } = place.play.calls;
  if (place.attempt === undefined)
    return `Series in progress: ${played} of ${total} calls played; it counts as an attempt, with its series score, once its last call is played.`;
  return place.attempt > allowed ? `Attempt ${place.attempt} of ${allowed} allowed: not counted.` : undefined;
}

/** Calls of one trainee on one scenario, oldest first, counted as scenarioPlays counts them, with the rules applied. */
export function judgeAttempts(
  assignment: Assignment,
  trainee: string,
  sorted: CheckedResults['attempts'],
  plays: readonly ScenarioPlay[],
  scenarioOf: ScenarioLookup,
  expectedDifficulty?: string,
): TeamAttempt[] {
  const due = assignment.dueDate ? Date.parse(assignment.dueDate) : undefined;
  const places = placesOf(plays);
  return sorted.map(({ attempt, check, trusted }) => {
    const flags: string[] = [];
    if (check.status === 'mismatch') flags.push(`The saved score does not match the transcript: ${check.notes.join('; ')}.`);
    if (check.status === 'unverifiable') flags.push(`Not checked: ${check.notes.join('; ')}.`);
    const place = places.get(attempt.id);
    const series = scenarioOf(seriesIdOf(attempt.scenarioId));
    const call = series ? seriesCallIndex(series, attempt.scenarioId) : -1;
    const counting = countingFlag(place, assignment.attemptsAllowed, call >= 0);
    if (counting) flags.push(counting);
    const counted = place?.attempt !== undefined && place.attempt <= assignment.attemptsAllowed;
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
    return {
      key,
      trainee,
      attempt,
      check,
      trusted,
      counted,
      ...(series?.series && call >= 0
        ? { series: { call: call + 1, calls: series.series.calls.length, ...(place?.attempt !== undefined ? { score: place.play.overall } : {}) } }
        : {}),
      flags,
    };
  });
}
