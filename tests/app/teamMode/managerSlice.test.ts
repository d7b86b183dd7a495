import { describe, expect, it } from 'vitest';
import { memoryOutboxStorage } from '../../../src/app/teamMode/outboxStorage';
import { createTeamStore } from '../../../src/app/teamMode/teamStore';
import { fakeManagerApi, pendingInvite, TeamApiError } from './fakeManagerApi';

function managerStore() {
  const fake = fakeManagerApi();
  return { ...fake, store: createTeamStore({ api: fake.api, outbox: memoryOutboxStorage() }) };
}

describe('editing an assignment from the manager’s store', () => {
  it('sends only the changes and refreshes the team’s views with the new rules', async () => {
    const { store, server } = managerStore();
    await store.getState().loadDashboard('t1');
    const loadsBefore = server.loads;
    expect(await store.getState().editAssignment('t1', 'a-week-1', { passMark: 85, note: null })).toBeUndefined();
    expect(server.edits).toEqual([{ id: 'a-week-1', changes: { passMark: 85, note: null } }]);
    expect(server.loads).toBe(loadsBefore + 1);
    const row = store.getState().dashboards.t1!.assignments![0]!;
    expect(row.assignment.passMark).toBe(85);
    expect(row.assignment).not.toHaveProperty('note');
    expect(row.updatedAt).toBe('2026-03-02T09:30:00.000Z');
  });

  it('answers a refusal with the server’s sentence and the fields it names, and keeps the list as it was', async () => {
    const { store, server } = managerStore();
    await store.getState().loadDashboard('t1');
    const problems = [{ path: 'scenarioIds', message: 'cannot change: 2 calls were already uploaded under this assignment' }];
    server.refuse = new TeamApiError('The scenarios cannot change once calls were uploaded.', 409, 'rules_locked', problems);
    const failed = await store.getState().editAssignment('t1', 'a-week-1', { scenarioIds: ['busy-executive'] });
    expect(failed).toEqual({ message: 'The scenarios cannot change once calls were uploaded.', problems });
    expect(store.getState().dashboards.t1!.assignments![0]!.assignment.scenarioIds).toEqual(['lease-follow-up', 'busy-executive']);
  });
});

describe('a team’s people in the manager’s store', () => {
  /** One live tick of the People tab: the dashboard (members among it) and the pending invites together. */
  const tick = (store: ReturnType<typeof managerStore>['store']) => Promise.all([store.getState().loadDashboard('t1'), store.getState().loadInvites('t1')]);
  const names = (store: ReturnType<typeof managerStore>['store']) => store.getState().dashboards.t1?.members?.map((m) => m.displayName);
  const inviteIds = (store: ReturnType<typeof managerStore>['store']) => store.getState().teamInvites.t1?.invites?.map((i) => i.id);

  it('shows a trainee who joined, and no longer the invite they used, after the next tick', async () => {
    const { store, server } = managerStore();
    await tick(store);
    expect(names(store)).toEqual(['Mia']);
    expect(inviteIds(store)).toEqual(['i-tara']);
    server.accept('i-tara', 'Tara');
    await tick(store);
    expect(names(store)).toEqual(['Mia', 'Tara']);
    expect(inviteIds(store)).toEqual([]);
  });

  it('does not let an older tick’s answer, arriving last, bring back the member list and invites it saw', async () => {
    const { store, server } = managerStore();
    server.invites = [pendingInvite('i-tara'), pendingInvite('i-tom')];
    let release!: () => void;
    server.lists = new Promise((resolve) => (release = resolve));
    const older = tick(store);
    server.lists = undefined;
    server.accept('i-tara', 'Tara');
    await tick(store);
    expect(names(store)).toEqual(['Mia', 'Tara']);
    release();
    await older;
    expect(names(store)).toEqual(['Mia', 'Tara']);
    expect(inviteIds(store)).toEqual(['i-tom']);
  });
});
