import { opensCall } from '../language/opensCall';
import { MIN_EXAMPLES, SCENARIO_SCHEMA_VERSION, scenarioSchema, scenarioSchemaV2, scenarioSchemaV3, type Scenario } from './scenarioSchema';
import { scenarioSchemaV1 } from './scenarioSchemaV1';
import { migrateScenarioV1toV2 } from './migrateScenarioV1toV2';
import { migrateScenarioV2toV3 } from './migrateScenarioV2toV3';
import { migrateScenarioV3toV4 } from './migrateScenarioV3toV4';
import { seriesCallScenario } from './seriesCallScenario';
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
    // Before version 4 the mid-call lines are an unknown key, said once.
    for (const lines of data.schemaVersion === SCENARIO_SCHEMA_VERSION ? ['betterLines', 'midCallBetterLines'] : ['betterLines']) {
      for (const key of Object.keys(asObject(data[lines]) ?? {})) {
        if (!(key in principles)) errors.push({ path: `${lines}.${key}`, message: `principle "${key}" is not listed under principles` });
      }
    }
  }
  for (const [key, line] of Object.entries(asObject(data.midCallBetterLines) ?? {})) {
    if (data.schemaVersion === SCENARIO_SCHEMA_VERSION && typeof line === 'string' && opensCall(line))
      errors.push({
        path: `midCallBetterLines.${key}`,
        message: 'greets or introduces you ("Hi …", "it\'s Sam from …"), but the call is already under way: say the line without the greeting',
      });
  }
  const stages = new Map<string, number>();
  const topics = new Set(
    [...asArray(persona.openIssues), ...asArray(persona.hiddenFacts)].map((item) => asObject(item)?.id).filter((id) => typeof id === 'string'),
  );
  asArray(data.guided).forEach((entry, index) => {
    const stage = asObject(entry)?.stage;
    if (typeof stage !== 'string') return;
    const about = asObject(entry)?.about;
    if (typeof about === 'string' && !topics.has(about)) {
      errors.push({ path: `guided.${index}.about`, message: `"${about}" is not the id of an open issue or hidden fact in this scenario` });
    }
    // One block per stage, or per stage and what it is about.
    const key = typeof about === 'string' ? `${stage} about "${about}"` : stage;
    if (stages.has(key)) errors.push({ path: `guided.${index}.stage`, message: `duplicate stage "${key}" (first at guided.${stages.get(key)})` });
    else stages.set(key, index);
    const qualities = new Set(asArray(asObject(entry)?.lines).map((line) => asObject(line)?.quality));
    if (asArray(asObject(entry)?.lines).length === 3 && qualities.size !== 3) {
      errors.push({ path: `guided.${index}.lines`, message: 'expected one strong, one weak and one poor line' });
    }
  });
  return errors;
}

/** The matchable items of a scenario, by path: issues, value items, hidden facts and the next step. */
function matchableItems(data: Loose): [string, Loose][] {
  const persona = asObject(data.persona) ?? {};
  const facts = asObject(data.facts) ?? {};
  const items: [string, Loose][] = [];
  for (const [base, list] of [
    ['persona.hiddenFacts', persona.hiddenFacts],
    ['persona.openIssues', persona.openIssues],
    ['facts.valueItems', facts.valueItems],
  ] as const) {
    asArray(list).forEach((item, index) => {
      const object = asObject(item);
      if (object) items.push([`${base}.${index}`, object]);
    });
  }
  const nextStep = asObject(facts.nextStep);
  if (nextStep) items.push(['facts.nextStep', nextStep]);
  return items;
}

/** Version 2 items need a few examples in different words; a scenario migrated from version 1 may have none yet. */
function checkExamples(data: Loose): ValidationError[] {
  if (data.migratedFrom !== undefined) return [];
  const errors: ValidationError[] = [];
  for (const [path, item] of matchableItems(data)) {
    if (!Array.isArray(item.examples)) continue;
    const count = item.examples.length;
    if (count < MIN_EXAMPLES) {
      errors.push({
        path: `${path}.examples`,
        message: `expected at least ${MIN_EXAMPLES} examples (lines in the rep's voice), got ${count === 0 ? 'none' : count}`,
      });
    }
    const seen = new Map<string, number>();
    item.examples.forEach((example, index) => {
      if (typeof example !== 'string') return;
      const key = example.trim().toLowerCase();
      const first = seen.get(key);
      if (first !== undefined)
        errors.push({ path: `${path}.examples.${index}`, message: `repeats examples.${first}; examples should say it in different words` });
      else seen.set(key, index);
    });
  }
  return errors;
}

const V2_ITEM_KEYS = new Set(['meaning', 'examples']);
/** Keys that only a version 3 file may use. */
const V3_KEYS = new Set(['series', 'gatekeeper']);
/** The key only a version 4 file may use (at the top, or in a call of a series). */
const V4_KEY = 'midCallBetterLines';

/** A version 1 file that uses version 2 item fields is told which version has them. */
function explainV1Keys(errors: ValidationError[]): ValidationError[] {
  return errors.map((error) => {
    const key = error.path.split('.').pop() ?? '';
    return error.message === 'unknown key' && V2_ITEM_KEYS.has(key)
      ? { ...error, message: `unknown key in a version 1 file; "${key}" is a version 2 field: set schemaVersion: 2 to use it` }
      : error;
  });
}

/** A version 2 file that uses a version 3 key is told which version has it. */
function explainV2Keys(errors: ValidationError[]): ValidationError[] {
  return errors.map((error) =>
    error.message === 'unknown key' && V3_KEYS.has(error.path)
      ? { ...error, message: `unknown key in a version 2 file; "${error.path}" is a version 3 field: set schemaVersion: 3 to use it` }
      : error.message === 'unknown key' && error.path === V4_KEY
        ? { ...error, message: `unknown key in a version 2 file; "${V4_KEY}" is a version 4 field: set schemaVersion: 4 to use it` }
        : error,
  );
}

/** A version 3 file that uses a version 4 key is told which version has it. */
function explainV3Keys(errors: ValidationError[]): ValidationError[] {
  return errors.map((error) =>
    error.message === 'unknown key' && error.path.split('.').pop() === V4_KEY
      ? { ...error, message: `unknown key in a version 3 file; "${V4_KEY}" is a version 4 field: set schemaVersion: 4 to use it` }
      : error,
  );
}

/** Reads a migrated scenario back as version 4, so it is a valid one with its keys in the order a saved copy reloads in. */
function readBack(migrated: unknown, root: Loose, from: number): Validated<Scenario> {
  const parsed = scenarioSchema.safeParse(migrated);
  if (!parsed.success)
    return {
      ok: false,
      errors: fromZodIssues(parsed.error.issues, root).map((e) => ({ ...e, message: `after migrating from version ${from}: ${e.message}` })),
    };
  return { ok: true, value: parsed.data };
}

/** Checks a version 1 file against the version 1 rules (so errors name its own paths), then migrates it. */
function validateV1(root: Loose): Validated<Scenario> {
  const parsed = scenarioSchemaV1.safeParse(root);
  const errors = [
    ...(parsed.success ? [] : explainV1Keys(withKeySuggestions(fromZodIssues(parsed.error.issues, root), scenarioSchemaV1))),
    ...checkReferences(root),
  ];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return readBack(migrateScenarioV3toV4(migrateScenarioV2toV3(migrateScenarioV1toV2(parsed.data))), root, 1);
}

/** Checks a version 2 file against the version 2 rules, then migrates it: a single call reads exactly as it did. */
function validateV2(root: Loose): Validated<Scenario> {
  const parsed = scenarioSchemaV2.safeParse(root);
  const errors = [
    ...(parsed.success ? [] : explainV2Keys(withKeySuggestions(fromZodIssues(parsed.error.issues, root), scenarioSchemaV2))),
    ...checkReferences(root),
    ...checkExamples(root),
  ];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return readBack(migrateScenarioV3toV4(migrateScenarioV2toV3(parsed.data)), root, 2);
}

/** Checks a version 3 file against the version 3 rules (series and gatekeeper included), then migrates it: it plays as it did. */
function validateV3(root: Loose): Validated<Scenario> {
  const parsed = scenarioSchemaV3.safeParse(root);
  const errors = [
    ...(parsed.success ? [] : explainV3Keys(withKeySuggestions(fromZodIssues(parsed.error.issues, root), scenarioSchemaV3))),
    ...checkReferences(root),
    ...checkExamples(root),
  ];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  const migrated = readBack(migrateScenarioV3toV4(parsed.data), root, 3);
  if (!migrated.ok) return migrated;
  const more = [...checkSeries(migrated.value), ...checkGatekeeper(migrated.value)];
  return more.length > 0 ? { ok: false, errors: more } : migrated;
}

/**
 * A series' own rules: unique call ids, days apart after the first call, and every call, as it will be played, a valid
 * scenario (its references resolve, its items have examples). A call's errors carry its path and the played path.
 */
function checkSeries(scenario: Scenario): ValidationError[] {
  const calls = scenario.series?.calls ?? [];
  const errors: ValidationError[] = [];
  const seen = new Map<string, number>();
  calls.forEach((call, index) => {
    const base = `series.calls.${index}`;
    const first = seen.get(call.id);
    if (first !== undefined) errors.push({ path: `${base}.id`, message: `duplicate call id "${call.id}" (first used at series.calls.${first}.id)` });
    else seen.set(call.id, index);
    if (index === 0 && call.daysLater !== undefined)
      errors.push({ path: `${base}.daysLater`, message: 'the first call has no call before it: leave daysLater out' });
    if (index > 0 && call.daysLater === undefined)
      errors.push({ path: `${base}.daysLater`, message: 'missing (expected the number of days since the call before)' });
    if (call.midCallBetterLines && (call.channel ?? scenario.channel) === 'voicemail')
      errors.push({ path: `${base}.midCallBetterLines`, message: 'a voicemail is one message, with no middle: leave midCallBetterLines out' });
    const played = seriesCallScenario(scenario, index) as unknown as Loose;
    const problems = [...checkReferences(played), ...checkExamples(played)];
    const parsed = scenarioSchema.safeParse({ ...played, id: scenario.id });
    if (!parsed.success) problems.push(...fromZodIssues(parsed.error.issues, played));
    for (const problem of problems) errors.push({ path: base, message: `as played, ${problem.path}: ${problem.message}` });
  });
  return errors;
}

/** The second person on the line needs a line to be on, and a name of her own. */
function checkGatekeeper(scenario: Scenario): ValidationError[] {
  const gatekeeper = scenario.gatekeeper;
  if (!gatekeeper) return [];
  const errors: ValidationError[] = [];
  if (scenario.channel === 'voicemail') errors.push({ path: 'gatekeeper', message: 'a voicemail has nobody on the line: leave gatekeeper out' });
  const first = (name: string) => name.trim().split(/\s+/)[0]?.toLowerCase();
  if (first(gatekeeper.name) === first(scenario.persona.name))
    errors.push({ path: 'gatekeeper.name', message: `"${gatekeeper.name}" is the customer's name too; the rep asks for each by name` });
  return errors;
}

/** A voicemail is one message: there is no middle of the call for a mid-call line to fit. */
function checkVoicemail(scenario: Scenario): ValidationError[] {
  return scenario.channel === 'voicemail' && scenario.midCallBetterLines
    ? [{ path: 'midCallBetterLines', message: 'a voicemail is one message, with no middle: leave midCallBetterLines out' }]
    : [];
}

/**
 * Validates parsed scenario data strictly, reporting every problem at once with its path. Version 1, 2 and 3 files are
 * checked against their own version's rules and read through the named migrations (migrateScenarioV1toV2,
 * migrateScenarioV2toV3, migrateScenarioV3toV4), so authored files and saved scenarios still load.
 */
export function validateScenario(data: unknown): Validated<Scenario> {
  const root = asObject(data);
  if (!root) return { ok: false, errors: [{ path: '(file)', message: `expected a scenario (a mapping of keys to values), got ${describeValue(data)}` }] };
  // Another of the app's files would otherwise get a list of every scenario field as missing.
  const other = notAScenario(root);
  if (other) return { ok: false, errors: [{ path: '(file)', message: other }] };
  const versionError = checkSchemaVersion(root.schemaVersion, SCENARIO_SCHEMA_VERSION, [1, 2, 3]);
  if (versionError) return { ok: false, errors: [versionError] };
  if (root.schemaVersion === 1) return validateV1(root);
  if (root.schemaVersion === 2) return validateV2(root);
  if (root.schemaVersion === 3) return validateV3(root);
  const parsed = scenarioSchema.safeParse(root);
  const errors = [...(parsed.success ? [] : withKeySuggestions(fromZodIssues(parsed.error.issues, root))), ...checkReferences(root), ...checkExamples(root)];
  if (parsed.success && errors.length === 0) errors.push(...checkSeries(parsed.data), ...checkGatekeeper(parsed.data), ...checkVoicemail(parsed.data));
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}
