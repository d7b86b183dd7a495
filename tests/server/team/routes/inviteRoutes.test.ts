import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamServer } from '../../../../src/server/team/createTeamServer';
import {
  ApiClient,
  databaseKinds,
  expectStatus,
  freshTarget,
  PASSWORD,
  type Seeded,
  seedTeams,
  startTeam,
  stopPostgres,
  testClock,
} from '../../../support/teamHarness';

afterAll(stopPostgres);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- API bodies are read loosely in tests

const HOUR = 3_600_000;

for (const kind of databaseKinds()) {
  describe.skipIf(kind.skip)(`pending invites of a team, on ${kind.name}${kind.skip ? ` (${kind.skip})` : ''}`, () => {
    let server: TeamServer;
    let s: Seeded;
    const clock = testClock();

    const invite = async (client: ApiClient, body: Json) => expectStatus(await client.post<Json>('/api/invites', body), 201).body;
    const pending = async (client: ApiClient, teamId: string) =>
      expectStatus(await client.get<{ invites: Json[] }>(`/api/teams/${teamId}/invites`), 200).body.invites;
    const withdrawAll = async () => {
      for (const teamId of [s.teamA, s.teamB]) for (const i of await pending(s.admin, teamId)) expectStatus(await s.admin.delete(`/api/invites/${i.id}`), 204);
    };

    beforeAll(async () => {
      server = await startTeam(await freshTarget(kind.name), { clock });
      s = await seedTeams(server);
    });
    afterAll(async () => server?.close());

    it('answers an empty list when every invite of the team was used', async () => {
      expect(await pending(s.manager.client, s.teamA)).toEqual([]);
    });

    it('lists each pending invite with its role, who made it and when it expires, oldest first', async () => {
      const forManager = await invite(s.admin, { role: 'manager', teamId: s.teamA, expiresInHours: 48 });
      clock.advance(60_000);
      const forTrainee = await invite(s.manager.client, { role: 'trainee', teamId: s.teamA });
      expect(forTrainee.invite).toEqual({
        id: expect.any(String),
        role: 'trainee',
        teamId: s.teamA,
        createdBy: s.manager.id,
        createdByName: 'Mia Manager',
        createdAt: new Date(clock.now()).toISOString(),
        expiresAt: new Date(clock.now() + 168 * HOUR).toISOString(),
      });
      const { teamId: _team, ...listed } = forTrainee.invite;
      expect(await pending(s.manager.client, s.teamA)).toEqual([
        {
          id: forManager.invite.id,
          role: 'manager',
          createdBy: expect.any(String),
          createdByName: 'Ada Admin',
          createdAt: forManager.invite.createdAt,
          expiresAt: forManager.invite.expiresAt,
        },
        listed,
      ]);
      await withdrawAll();
    });

    it('shows a manager only the invites of their own teams, and trainees none', async () => {
      const mine = await invite(s.manager.client, { role: 'trainee', teamId: s.teamA });
      const theirs = await invite(s.managerB.client, { role: 'trainee', teamId: s.teamB });
      expect((await pending(s.manager.client, s.teamA)).map((i) => i.id)).toEqual([mine.invite.id]);
      expect((await pending(s.managerB.client, s.teamB)).map((i) => i.id)).toEqual([theirs.invite.id]);
      const elsewhere = await s.manager.client.get<Json>(`/api/teams/${s.teamB}/invites`);
      expect(elsewhere.status).toBe(404);
      expect(elsewhere.text).not.toContain(theirs.invite.id);
      expect((await s.tara.client.get(`/api/teams/${s.teamA}/invites`)).status).toBe(403);
      expect((await new ApiClient(server.running.url).get(`/api/teams/${s.teamA}/invites`)).status).toBe(401);
      expect((await pending(s.admin, s.teamB)).map((i) => i.id)).toEqual([theirs.invite.id]);
      await withdrawAll();
    });

    it('leaves out invites that were used, withdrawn or have expired', async () => {
      const used = await invite(s.manager.client, { role: 'trainee', teamId: s.teamA });
      const withdrawn = await invite(s.manager.client, { role: 'trainee', teamId: s.teamA });
      const expiring = await invite(s.manager.client, { role: 'trainee', teamId: s.teamA, expiresInHours: 1 });
      const kept = await invite(s.manager.client, { role: 'trainee', teamId: s.teamA, expiresInHours: 3 });
      expectStatus(
        await new ApiClient(server.running.url).post(`/api/invites/${used.token}/accept`, { email: 'new@example.com', displayName: 'New', password: PASSWORD }),
        201,
      );
      expectStatus(await s.manager.client.delete(`/api/invites/${withdrawn.invite.id}`), 204);
      clock.advance(2 * HOUR);
      const ids = (await pending(s.manager.client, s.teamA)).map((i) => i.id);
      expect(ids).toEqual([kept.invite.id]);
      expect(ids).not.toContain(expiring.invite.id);
      await withdrawAll();
    });

    it('lets a manager withdraw a trainee’s invite of their team, and the link stops working', async () => {
      const made = await invite(s.manager.client, { role: 'trainee', teamId: s.teamA });
      expectStatus(await s.manager.client.delete(`/api/invites/${made.invite.id}`), 204);
      expect((await new ApiClient(server.running.url).get(`/api/invites/${made.token}`)).status).toBe(404);
      expect(await pending(s.manager.client, s.teamA)).toEqual([]);
    });

    it('answers 404 with a plain reason when the invite was already used or withdrawn', async () => {
      const made = await invite(s.manager.client, { role: 'trainee', teamId: s.teamA });
      expectStatus(await s.manager.client.delete(`/api/invites/${made.invite.id}`), 204);
      const again = await s.manager.client.delete<Json>(`/api/invites/${made.invite.id}`);
      expect(again.status).toBe(404);
      expect(again.body.error).toEqual({ code: 'invite_not_pending', message: expect.stringMatching(/already used, withdrawn or has expired/) });
      const joined = await invite(s.manager.client, { role: 'trainee', teamId: s.teamA });
      expectStatus(
        await new ApiClient(server.running.url).post(`/api/invites/${joined.token}/accept`, {
          email: 'late@example.com',
          displayName: 'Late',
          password: PASSWORD,
        }),
        201,
      );
      expect((await s.manager.client.delete<Json>(`/api/invites/${joined.invite.id}`)).body.error.code).toBe('invite_not_pending');
    });

    it('answers another team’s invite like one that never existed', async () => {
      const theirs = await invite(s.managerB.client, { role: 'trainee', teamId: s.teamB });
      const refused = await s.manager.client.delete<Json>(`/api/invites/${theirs.invite.id}`);
      const madeUp = await s.manager.client.delete<Json>('/api/invites/1b4e28ba-2fa1-11d2-883f-0016d3cca427');
      expect(refused.status).toBe(404);
      expect(refused.body).toEqual(madeUp.body);
      expect((await pending(s.managerB.client, s.teamB)).map((i) => i.id)).toEqual([theirs.invite.id]);
      await withdrawAll();
    });

    it('leaves a manager’s and an admin’s invites to admins to withdraw, and trainees none', async () => {
      const forManager = await invite(s.admin, { role: 'manager', teamId: s.teamA });
      const refused = await s.manager.client.delete<Json>(`/api/invites/${forManager.invite.id}`);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/ask an admin/);
      const forAdmin = await invite(s.admin, { role: 'admin' });
      expect((await s.manager.client.delete(`/api/invites/${forAdmin.invite.id}`)).status).toBe(404);
      const forTrainee = await invite(s.manager.client, { role: 'trainee', teamId: s.teamA });
      expect((await s.tara.client.delete(`/api/invites/${forTrainee.invite.id}`)).status).toBe(403);
      expect((await pending(s.manager.client, s.teamA)).map((i) => i.id).sort()).toEqual([forManager.invite.id, forTrainee.invite.id].sort());
      expectStatus(await s.admin.delete(`/api/invites/${forManager.invite.id}`), 204);
      expectStatus(await s.admin.delete(`/api/invites/${forAdmin.invite.id}`), 204);
      await withdrawAll();
    });

    it('names the malformed id in the address', async () => {
      for (const [path, param] of [
        ['/api/teams/not-a-team/invites', 'teamId'],
        ['/api/invites/not-an-invite', 'inviteId'],
      ] as const) {
        const response = path.startsWith('/api/teams') ? await s.manager.client.get<Json>(path) : await s.manager.client.delete<Json>(path);
        expect(response.status, path).toBe(400);
        expect(response.body.error.problems, path).toEqual([{ path: param, message: expect.any(String) }]);
      }
    });
  });
}
