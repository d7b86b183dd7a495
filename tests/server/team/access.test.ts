import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamServer } from '../../../src/server/team/createTeamServer';
import { assignmentBody, callUpload } from '../../support/teamCalls';
import { ApiClient, databaseKinds, expectStatus, freshTarget, type Seeded, seedTeams, startTeam, stopPostgres } from '../../support/teamHarness';

afterAll(stopPostgres);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- API bodies are read loosely in tests

for (const kind of databaseKinds()) {
  describe.skipIf(kind.skip)(`who may see and change what, on ${kind.name}${kind.skip ? ` (${kind.skip})` : ''}`, () => {
    let server: TeamServer;
    let s: Seeded;
    let assignmentA: string;
    let assignmentB: string;

    beforeAll(async () => {
      server = await startTeam(await freshTarget(kind.name));
      s = await seedTeams(server);
      assignmentA = expectStatus(await s.manager.client.post<Json>(`/api/teams/${s.teamA}/assignments`, assignmentBody()), 201).body.assignment.id;
      assignmentB = expectStatus(await s.managerB.client.post<Json>(`/api/teams/${s.teamB}/assignments`, assignmentBody({ title: 'B work' })), 201).body
        .assignment.id;
      expectStatus(await s.tara.client.post('/api/calls', await callUpload('tara-1', { assignmentId: assignmentA })), 201);
      expectStatus(await s.bea.client.post('/api/calls', await callUpload('bea-1', { assignmentId: assignmentB, lines: 'bad' })), 201);
    });
    afterAll(async () => server?.close());

    it('refuses everything but setup, sign-in and invites to someone not signed in', async () => {
      const anon = new ApiClient(server.running.url);
      for (const path of ['/api/me', '/api/teams', '/api/calls/tara-1', `/api/teams/${s.teamA}/roster`, '/api/me/assignments']) {
        expect((await anon.get(path)).status, path).toBe(401);
      }
      expect((await anon.patch(`/api/assignments/${assignmentA}`, { passMark: 0 })).status).toBe(401);
      expect((await anon.post('/api/calls', await callUpload('anon-1'))).status).toBe(401);
    });

    it('does not let a trainee read another trainee’s calls', async () => {
      const denied = await s.tom.client.get<Json>('/api/calls/tara-1');
      expect(denied.status).toBe(404);
      expect(denied.text).not.toContain('Tara');
      expect((await s.tom.client.get(`/api/trainees/${s.tara.id}/calls`)).status).toBe(403);
      expect((await s.tara.client.get('/api/calls/tara-1')).status).toBe(200);
    });

    it('does not let a manager read another team’s calls, roster, exports or assignments', async () => {
      expect((await s.manager.client.get('/api/calls/bea-1')).status).toBe(404);
      expect((await s.manager.client.get(`/api/trainees/${s.bea.id}/calls`)).status).toBe(404);
      for (const path of ['roster', 'grid', 'weak-spots', 'export.csv', 'export.json', 'usage', 'members', 'assignments']) {
        expect((await s.manager.client.get(`/api/teams/${s.teamB}/${path}`)).status, path).toBe(404);
      }
      expect((await s.manager.client.get(`/api/assignments/${assignmentB}`)).status).toBe(404);
      expect((await s.managerB.client.get('/api/calls/bea-1')).status).toBe(200);
    });

    it('does not let a manager change another team: notes, overrides, grants, invites, imports, assignments', async () => {
      const m = s.manager.client;
      expect((await m.post('/api/calls/bea-1/notes', { turn: 0, text: 'Hi' })).status).toBe(404);
      expect((await m.post('/api/calls/bea-1/overrides', { principleId: 'purpose-first', verdict: 'met', reason: 'x' })).status).toBe(404);
      expect(
        (await m.post(`/api/assignments/${assignmentB}/grants`, { traineeId: s.bea.id, scenarioId: 'lease-follow-up', extraAttempts: 1, reason: 'x' })).status,
      ).toBe(404);
      expect((await m.post('/api/invites', { role: 'trainee', teamId: s.teamB })).status).toBe(404);
      expect((await m.post(`/api/teams/${s.teamB}/assignments`, assignmentBody())).status).toBe(404);
      expect((await m.post(`/api/teams/${s.teamB}/import`, { traineeId: s.bea.id, results: {} })).status).toBe(404);
      expect((await m.post(`/api/assignments/${assignmentB}/archive`)).status).toBe(404);
      expect((await m.patch(`/api/assignments/${assignmentB}`, { passMark: 0 })).status).toBe(404);
      expect((await s.managerB.client.get<Json>(`/api/assignments/${assignmentB}`)).body.assignment.assignment.passMark).toBe(70);
      // Granting attempts in one's own assignment to another team's trainee is refused too.
      expect(
        (await m.post(`/api/assignments/${assignmentA}/grants`, { traineeId: s.bea.id, scenarioId: 'lease-follow-up', extraAttempts: 1, reason: 'x' })).status,
      ).toBe(404);
    });

    it('keeps trainees from changing rules or uploading into another team’s assignment', async () => {
      const t = s.tara.client;
      expect((await t.post(`/api/teams/${s.teamA}/assignments`, assignmentBody())).status).toBe(403);
      expect((await t.patch(`/api/assignments/${assignmentA}`, { passMark: 0, attemptsAllowed: 50 })).status).toBe(403);
      expect((await t.patch(`/api/assignments/${assignmentB}`, { passMark: 0 })).status).toBe(403);
      expect((await s.manager.client.get<Json>(`/api/assignments/${assignmentA}`)).body.assignment.assignment).toMatchObject({
        passMark: 70,
        attemptsAllowed: 2,
      });
      expect(
        (
          await t.post(`/api/assignments/${assignmentA}/grants`, {
            traineeId: s.tara.id,
            scenarioId: 'lease-follow-up',
            extraAttempts: 5,
            reason: 'I want more',
          })
        ).status,
      ).toBe(403);
      expect((await t.post('/api/invites', { role: 'trainee', teamId: s.teamA })).status).toBe(403);
      expect((await t.post('/api/calls/tara-1/overrides', { principleId: 'purpose-first', verdict: 'met', reason: 'mine' })).status).toBe(403);
      expect((await t.get(`/api/assignments/${assignmentB}`)).status).toBe(404);
      expect((await t.post('/api/calls', await callUpload('tara-into-b', { assignmentId: assignmentB }))).status).toBe(404);
      expect((await t.put(`/api/users/${s.tara.id}/budget`, { dailyTokens: 10_000_000 })).status).toBe(403);
    });

    it('does not let one trainee take over another’s call id', async () => {
      const taken = await s.tom.client.post<Json>('/api/calls', await callUpload('tara-1', { assignmentId: assignmentA }));
      expect(taken.status).toBe(409);
      expect((await s.tara.client.get<Json>('/api/calls/tara-1')).body.call.traineeId).toBe(s.tara.id);
    });

    it('lets managers invite trainees only, and only admins create teams', async () => {
      expect((await s.manager.client.post('/api/invites', { role: 'manager', teamId: s.teamA })).status).toBe(403);
      expect((await s.manager.client.post('/api/invites', { role: 'admin' })).status).toBe(403);
      expect((await s.manager.client.post('/api/teams', { name: 'Mine' })).status).toBe(403);
      expect((await s.manager.client.get('/api/users')).status).toBe(403);
    });

    it('refuses changes without the CSRF token or from another site', async () => {
      const noToken = new ApiClient(server.running.url);
      noToken.cookie = s.manager.client.cookie;
      const refused = await noToken.post<Json>(`/api/calls/tara-1/notes`, { turn: 0, text: 'forged' });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('csrf_token');
      const crossSite = await s.manager.client.request<Json>(
        'POST',
        '/api/calls/tara-1/notes',
        { turn: 0, text: 'forged' },
        { origin: 'https://evil.example' },
      );
      expect(crossSite.status).toBe(403);
      const form = await s.manager.client.request<Json>('POST', '/api/calls/tara-1/notes', 'turn=0&text=forged', {
        'content-type': 'application/x-www-form-urlencoded',
      });
      expect(form.status).toBe(415);
      const forgedEdit = await noToken.patch<Json>(`/api/assignments/${assignmentA}`, { passMark: 0 });
      expect(forgedEdit.status).toBe(403);
      expect(forgedEdit.body.error.code).toBe('csrf_token');
      expect((await s.manager.client.get<Json>('/api/calls/tara-1')).body.notes).toEqual([]);
    });
  });
}
