import { SCENARIO_SCHEMA_VERSION, scenarioSchema, type Scenario } from './scenarioSchema';
import { notAScenario } from './notAScenario';
import { withKeySuggestions } from './suggestKeys';
import { asArray, asObject, checkSchemaVersion, describeValue, fromZodIssues, type Validated, type ValidationError } from './validationError';

type Loose = Record<string, unknown>;

/** Cross-field rules the schema cannot express: unique ids and references that must resolve. */
function checkReferences(data: Loose): ValidationError[] {
  const errors: ValidationError[] = [];
  const persona = asObject(data.persona) ?? {};
  const facts = asObject(data.facts) ?? {};
  const seen = new Map<string, string>();
  const groups: [string, unknown][] = [
    ['persona.hiddenFacts', persona.hiddenFacts],
    ['persona.openIssues', persona.openIssues],
    ['facts.valueItems', facts.valueItems],
  ];
  for (const [base, list] of groups) {
    asArray(list).forEach((item, index) => {
      const id = asObject(item)?.id;
      if (typeof id !== 'string') return;
      const path = `${base}.${index}.id`;
      const first = seen.get(id);
      if (first) errors.push({ path, message: `duplicate id "${id}" (first used at ${first})` });
      else seen.set(id, path);
    });
  }
  const goalTargets = new Set(
    [...asArray(persona.openIssues), ...asArray(facts.valueItems)].map((item) => asObject(item)?.id).filter((id) => typeof id === 'string'),
  );
  asArray(facts.goalRequires).forEach((ref, index) => {
    if (typeof ref === 'string' && !goalTargets.has(ref)) {
      errors.push({ path: `facts.goalRequires.${index}`, message: `"${ref}" is not the id of an open issue or value item in this scenario` });
    }
  });
  const principles = asObject(data.principles);
  if (principles) {
    if (Object.keys(principles).length === 0) errors.push({ path: 'principles', message: 'expected at least one principle' });
    for (const key of Object.keys(asObject(data.betterLines) ?? {})) {
      if (!(key in principles)) errors.push({ path: `betterLines.${key}`, message: `principle "${key}" is not listed under principles` });
    }
  }
  const stages = new Map<string, number>();
  asArray(data.guided).forEach((entry, index) => {
    const stage = asObject(entry)?.stage;
    if (typeof stage !== 'string') return;
    if (stages.has(stage)) errors.push({ path: `guided.${index}.stage`, message: `duplicate stage "${stage}" (first at guided.${stages.get(stage)})` });
    else stages.set(stage, index);
    const qualities = new Set(asArray(asObject(entry)?.lines).map((line) => asObject(line)?.quality));
    if (asArray(asObject(entry)?.lines).length === 3 && qualities.size !== 3) {
      errors.push({ path: `guided.${index}.lines`, message: 'expected one strong, one weak and one poor line' });
    }
  });
  return errors;
}

/** Validates parsed scenario data strictly, reporting every problem at once with its path. */
export function validateScenario(data: unknown): Validated<Scenario> {
  const root = asObject(data);
  if (!root) return { ok: false, errors: [{ path: '(file)', message: `expected a scenario (a mapping of keys to values), got ${describeValue(data)}` }] };
  // Another of the app's files would otherwise get a list of every scenario field as missing.
  const other = notAScenario(root);
  if (other) return { ok: false, errors: [{ path: '(file)', message: other }] };
  const versionError = checkSchemaVersion(root.schemaVersion, SCENARIO_SCHEMA_VERSION);
  if (versionError) return { ok: false, errors: [versionError] };
  const parsed = scenarioSchema.safeParse(root);
  const errors = [...(parsed.success ? [] : withKeySuggestions(fromZodIssues(parsed.error.issues, root))), ...checkReferences(root)];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}
