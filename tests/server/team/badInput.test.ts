import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamServer } from '../../../src/server/team/createTeamServer';
import { assignmentBody, callUpload } from '../../support/teamCalls';
import { ApiClient, databaseKinds, expectStatus, freshTarget, PASSWORD, type Seeded, seedTeams, startTeam, stopPostgres } from '../../support/teamHarness';

afterAll(stopPostgres);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- API bodies are read loosely in tests

const paths = (response: { body: Json }) => (response.body.error.problems as Json[]).map((p) => p.path);

for (const kind of databaseKinds()) {
  describe.skipIf(kind.skip)(`bad input on ${kind.name}${kind.skip ? ` (${kind.skip})` : ''}`, () => {
    let server: TeamServer;
    let s: Seeded;
    let assignmentId: string;

    beforeAll(async () => {
      server = await startTeam(await freshTarget(kind.name), { signInLimits: { perAccount: 3, perClient: 50, windowMs: 60_000 } });
      s = await seedTeams(server);
      assignmentId = expectStatus(await s.manager.client.post<Json>(`/api/teams/${s.teamA}/assignments`, assignmentBody()), 201).body.assignment.id;
    });
    afterAll(async () => server?.close());

    it('refuses a body that is not JSON, with a clear message', async () => {
      const broken = await s.admin.request<Json>('POST', '/api/teams', '{"name": ', { 'content-type': 'application/json' });
      expect(broken.status).toBe(400);
      expect(broken.body.error.message).toMatch(/not valid JSON/);
    });

    it('refuses script tags and control characters in names', async () => {
      const tagged = await s.admin.post<Json>('/api/teams', { name: '<script>alert(1)</script>' });
      expect(tagged.status).toBe(400);
      expect(tagged.body.error.problems).toEqual([{ path: 'name', message: 'names are plain text: no "<", ">" or control characters' }]);
      const invite = expectStatus(await s.manager.client.post<Json>('/api/invites', { role: 'trainee', teamId: s.teamA }), 201).body;
      const signup = await new ApiClient(server.running.url).post<Json>(`/api/invites/${invite.token}/accept`, {
        email: 'x@example.com',
        displayName: 'Eve<img src=x onerror=alert(1)>',
        password: PASSWORD,
      });
      expect(paths(signup)).toEqual(['displayName']);
    });

    it('refuses unknown keys, wrong types and absurd numbers, naming every path', async () => {
      const absurd = await s.manager.client.post<Json>(
        `/api/teams/${s.teamA}/assignments`,
        assignmentBody({ passMark: 1e9, attemptsAllowed: -3, extra: true }),
      );
      expect(absurd.status).toBe(400);
      expect(paths(absurd).sort()).toEqual(['attemptsAllowed', 'extra', 'passMark']);
      const grant = await s.manager.client.post<Json>(`/api/assignments/${assignmentId}/grants`, {
        traineeId: s.tara.id,
        scenarioId: 'lease-follow-up',
        extraAttempts: 1e6,
        reason: 'x',
      });
      expect(paths(grant)).toEqual(['extraAttempts']);
      const budget = await s.admin.put<Json>(`/api/users/${s.tara.id}/budget`, { dailyTokens: 1e15 });
      expect(paths(budget)).toEqual(['dailyTokens']);
      const invite = await s.admin.post<Json>('/api/invites', { role: 'overlord', teamId: s.teamA, expiresInHours: 99999 });
      expect(paths(invite).sort()).toEqual(['expiresInHours', 'role']);
    });

    it('refuses the server’s own fields in an assignment and unknown scenarios', async () => {
      const own = await s.manager.client.post<Json>(`/api/teams/${s.teamA}/assignments`, { ...assignmentBody(), id: 'mine', kind: 'assignment' });
      expect(paths(own).sort()).toEqual(['id', 'kind']);
      const unknown = await s.manager.client.post<Json>(`/api/teams/${s.teamA}/assignments`, assignmentBody({ scenarioIds: ['no-such-scenario'] }));
      expect(unknown.status).toBe(400);
      expect(paths(unknown)).toEqual(['scenarioIds.0']);
    });

    it('refuses malformed and crafted calls', async () => {
      const good = await callUpload('crafted', { assignmentId, withReport: true });
      const tooManyTurns = {
        ...good,
        transcript: { ...(good.transcript as Json), turns: Array.from({ length: 401 }, () => ({ speaker: 'rep', text: 'hi' })) },
      };
      expect(paths(await s.tara.client.post<Json>('/api/calls', tooManyTurns))).toEqual(['transcript.turns']);
      const badTimes = { ...good, startedAt: '1850-01-01T00:00:00Z', endedAt: 'yesterday' };
      expect(paths(await s.tara.client.post<Json>('/api/calls', badTimes)).sort()).toEqual(['endedAt', 'startedAt']);
      const ghostTurn = {
        ...good,
        report: { ...(good.report as Json), mistakes: [{ turn: 300, principle: 'purpose-first', commentary: 'x', betterLine: 'y' }] },
      };
      expect(paths(await s.tara.client.post<Json>('/api/calls', ghostTurn))).toEqual(['report.mistakes.0.turn']);
      const otherScenario = { ...good, transcript: { ...(good.transcript as Json), scenarioId: 'busy-executive' } };
      expect(paths(await s.tara.client.post<Json>('/api/calls', otherScenario))).toEqual(['transcript.scenarioId']);
      const badId = { ...good, id: '../../etc/passwd' };
      expect(paths(await s.tara.client.post<Json>('/api/calls', badId))).toEqual(['id']);
      expect((await s.tara.client.get<Json>('/api/me/calls')).body.calls).toEqual([]);
    });

    it('refuses foreign and malformed ids without saying whose they are', async () => {
      const foreign = await s.tara.client.post<Json>('/api/calls', await callUpload('foreign', { assignmentId: 'no-such-assignment' }));
      expect(foreign.status).toBe(404);
      const malformed = await s.manager.client.get<Json>('/api/teams/not-a-uuid/roster');
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.problems).toEqual([{ path: 'teamId', message: expect.stringMatching(/expected an id/) }]);
      expect((await s.manager.client.get('/api/teams/00000000-0000-4000-8000-000000000000/roster')).status).toBe(404);
      expect((await s.manager.client.get('/api/calls/nope')).status).toBe(404);
      expect((await s.manager.client.get('/api/nowhere')).status).toBe(404);
    });

    it('refuses oversized bodies before reading them whole', async () => {
      const huge = JSON.stringify({ name: 'x'.repeat(200_000) });
      const refused = await s.admin.request<Json>('POST', '/api/teams', huge, { 'content-type': 'application/json' });
      expect(refused.status).toBe(413);
      expect(refused.body.error.message).toMatch(/too large/);
    });

    it('refuses wrong setup codes and slows down password guessing', async () => {
      const anon = new ApiClient(server.running.url);
      expect((await anon.post('/api/setup', { code: 'WRONG', email: 'a@b.co', displayName: 'A', password: PASSWORD })).status).toBe(409);
      for (let i = 0; i < 3; i++) expect((await anon.post('/api/session', { email: 'tom@example.com', password: 'wrong password!' })).status).toBe(401);
      const limited = await anon.post<Json>('/api/session', { email: 'tom@example.com', password: PASSWORD });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await anon.post('/api/session', { email: 'tara@example.com', password: PASSWORD })).status).toBe(200);
    });
  });
}
