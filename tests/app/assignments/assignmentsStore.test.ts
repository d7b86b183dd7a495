// Web storage in memory, in Node: these stores need localStorage, not a DOM.
import '../../support/installWebStorage';
import '../../support/loadedScenarios';
import { beforeEach, describe, expect, it } from 'vitest';
import { ASSIGNMENTS_KEY, TRAINEE_KEY, useAssignmentsStore } from '../../../src/app/assignments/assignmentsStore';
import { useStorageNotices } from '../../../src/app/storage/storageNotices';
import { loadAssignment } from '../../fixtures/assignments/fakeCalls';
import { fillStorage, resetStorageState } from '../../support/storageState';

const fresh = () => useAssignmentsStore.setState({ loaded: false, received: [], created: [], setAside: [], traineeName: '', saveError: undefined });

describe('useAssignmentsStore', () => {
  beforeEach(() => {
    localStorage.clear();
    resetStorageState();
    fresh();
  });

  it('adds a received assignment and keeps it across a reload', () => {
    const assignment = loadAssignment();
    expect(useAssignmentsStore.getState().receive(assignment)).toBe('added');
    fresh();
    useAssignmentsStore.getState().load();
    expect(useAssignmentsStore.getState().received.map((a) => a.id)).toEqual([assignment.id]);
  });

  it('changes nothing when the same assignment arrives twice', () => {
    const assignment = loadAssignment();
    useAssignmentsStore.getState().receive(assignment);
    expect(useAssignmentsStore.getState().receive(structuredClone(assignment))).toBe('same');
    expect(useAssignmentsStore.getState().received).toHaveLength(1);
  });

  it('does not replace a different assignment with the same id unless asked', () => {
    const assignment = loadAssignment();
    useAssignmentsStore.getState().receive(assignment);
    const changed = { ...assignment, title: 'Changed' };
    expect(useAssignmentsStore.getState().receive(changed)).toBe('conflict');
    expect(useAssignmentsStore.getState().received[0]?.title).toBe(assignment.title);
    expect(useAssignmentsStore.getState().receive(changed, { replace: true })).toBe('replaced');
    expect(useAssignmentsStore.getState().received[0]?.title).toBe('Changed');
  });

  it('keeps saved entries that no longer validate aside instead of dropping them', () => {
    const good = loadAssignment();
    const broken = { ...good, id: 'broken', passMark: 'high' };
    localStorage.setItem(ASSIGNMENTS_KEY, JSON.stringify({ version: 1, received: [good, broken], created: [] }));
    useAssignmentsStore.getState().load();
    expect(useAssignmentsStore.getState().received.map((a) => a.id)).toEqual([good.id]);
    useAssignmentsStore.getState().removeReceived(good.id);
    expect(JSON.parse(localStorage.getItem(ASSIGNMENTS_KEY)!).setAside).toEqual([broken]);
  });

  it('copies unreadable saved data aside before writing anything new', () => {
    localStorage.setItem(ASSIGNMENTS_KEY, '{not json');
    useAssignmentsStore.getState().load();
    useAssignmentsStore.getState().receive(loadAssignment());
    expect(localStorage.getItem(`${ASSIGNMENTS_KEY}.unreadable`)).toBe('{not json');
  });

  it('says so, and keeps the assignment for this session, when storage is full', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      useAssignmentsStore.getState().receive(loadAssignment());
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(useAssignmentsStore.getState().received).toHaveLength(1);
    expect(useAssignmentsStore.getState().saveError).toMatch(/storage for this site is full/);
  });

  it('remembers the trainee’s name', () => {
    useAssignmentsStore.getState().setTraineeName('Jo');
    fresh();
    useAssignmentsStore.getState().load();
    expect(useAssignmentsStore.getState().traineeName).toBe('Jo');
  });

  it.each([
    ['a newer version', { version: 2, items: [{ id: 'from-the-future' }] }, 'it was saved by a newer version of Dialed In (format 2)'],
    ['an unknown form', { version: 1, received: { 'week-1': {} } }, 'it is not in a form this version of Dialed In knows'],
  ])('sets assignments saved in %s aside with a notice, and never writes over them unread', (_what, data, reason) => {
    const text = JSON.stringify(data);
    localStorage.setItem(ASSIGNMENTS_KEY, text);
    useAssignmentsStore.getState().load();
    expect(useStorageNotices.getState().setAside).toMatchObject([{ key: ASSIGNMENTS_KEY, reason }]);
    useAssignmentsStore.getState().receive(loadAssignment());
    expect(localStorage.getItem(`${ASSIGNMENTS_KEY}.unreadable`)).toBe(text);
  });

  it('leaves assignments it cannot read exactly as they were when there is no room to copy them', () => {
    const text = JSON.stringify({ version: 2, items: [] });
    localStorage.setItem(ASSIGNMENTS_KEY, text);
    const undo = fillStorage();
    useAssignmentsStore.getState().load();
    undo();
    useAssignmentsStore.getState().receive(loadAssignment());
    expect(localStorage.getItem(ASSIGNMENTS_KEY)).toBe(text);
    expect(useAssignmentsStore.getState().received).toHaveLength(1);
    expect(useAssignmentsStore.getState().saveError).toMatch(/could not be read .* nothing is saved over it/);
  });

  it('tells the trainee about saved assignments that no longer validate', () => {
    const good = loadAssignment();
    localStorage.setItem(ASSIGNMENTS_KEY, JSON.stringify({ version: 1, received: [good, { ...good, id: 'broken', passMark: 'high' }] }));
    useAssignmentsStore.getState().load();
    expect(useStorageNotices.getState().setAside.map((e) => e.reason)).toEqual(['1 assignment no longer passes this version’s checks']);
  });

  it('says so when the trainee’s name cannot be saved', () => {
    const undo = fillStorage();
    try {
      useAssignmentsStore.getState().setTraineeName('Jo');
    } finally {
      undo();
    }
    expect(useAssignmentsStore.getState().traineeName).toBe('Jo');
    expect(useStorageNotices.getState().unsaved).toEqual([TRAINEE_KEY]);
  });
});
