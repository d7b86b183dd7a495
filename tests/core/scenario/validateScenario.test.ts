import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { MAX_SCENARIO_BYTES, parseScenarioText } from '../../../src/core/scenario/parseScenarioText';
import { formatValidationError } from '../../../src/core/scenario/validationError';
import { parseResultsText } from '../../../src/core/assignments/validateResults';

const baseText = readFileSync(new URL('../../fixtures/scenarios/minimal.yaml', import.meta.url), 'utf8');

/** The minimal scenario with one change applied, as YAML text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the parsed file in any way they like, so its shape is not typed
function variant(change: (data: any) => void): string {
  const data = parse(baseText);
  change(data);
  return stringify(data);
}

function messages(text: string): string[] {
  const result = parseScenarioText(text);
  return result.ok ? [] : result.errors.map(formatValidationError);
}

describe('parseScenarioText', () => {
  it('accepts the minimal scenario', () => {
    const result = parseScenarioText(baseText);
    expect(result.ok).toBe(true);
  });

  it('accepts the same scenario written as JSON', () => {
    expect(parseScenarioText(JSON.stringify(parse(baseText))).ok).toBe(true);
  });

  it('rejects an unknown key with its path', () => {
    expect(messages(variant((d) => (d.persona.mood = 'grumpy')))).toEqual(['At persona.mood: unknown key']);
  });

  it('suggests the key an unknown one is a slip away from, so the command line says it as the editor does', () => {
    expect(messages(variant((d) => (d.persona.patiense = 3)))).toContain('At persona.patiense: unknown key; did you mean “patience”?');
  });

  it('rejects a wrong type with its path and what was found', () => {
    expect(messages(variant((d) => (d.persona.openIssues[0].keywords = 'flour')))).toEqual([
      'At persona.openIssues.0.keywords: expected an array, got a string',
    ]);
  });

  it('rejects a missing field with its path', () => {
    expect(messages(variant((d) => delete d.briefing.goal))).toEqual(['At briefing.goal: missing (expected a string)']);
  });

  it('rejects a goal that names an issue the scenario does not have', () => {
    expect(messages(variant((d) => (d.facts.goalRequires = ['late-flour', 'late-sugar'])))).toEqual([
      'At facts.goalRequires.1: "late-sugar" is not the id of an open issue or value item in this scenario',
    ]);
  });

  it('rejects a better line for a principle the scenario does not score', () => {
    expect(messages(variant((d) => (d.betterLines.persist = 'Can I call you Friday?')))).toEqual([
      'At betterLines.persist: principle "persist" is not listed under principles',
    ]);
  });

  it('rejects a duplicate id and names where it was first used', () => {
    expect(messages(variant((d) => (d.facts.valueItems[0].id = 'late-flour')))).toEqual([
      'At facts.valueItems.0.id: duplicate id "late-flour" (first used at persona.openIssues.0.id)',
    ]);
  });

  it('rejects an unknown schemaVersion without reading the rest', () => {
    expect(messages(variant((d) => ((d.schemaVersion = 5), (d.bogus = true))))).toEqual([
      'At schemaVersion: unknown version 5; this build reads versions 1, 2, 3 and 4',
    ]);
  });

  it('rejects a file without a schemaVersion', () => {
    expect(messages(variant((d) => delete d.schemaVersion))).toEqual(['At schemaVersion: missing (expected 4)']);
  });

  it('rejects text that is neither YAML nor JSON', () => {
    expect(messages('{ "id": "broken", ')[0]).toMatch(/^At \(file\): not valid JSON/);
    expect(messages('key: [unclosed\n  - : : :')[0]).toMatch(/^At \(file\): not valid YAML or JSON \(line \d+\)/);
    expect(messages('just a sentence of prose')).toEqual(['At (file): expected a scenario (a mapping of keys to values), got a string']);
  });

  it('rejects a 5 MB file before parsing it', () => {
    const huge = `${baseText}\n# ${'x'.repeat(5_000_000)}\n`;
    expect(huge.length).toBeGreaterThan(MAX_SCENARIO_BYTES);
    expect(messages(huge)).toEqual(['At (file): too large: 5.0 MB, the limit is 1.0 MB']);
  });

  it('reports every problem at once', () => {
    const found = messages(
      variant((d) => {
        d.channel = 'fax';
        d.persona.patience = 'lots';
        d.extra = 1;
        delete d.summary;
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'At channel: expected "call" or "voicemail", got "fax"',
        'At persona.patience: expected a number, got a string',
        'At extra: unknown key',
        'At summary: missing (expected a string)',
      ]),
    );
    expect(found).toHaveLength(4);
  });

  it('rejects a guided stage whose three lines are not of three qualities', () => {
    expect(messages(variant((d) => (d.guided[0].lines[1].quality = 'strong')))).toEqual(['At guided.0.lines: expected one strong, one weak and one poor line']);
  });

  it('says in words what range a number must be in, and what it got', () => {
    expect(messages(variant((d) => (d.persona.patience = 0)))).toEqual(['At persona.patience: expected a number of at least 1, got 0']);
    expect(messages(variant((d) => (d.persona.patience = 101)))).toEqual(['At persona.patience: expected a number of at most 100, got 101']);
    expect(messages(variant((d) => (d.persona.patience = 2.5)))).toEqual(['At persona.patience: expected a whole number, got 2.5']);
  });

  it('says a deeply nested file is nested too deeply instead of overflowing the stack', () => {
    const tooDeep = ['At (file): nested too deeply: more than 64 levels of lists and mappings inside each other; real files need fewer than ten'];
    expect(messages(`schemaVersion: 1\nwants: ${'['.repeat(3_000)}${']'.repeat(3_000)}\n`)).toEqual(tooDeep);
    expect(messages(`schemaVersion: 1\nwants:\n  ${'- '.repeat(3_000)}x\n`)).toEqual(tooDeep);
    expect(messages(`schemaVersion: 1\nwants:\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(2 * i + 2)}a${i}:`).join('\n')} 1\n`)).toEqual(tooDeep);
    expect(messages(`{"schemaVersion": 1, "wants": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`)).toEqual(tooDeep);
  });

  it('reads nesting as deep as real files need, and some way beyond', () => {
    const results = readFileSync(new URL('../../fixtures/assignments/results-valid.json', import.meta.url), 'utf8');
    expect(parseResultsText(results).ok).toBe(true);
    const deepAllowed = `schemaVersion: 1\nx: ${'['.repeat(60)}${']'.repeat(60)}\n`;
    expect(messages(deepAllowed).join(' ')).not.toMatch(/nested too deeply/);
  });

  it('says an assignment is an assignment, not a list of missing scenario fields', () => {
    const assignment = readFileSync(new URL('../../fixtures/assignments/valid-assignment-custom.json', import.meta.url), 'utf8');
    expect(messages(assignment)).toEqual([
      'At (file): this is an assignment, not a scenario. Open it with “Open an assignment file” under Assigned to me; the 1 custom scenario it carries is inside it, under customScenarios',
    ]);
    const plain = readFileSync(new URL('../../fixtures/assignments/valid-assignment.json', import.meta.url), 'utf8');
    expect(messages(plain)).toEqual(['At (file): this is an assignment, not a scenario. Open it with “Open an assignment file” under Assigned to me']);
  });

  it('names the app’s other files too: results, a history export, a transcript', () => {
    const results = readFileSync(new URL('../../fixtures/assignments/results-valid.json', import.meta.url), 'utf8');
    expect(messages(results)).toEqual(['At (file): this is a results file, not a scenario. A manager opens it with “Import results files” under Team results']);
    expect(messages(JSON.stringify({ app: 'dialed-in', kind: 'history', version: 1, calls: [] }))).toEqual([
      'At (file): this is a history export, not a scenario. Import it on the History screen',
    ]);
    expect(messages(JSON.stringify({ scenarioId: 'lease-follow-up', channel: 'call', turns: [] }))).toEqual([
      'At (file): this is a call transcript (of "lease-follow-up"), not a scenario',
    ]);
  });

  it('still checks a scenario field by field when it merely has a kind key', () => {
    expect(messages(variant((d) => (d.kind = 'assignment')))).toEqual(['At kind: unknown key']);
  });

  it('rejects an empty file', () => {
    expect(messages('   \n')).toEqual(['At (file): the file is empty']);
  });
});
