import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/core/assignments/assignmentSchema';
import { changedFields, isPlayRule } from '../../../src/core/assignments/changedFields';
import { parseAssignmentText } from '../../../src/core/assignments/validateAssignment';

const context = { builtinScenarioIds: ['lease-follow-up', 'busy-executive', 'not-now-shopper'] };

function load(name: string): Assignment {
  const parsed = parseAssignmentText(readFileSync(new URL(`../../fixtures/assignments/${name}`, import.meta.url), 'utf8'), context);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

const week1 = load('valid-assignment.json');

describe('changedFields', () => {
  it('names the fields that differ and tells the play rules from the rest', () => {
    const after = { ...week1, title: 'New', mode: week1.mode === 'guided' ? ('free' as const) : ('guided' as const), scenarioIds: ['busy-executive'] };
    const changed = changedFields(week1, after);
    expect(changed).toEqual(['title', 'scenarioIds', 'mode']);
    expect(changed.filter(isPlayRule)).toEqual(['scenarioIds', 'mode']);
  });

  it('does not count a custom scenario stored with its keys in another order as changed', () => {
    const custom = load('valid-assignment-custom.json');
    const reordered = JSON.parse(JSON.stringify(custom.customScenarios[0]), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    );
    expect(Object.keys(reordered)).not.toEqual(Object.keys(custom.customScenarios[0]!));
    expect(changedFields(custom, { ...custom, customScenarios: [reordered] })).toEqual([]);
  });
});
