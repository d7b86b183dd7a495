import { describe, expect, it } from 'vitest';
import { assignmentChanges } from '../../../src/app/teamMode/assignmentChanges';
import { week1 } from './fakeManagerApi';

describe('assignmentChanges', () => {
  it('lists only the fields that changed', () => {
    expect(assignmentChanges(week1, { ...week1, title: 'Week 1, revised', attemptsAllowed: 1 })).toEqual({ title: 'Week 1, revised', attemptsAllowed: 1 });
  });

  it('sends null for an optional field that was removed', () => {
    const { note: _note, dueDate: _due, ...without } = week1;
    expect(assignmentChanges(week1, without)).toEqual({ note: null, dueDate: null });
  });

  it('is empty when nothing changed', () => {
    expect(assignmentChanges(week1, { ...week1, scenarioIds: [...week1.scenarioIds] })).toEqual({});
  });
});
