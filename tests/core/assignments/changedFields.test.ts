import { describe, expect, it } from 'vitest';
import { changedFields, isPlayRule } from '../../../src/core/assignments/changedFields';
import { loadAssignment } from '../../fixtures/assignments/fakeCalls';

const week1 = loadAssignment();

describe('changedFields', () => {
  it('names the fields that differ and tells the play rules from the rest', () => {
    const after = { ...week1, title: 'New', mode: week1.mode === 'guided' ? ('free' as const) : ('guided' as const), scenarioIds: ['busy-executive'] };
    const changed = changedFields(week1, after);
    expect(changed).toEqual(['title', 'scenarioIds', 'mode']);
    expect(changed.filter(isPlayRule)).toEqual(['scenarioIds', 'mode']);
  });

  it('does not count a custom scenario stored with its keys in another order as changed', () => {
    const custom = loadAssignment('valid-assignment-custom.json');
    const reordered = JSON.parse(JSON.stringify(custom.customScenarios[0]), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    );
    expect(Object.keys(reordered)).not.toEqual(Object.keys(custom.customScenarios[0]!));
    expect(changedFields(custom, { ...custom, customScenarios: [reordered] })).toEqual([]);
  });
});
