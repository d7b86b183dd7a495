import { parseDataText } from '../scenario/parseScenarioText';
import { describeValue, fromZodIssues, type Validated, type ValidationError } from '../scenario/validationError';
import type { Assignment } from './assignmentSchema';
import { checkCallScenario } from './checkCallScenario';
import { RESULTS_LIMITS, RESULTS_SCHEMA_VERSION, resultsSchema, type Attempt, type ResultsFile } from './resultsSchema';
import type { ScenarioLookup } from './scenarioAttempts';
import { validateAssignment, type AssignmentContext } from './validateAssignment';
import { asArray, asObject, checkFileHeader, prefixErrors } from './validationHelpers';

/** Rules within one attempt: each principle once, quotes and mistakes on turns that exist. Paths start at `at`. */
export function checkAttemptTurns(attempt: Record<string, unknown>, at: string): ValidationError[] {
  const errors: ValidationError[] = [];
  const transcript = asObject(attempt.transcript);
  const report = asObject(attempt.report);
  const turns = asArray(transcript?.turns).length;
  const seenPrinciples = new Set<unknown>();
  asArray(report?.principles).forEach((p, i) => {
    const pid = asObject(p)?.id;
    if (seenPrinciples.has(pid)) errors.push({ path: `${at}.report.principles.${i}.id`, message: `duplicate principle "${String(pid)}"` });
    seenPrinciples.add(pid);
    asArray(asObject(p)?.evidence).forEach((e, j) => {
      const turn = asObject(e)?.turn;
      if (typeof turn === 'number' && Number.isInteger(turn) && turn >= turns && turn <= RESULTS_LIMITS.maxTurns) {
        errors.push({ path: `${at}.report.principles.${i}.evidence.${j}.turn`, message: `turn ${turn} does not exist (the transcript has ${turns})` });
      }
    });
  });
  asArray(report?.mistakes).forEach((m, i) => {
    const turn = asObject(m)?.turn;
    if (typeof turn === 'number' && Number.isInteger(turn) && turn >= turns && turn <= RESULTS_LIMITS.maxTurns) {
      errors.push({ path: `${at}.report.mistakes.${i}.turn`, message: `turn ${turn} does not exist (the transcript has ${turns})` });
    }
  });
  return errors;
}

/** What the results validator may know about the app: built-in ids, and built-in scenarios to check series calls against. */
export interface ResultsContext extends AssignmentContext {
  scenarioOf?: ScenarioLookup;
}

/** Rules across fields: unique attempt ids, scenarios (and series calls) the assignment has, and each attempt's own rules. */
function checkAttempts(root: Record<string, unknown>, assignment: Assignment | undefined, context: ResultsContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const scenarioIds = assignment && new Set(assignment.scenarioIds);
  const scenarioOf: ScenarioLookup = (id) => assignment?.customScenarios.find((s) => s.id === id) ?? context.scenarioOf?.(id);
  const firstAt = new Map<string, number>();
  asArray(root.attempts).forEach((raw, index) => {
    const attempt = asObject(raw);
    if (!attempt) return;
    const at = `attempts.${index}`;
    const { id, scenarioId } = attempt;
    if (typeof id === 'string') {
      const first = firstAt.get(id);
      if (first !== undefined) errors.push({ path: `${at}.id`, message: `duplicate attempt id "${id}" (first at attempts.${first}.id)` });
      else firstAt.set(id, index);
    }
    if (typeof scenarioId !== 'string') return;
    if (scenarioIds) errors.push(...checkCallScenario(scenarioId, scenarioIds, scenarioOf, `${at}.scenarioId`));
    const transcript = asObject(attempt.transcript);
    const report = asObject(attempt.report);
    if (transcript && typeof transcript.scenarioId === 'string' && transcript.scenarioId !== scenarioId) {
      errors.push({ path: `${at}.transcript.scenarioId`, message: `expected "${scenarioId}" like the attempt, got "${transcript.scenarioId}"` });
    }
    if (report && typeof report.scenarioId === 'string' && report.scenarioId !== scenarioId) {
      errors.push({ path: `${at}.report.scenarioId`, message: `expected "${scenarioId}" like the attempt, got "${report.scenarioId}"` });
    }
    errors.push(...checkAttemptTurns(attempt, at));
  });
  return errors;
}

/** Validates parsed results data strictly, reporting every problem at once with its path. */
export function validateResults(data: unknown, context: ResultsContext = {}): Validated<ResultsFile> {
  const root = asObject(data);
  if (!root) return { ok: false, errors: [{ path: '(file)', message: `expected a results file (a mapping of keys to values), got ${describeValue(data)}` }] };
  const headerError = checkFileHeader(root, 'results', RESULTS_SCHEMA_VERSION);
  if (headerError) return { ok: false, errors: [headerError] };
  const parsed = resultsSchema.safeParse(root);
  const errors: ValidationError[] = parsed.success ? [] : fromZodIssues(parsed.error.issues, root);
  const assignment = asObject(root.assignment) ? validateAssignment(root.assignment, context) : undefined;
  if (assignment && !assignment.ok) errors.push(...prefixErrors(assignment.errors, 'assignment'));
  if (asArray(root.attempts).length <= RESULTS_LIMITS.maxAttempts) errors.push(...checkAttempts(root, assignment?.ok ? assignment.value : undefined, context));
  if (errors.length > 0 || !parsed.success || !assignment?.ok) return { ok: false, errors };
  return {
    ok: true,
    value: { ...parsed.data, assignment: assignment.value, attempts: parsed.data.attempts as Attempt[] },
  };
}

/** Parses and validates a results file's text (JSON or YAML). */
export function parseResultsText(text: string, context: ResultsContext = {}): Validated<ResultsFile> {
  const data = parseDataText(text, RESULTS_LIMITS.maxBytes);
  return data.ok ? validateResults(data.value, context) : data;
}
