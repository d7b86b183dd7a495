import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseScenarioText } from '../../../src/core/scenario/parseScenarioText';
import { validateScenario } from '../../../src/core/scenario/validateScenario';
import { formatValidationError } from '../../../src/core/scenario/validationError';

const v2Text = readFileSync(new URL('../../fixtures/scenarios/minimal.yaml', import.meta.url), 'utf8');
const v1Text = readFileSync(new URL('../../fixtures/scenarios/minimal-v1.yaml', import.meta.url), 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the parsed file in any way they like, so its shape is not typed
function variant(base: string, change: (data: any) => void): string {
  const data = parse(base);
  change(data);
  return stringify(data);
}

function messages(text: string): string[] {
  const result = parseScenarioText(text);
  return result.ok ? [] : result.errors.map(formatValidationError);
}

describe('a version 2 scenario', () => {
  it('gives every matchable item a meaning and examples, and reads keywords as optional', () => {
    const result = parseScenarioText(v2Text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.schemaVersion).toBe(4);
    expect(result.value.migratedFrom).toBeUndefined();
    expect(result.value.facts.nextStep.meaning).toBe('Proposes a date for the next order.');
    expect(parseScenarioText(variant(v2Text, (d) => delete d.persona.openIssues[0].keywords)).ok).toBe(true);
  });

  it('rejects an item without a meaning or examples, with the path of each', () => {
    expect(
      messages(
        variant(v2Text, (d) => {
          delete d.persona.openIssues[0].meaning;
          delete d.facts.nextStep.examples;
        }),
      ),
    ).toEqual(['At persona.openIssues.0.meaning: missing (expected a string)', 'At facts.nextStep.examples: missing (expected an array)']);
  });

  it('wants 2 to 6 examples, each said differently', () => {
    expect(messages(variant(v2Text, (d) => (d.facts.valueItems[0].examples = ['Five percent off next time.'])))).toEqual([
      "At facts.valueItems.0.examples: expected at least 2 examples (lines in the rep's voice), got 1",
    ]);
    expect(messages(variant(v2Text, (d) => (d.persona.hiddenFacts[0].examples = [])))).toEqual([
      "At persona.hiddenFacts.0.examples: expected at least 2 examples (lines in the rep's voice), got none",
    ]);
    expect(messages(variant(v2Text, (d) => (d.facts.nextStep.examples = Array.from({ length: 7 }, (_, i) => `Next order on the ${i + 10}th?`))))).toEqual([
      'At facts.nextStep.examples: expected at most 6 examples',
    ]);
    expect(messages(variant(v2Text, (d) => (d.persona.openIssues[0].examples = ['Sorry, the flour is late.', ' sorry, the flour is LATE. '])))).toEqual([
      'At persona.openIssues.0.examples.1: repeats examples.0; examples should say it in different words',
    ]);
  });

  it('rejects an empty example or an empty keyword list, with its path', () => {
    expect(messages(variant(v2Text, (d) => (d.facts.valueItems[0].examples[1] = '  ')))).toEqual([
      'At facts.valueItems.0.examples.1: expected a non-empty string',
    ]);
    expect(messages(variant(v2Text, (d) => (d.facts.valueItems[0].keywords = [])))).toEqual([
      'At facts.valueItems.0.keywords: expected at least one keyword, or leave keywords out',
    ]);
  });

  it('suggests the version 2 key a misspelt one is a slip away from', () => {
    expect(messages(variant(v2Text, (d) => (d.persona.openIssues[0].exampels = ['x', 'y'])))).toContain(
      'At persona.openIssues.0.exampels: unknown key; did you mean “examples”?',
    );
  });
});

describe('a version 1 scenario', () => {
  it('still validates, and reads as version 4 through migrateScenarioV1toV2, migrateScenarioV2toV3 and migrateScenarioV3toV4', () => {
    const result = parseScenarioText(v1Text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const scenario = result.value;
    expect(scenario.schemaVersion).toBe(4);
    expect(scenario.migratedFrom).toBe(1);
    expect(scenario.persona.openIssues[0]).toMatchObject({ meaning: 'The flour delivery is late.', examples: [], keywords: ['flour', 'delivery', 'late'] });
    expect(scenario.persona.hiddenFacts[0]).toMatchObject({ meaning: "We're opening a second shop next month.", examples: [] });
    expect(scenario.facts.valueItems[0]).toMatchObject({ meaning: '5% off the next order for the delay.', examples: [] });
    expect(scenario.facts.nextStep).toMatchObject({ kind: 'order', meaning: 'Proposes placing an order as the next step.', keywords: ['next order'] });
  });

  it('reports problems at the paths of the version 1 file, by the version 1 rules', () => {
    expect(messages(variant(v1Text, (d) => delete d.persona.openIssues[0].keywords))).toEqual([
      'At persona.openIssues.0.keywords: missing (expected an array)',
    ]);
    expect(
      messages(
        variant(v1Text, (d) => {
          d.persona.patience = 'lots';
          d.facts.goalRequires = ['late-sugar'];
        }),
      ),
    ).toEqual([
      'At persona.patience: expected a number, got a string',
      'At facts.goalRequires.0: "late-sugar" is not the id of an open issue or value item in this scenario',
    ]);
  });

  it('says that meaning and examples need version 2, rather than only that they are unknown', () => {
    expect(messages(variant(v1Text, (d) => (d.facts.valueItems[0].examples = ['Five percent off.', 'A discount.'])))).toEqual([
      'At facts.valueItems.0.examples: unknown key in a version 1 file; "examples" is a version 2 field: set schemaVersion: 2 to use it',
    ]);
  });

  it('round-trips once migrated: the saved form of a version 1 scenario validates again as it is', () => {
    const first = validateScenario(parse(v1Text));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = validateScenario(JSON.parse(JSON.stringify(first.value)));
    expect(again).toEqual({ ok: true, value: first.value });
    // Byte for byte too: the app compares saved scenarios by their JSON.
    expect(again.ok && JSON.stringify(again.value)).toBe(JSON.stringify(first.value));
  });
});
