import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_LIMITS } from '../../../src/core/assignments/assignmentSchema';
import { parseAssignmentText, validateAssignment } from '../../../src/core/assignments/validateAssignment';
import { formatValidationError } from '../../../src/core/scenario/validationError';

const BUILTIN = ['lease-follow-up', 'busy-executive', 'not-now-shopper'];
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/assignments/${name}`, import.meta.url), 'utf8');
const context = { builtinScenarioIds: BUILTIN };

function messages(text: string): string[] {
  const result = parseAssignmentText(text, context);
  return result.ok ? [] : result.errors.map(formatValidationError);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the parsed file in any way they like, so its shape is not typed
function variant(change: (data: any) => void): string {
  const data = JSON.parse(fixture('valid-assignment.json'));
  change(data);
  return JSON.stringify(data);
}

describe('parseAssignmentText', () => {
  it('accepts a valid assignment of built-in scenarios', () => {
    const result = parseAssignmentText(fixture('valid-assignment.json'), context);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.scenarioIds).toEqual(['lease-follow-up', 'busy-executive']);
      expect(result.value.customScenarios).toEqual([]);
    }
  });

  it('accepts an assignment carrying a custom scenario and validates that scenario', () => {
    const result = parseAssignmentText(fixture('valid-assignment-custom.json'), context);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.customScenarios.map((s) => s.id)).toEqual(['bakery-flour-call']);
  });

  it('accepts the same assignment written as YAML', async () => {
    const { stringify } = await import('yaml');
    expect(parseAssignmentText(stringify(JSON.parse(fixture('valid-assignment.json'))), context).ok).toBe(true);
  });

  it('accepts an optional difficulty that every call is played at, still as version 1', () => {
    const result = parseAssignmentText(
      variant((d) => (d.difficulty = 'hard')),
      context,
    );
    expect(result.ok && result.value.difficulty).toBe('hard');
    expect(result.ok && result.value.schemaVersion).toBe(1);
  });

  it('rejects a difficulty that is not easy, medium or hard, with its path', () => {
    expect(messages(variant((d) => (d.difficulty = 'brutal')))).toEqual(['At difficulty: expected "easy", "medium" or "hard", got "brutal"']);
  });

  it('rejects an unknown key with its path', () => {
    expect(messages(fixture('unknown-key.json'))).toEqual(['At bonus: unknown key']);
  });

  it('refuses an unknown version before reading any field', () => {
    expect(messages(fixture('unknown-version.json'))).toEqual(['At schemaVersion: unknown version 7; this build reads version 1']);
  });

  it('reports every problem at once, each with its path', () => {
    expect(messages(fixture('many-errors.json'))).toEqual([
      'At title: expected a non-empty string',
      'At passMark: expected a number, got a string',
      'At attemptsAllowed: expected at least 1',
      'At personaKind: expected "scripted" or "llm", got "robot"',
      'At createdAt: expected a date and time such as "2026-12-01T17:00:00Z"',
      'At extra: unknown key',
    ]);
  });

  it('refuses absurd numbers and dates', () => {
    expect(messages(fixture('absurd-numbers.json'))).toEqual([
      'At passMark: expected 0 to 100',
      'At dueDate: expected a year between 2000 and 2200',
      'At attemptsAllowed: expected at most 50',
    ]);
  });

  it('refuses a duplicate scenario id and names where it was first used', () => {
    expect(messages(fixture('duplicate-ids.json'))).toEqual(['At scenarioIds.2: duplicate scenario id "lease-follow-up" (first at scenarioIds.0)']);
  });

  it('reports a broken custom scenario with paths inside the assignment', () => {
    expect(messages(fixture('bad-custom-scenario.json'))).toEqual([
      'At customScenarios.0.briefing.goal: missing (expected a string)',
      'At customScenarios.0.persona.patience: expected a number of at most 100, got 500',
    ]);
  });

  it('keeps script tags as plain text rather than treating them as markup', () => {
    const result = parseAssignmentText(fixture('script-tags.json'), context);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.title).toBe('<script>alert("owned")</script> Week 1');
      expect(result.value.note).toBe('<img src=x onerror=alert(1)>');
    }
  });

  it('says what is wrong with text that is not JSON', () => {
    expect(messages(fixture('not-json.json'))[0]).toMatch(/^At \(file\): not valid JSON/);
  });

  it('says so when given a results file instead of an assignment', () => {
    expect(messages(fixture('results-not-assignment.json'))).toEqual(['At kind: this is a results file, not an assignment']);
  });

  it('says so when given a scenario file instead of an assignment', () => {
    const scenario = JSON.parse(fixture('valid-assignment-custom.json')).customScenarios[0];
    expect(messages(JSON.stringify(scenario))).toEqual(['At kind: this is a scenario file, not an assignment']);
  });

  it('refuses a file that is not a mapping', () => {
    expect(messages('[1, 2, 3]')).toEqual(['At (file): expected an assignment (a mapping of keys to values), got an array']);
  });

  it('refuses an empty file', () => {
    expect(messages('   ')).toEqual(['At (file): the file is empty']);
  });

  it('refuses an oversized file without parsing it', () => {
    const huge = `{"kind":"assignment","title":"${'x'.repeat(ASSIGNMENT_LIMITS.maxBytes)}"}`;
    expect(messages(huge)).toEqual(['At (file): too large: 2.0 MB, the limit is 2.0 MB']);
  });

  it('refuses a scenario id that is neither built in nor carried along', () => {
    expect(messages(variant((d) => d.scenarioIds.push('mystery-call')))).toEqual([
      'At scenarioIds.2: unknown scenario "mystery-call": not built in and not among customScenarios',
    ]);
  });

  it('does not check built-in ids when the caller does not know them', () => {
    const result = validateAssignment(JSON.parse(variant((d) => d.scenarioIds.push('mystery-call'))));
    expect(result.ok).toBe(true);
  });

  it('refuses a custom scenario that reuses a built-in id', () => {
    const text = variant((d) => {
      const custom = JSON.parse(fixture('valid-assignment-custom.json')).customScenarios[0];
      custom.id = 'lease-follow-up';
      d.customScenarios = [custom];
    });
    expect(messages(text)).toEqual(['At customScenarios.0.id: "lease-follow-up" is the id of a built-in scenario; give the custom scenario its own id']);
  });

  it('refuses two custom scenarios with the same id', () => {
    const text = variant((d) => {
      const custom = JSON.parse(fixture('valid-assignment-custom.json')).customScenarios[0];
      d.customScenarios = [custom, custom];
      d.scenarioIds = [custom.id];
    });
    expect(messages(text)).toEqual(['At customScenarios.1.id: duplicate scenario id "bakery-flour-call" (first at customScenarios.0.id)']);
  });

  it('refuses a custom scenario the assignment does not use', () => {
    const text = variant((d) => (d.customScenarios = [JSON.parse(fixture('valid-assignment-custom.json')).customScenarios[0]]));
    expect(messages(text)).toEqual(['At customScenarios.0.id: custom scenario "bakery-flour-call" is not listed in scenarioIds']);
  });

  it('refuses too many scenarios', () => {
    const text = variant((d) => (d.scenarioIds = Array.from({ length: 21 }, (_, i) => `s-${i}`)));
    expect(messages(text)).toContain('At scenarioIds: too many scenarios: at most 20');
  });

  it('refuses an id that could not travel in a link', () => {
    expect(messages(variant((d) => (d.id = '../../etc/passwd')))).toEqual(['At id: expected an id of letters, digits, "-" and "_" (at most 64 characters)']);
  });

  it('accepts an assignment without a due date', () => {
    expect(messages(variant((d) => delete d.dueDate))).toEqual([]);
  });
});
