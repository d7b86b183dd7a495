import { describe, expect, it } from 'vitest';
import { memoryOutboxStorage } from '../../../../src/app/teamMode/outboxStorage';
import { type TeamApi, TeamApiError } from '../../../../src/app/teamMode/teamApi';
import type { CreatedInvite, PendingInvite } from '../../../../src/app/teamMode/teamApiTypes';
import { createTeamStore } from '../../../../src/app/teamMode/teamStore';

const pending = (id: string, role: PendingInvite['role'] = 'trainee'): PendingInvite => ({
  id,
  role,
  createdBy: 'u-mia',
  createdByName: 'Mia Manager',
  createdAt: '2026-03-02T09:00:00.000Z',
  expiresAt: '2026-03-09T09:00:00.000Z',
});

/** A fake server holding each team's pending invites; `hold` keeps the next list answer back until released, `forbid` refuses a withdrawal. */
function fakeServer(invites: PendingInvite[] = [pending('i-1')]) {
  const server = { invites, held: undefined as (() => void) | undefined, hold: false, offline: false, forbid: false };
  let made = 0;
  const api: Partial<TeamApi> = {
    async teamInvites() {
      if (server.offline) throw new TeamApiError('The team server could not be reached: check your connection and try again.', 0, 'offline');
      const answer = [...server.invites];
      if (server.hold) await new Promise<void>((release) => (server.held = release));
      return answer;
    },
    async createInvite(role, teamId) {
      const invite = { ...pending(`new-${++made}`, role), teamId: teamId ?? null };
      if (teamId) server.invites.push(pending(invite.id, role));
      return { url: `http://team.test/#/join/token-${made}`, invite } satisfies CreatedInvite;
    },
    async withdrawInvite(inviteId) {
      if (server.forbid) throw new TeamApiError('Managers withdraw invites for trainees; ask an admin to withdraw one for a manager.', 403, 'forbidden');
      if (!server.invites.some((i) => i.id === inviteId))
        throw new TeamApiError('This invite is no longer pending: it was already used, withdrawn or has expired.', 404, 'invite_not_pending');
      server.invites = server.invites.filter((i) => i.id !== inviteId);
    },
  };
  const store = createTeamStore({ api: api as TeamApi, outbox: memoryOutboxStorage() });
  return { store, server };
}

const ids = (store: ReturnType<typeof fakeServer>['store'], teamId = 't-1') => store.getState().teamInvites[teamId]?.invites?.map((i) => i.id);

describe('a team’s pending invites in the team store', () => {
  it('has no list for a team until the server answers, then the server’s', async () => {
    const { store } = fakeServer();
    expect(store.getState().teamInvites['t-1']).toBeUndefined();
    await store.getState().loadInvites('t-1');
    expect(store.getState().teamInvites['t-1']).toEqual({ invites: [pending('i-1')] });
  });

  it('adds an invite made for the team to its list at once, and one for an admin to none', async () => {
    const { store } = fakeServer();
    await store.getState().loadInvites('t-1');
    const made = await store.getState().invite('trainee', 't-1');
    expect(made).toMatchObject({ url: 'http://team.test/#/join/token-1' });
    expect(ids(store)).toEqual(['i-1', 'new-1']);
    expect(store.getState().teamInvites['t-1']?.invites?.[1]).not.toHaveProperty('teamId');
    await store.getState().invite('admin', undefined);
    expect(Object.keys(store.getState().teamInvites)).toEqual(['t-1']);
  });

  it('drops a withdrawn invite from the list', async () => {
    const { store } = fakeServer([pending('i-1'), pending('i-2')]);
    await store.getState().loadInvites('t-1');
    expect(await store.getState().withdrawInvite('t-1', 'i-1')).toBeUndefined();
    expect(ids(store)).toEqual(['i-2']);
  });

  it('drops an invite the server says is no longer pending, and says it was gone', async () => {
    const { store, server } = fakeServer([pending('i-1'), pending('i-2')]);
    await store.getState().loadInvites('t-1');
    server.invites = [pending('i-2')];
    const refused = await store.getState().withdrawInvite('t-1', 'i-1');
    expect(refused).toMatchObject({ gone: true, message: expect.stringMatching(/no longer pending/) });
    expect(ids(store)).toEqual(['i-2']);
  });

  it('returns the server’s reason when a withdrawal is refused and keeps the invite listed', async () => {
    const { store, server } = fakeServer();
    await store.getState().loadInvites('t-1');
    server.forbid = true;
    const refused = await store.getState().withdrawInvite('t-1', 'i-1');
    expect(refused).toMatchObject({ gone: false, message: expect.stringMatching(/ask an admin/) });
    expect(ids(store)).toEqual(['i-1']);
  });

  it('does not let a list asked for before a withdrawal bring the withdrawn invite back', async () => {
    const { store, server } = fakeServer([pending('i-1'), pending('i-2')]);
    await store.getState().loadInvites('t-1');
    server.hold = true;
    const stale = store.getState().loadInvites('t-1');
    await expect.poll(() => server.held).toBeDefined();
    server.hold = false;
    await store.getState().withdrawInvite('t-1', 'i-1');
    server.held!();
    await stale;
    expect(ids(store)).toEqual(['i-2']);
  });

  it('does not let a list asked for before an invite was made drop it', async () => {
    const { store, server } = fakeServer([]);
    server.hold = true;
    const stale = store.getState().loadInvites('t-1');
    await expect.poll(() => server.held).toBeDefined();
    server.hold = false;
    await store.getState().invite('trainee', 't-1');
    server.held!();
    await stale;
    expect(ids(store)).toEqual(['new-1']);
  });

  it('keeps the last list with the reason when a refresh fails', async () => {
    const { store, server } = fakeServer();
    await store.getState().loadInvites('t-1');
    server.offline = true;
    await store.getState().loadInvites('t-1');
    expect(store.getState().teamInvites['t-1']).toEqual({ invites: [pending('i-1')], error: expect.stringMatching(/could not be reached/) });
    server.offline = false;
    await store.getState().loadInvites('t-1');
    expect(store.getState().teamInvites['t-1']).toEqual({ invites: [pending('i-1')] });
  });
});
