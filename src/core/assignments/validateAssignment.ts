import { parseDataText } from '../scenario/parseScenarioText';
import type { Scenario } from '../scenario/scenarioSchema';
import { validateScenario } from '../scenario/validateScenario';
import { describeValue, fromZodIssues, type Validated, type ValidationError } from '../scenario/validationError';
import { ASSIGNMENT_LIMITS, ASSIGNMENT_SCHEMA_VERSION, assignmentSchema, type Assignment } from './assignmentSchema';
import { asArray, asObject, checkFileHeader, prefixErrors } from './validationHelpers';

/** What the validator may know about the app: the ids of its built-in scenarios. */
export interface AssignmentContext {
  builtinScenarioIds?: Iterable<string>;
}

/** Duplicate ids, ids that resolve to nothing, and custom scenarios that shadow built-in ones. */
function checkScenarioRefs(root: Record<string, unknown>, customIds: (string | undefined)[], context: AssignmentContext): ValidationError[] {
  const errors: ValidationError[] = [];
  const builtin = context.builtinScenarioIds ? new Set(context.builtinScenarioIds) : undefined;
  const firstAt = new Map<string, number>();
  asArray(root.scenarioIds).forEach((id, index) => {
    if (typeof id !== 'string') return;
    const first = firstAt.get(id);
    if (first !== undefined) errors.push({ path: `scenarioIds.${index}`, message: `duplicate scenario id "${id}" (first at scenarioIds.${first})` });
    else firstAt.set(id, index);
  });
  const customFirst = new Map<string, number>();
  customIds.forEach((id, index) => {
    if (id === undefined) return;
    const path = `customScenarios.${index}.id`;
    const first = customFirst.get(id);
    if (first !== undefined) errors.push({ path, message: `duplicate scenario id "${id}" (first at customScenarios.${first}.id)` });
    else customFirst.set(id, index);
    if (builtin?.has(id)) errors.push({ path, message: `"${id}" is the id of a built-in scenario; give the custom scenario its own id` });
    if (!firstAt.has(id)) errors.push({ path, message: `custom scenario "${id}" is not listed in scenarioIds` });
  });
  if (builtin) {
    for (const [id, index] of firstAt) {
      if (!builtin.has(id) && !customFirst.has(id)) {
        errors.push({ path: `scenarioIds.${index}`, message: `unknown scenario "${id}": not built in and not among customScenarios` });
      }
    }
  }
  return errors;
}

/** Validates parsed assignment data strictly, reporting every problem at once with its path. */
export function validateAssignment(data: unknown, context: AssignmentContext = {}): Validated<Assignment> {
  const root = asObject(data);
  if (!root) return { ok: false, errors: [{ path: '(file)', message: `expected an assignment (a mapping of keys to values), got ${describeValue(data)}` }] };
  const headerError = checkFileHeader(root, 'assignment', ASSIGNMENT_SCHEMA_VERSION);
  if (headerError) return { ok: false, errors: [headerError] };
  const parsed = assignmentSchema.safeParse(root);
  const errors: ValidationError[] = parsed.success ? [] : fromZodIssues(parsed.error.issues, root);
  const customScenarios: Scenario[] = [];
  const customIds: (string | undefined)[] = [];
  const customs = asArray(root.customScenarios);
  if (customs.length <= ASSIGNMENT_LIMITS.maxCustomScenarios) {
    customs.forEach((raw, index) => {
      const id = asObject(raw)?.id;
      customIds.push(typeof id === 'string' ? id : undefined);
      if (!asObject(raw)) return; // the schema already said what is wrong
      const result = validateScenario(raw);
      if (result.ok) customScenarios.push(result.value);
      else errors.push(...prefixErrors(result.errors, `customScenarios.${index}`));
    });
  }
  errors.push(...checkScenarioRefs(root, customIds, context));
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: { ...parsed.data, customScenarios } };
}

/** Parses and validates an assignment file's text (JSON or YAML). */
export function parseAssignmentText(text: string, context: AssignmentContext = {}): Validated<Assignment> {
  const data = parseDataText(text, ASSIGNMENT_LIMITS.maxBytes);
  return data.ok ? validateAssignment(data.value, context) : data;
}
