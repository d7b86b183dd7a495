import { describe, expect, it } from 'vitest';
import { editAssignment } from '../../../src/core/assignments/editAssignment';
import { BUILTIN_IDS, loadAssignment } from '../../fixtures/assignments/fakeCalls';

const context = { builtinScenarioIds: BUILTIN_IDS };

const week1 = loadAssignment();

describe('editAssignment', () => {
  it('changes only the fields it is given and keeps the id, kind and creation time', () => {
    const edited = editAssignment(week1, { title: 'Week 1, revised', passMark: 85 }, context);
    expect(edited.ok && edited.value).toEqual({ ...week1, title: 'Week 1, revised', passMark: 85 });
  });

  it('removes an optional field sent as null', () => {
    const withExtras = { ...week1, note: 'Read first', dueDate: '2026-04-01T17:00:00Z', difficulty: 'hard' as const };
    const edited = editAssignment(withExtras, { note: null, dueDate: null, difficulty: null }, context);
    expect(edited.ok && edited.value).toEqual({ ...week1, note: undefined, dueDate: undefined, difficulty: undefined });
    expect(edited.ok && Object.keys(edited.value)).not.toContain('note');
  });

  it('checks the edited assignment as a whole and reports every problem with its path', () => {
    const edited = editAssignment(week1, { passMark: 120, scenarioIds: ['lease-follow-up', 'made-up'], title: ' ' }, context);
    expect(edited.ok ? [] : edited.errors.map((e) => e.path).sort()).toEqual(['passMark', 'scenarioIds.1', 'title']);
  });
});
