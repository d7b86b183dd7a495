import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamServer } from '../../../src/server/team/createTeamServer';
import { assignmentBody, callUpload } from '../../support/teamCalls';
import {
  ApiClient,
  databaseKinds,
  expectStatus,
  freshTarget,
  PASSWORD,
  type Seeded,
  seedTeams,
  SETUP_CODE,
  startTeam,
  stopPostgres,
  testClock,
} from '../../support/teamHarness';

afterAll(stopPostgres);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- API bodies are read loosely in tests

for (const kind of databaseKinds()) {
  describe.skipIf(kind.skip)(`the team API on ${kind.name}${kind.skip ? ` (${kind.skip})` : ''}`, () => {
    let server: TeamServer;
    let s: Seeded;
    const clock = testClock();

    beforeAll(async () => {
      server = await startTeam(await freshTarget(kind.name), { clock });
      s = await seedTeams(server);
    });
    afterAll(async () => server?.close());

    it('creates the first admin only once, with the printed code', async () => {
      const again = await new ApiClient(server.running.url).post('/api/setup', {
        code: SETUP_CODE,
        email: 'eve@example.com',
        displayName: 'Eve',
        password: PASSWORD,
      });
      expect(again.status).toBe(409);
      expect((await new ApiClient(server.running.url).get<Json>('/api/setup')).body).toEqual({ needed: false });
    });

    it('signs people in with an HttpOnly SameSite cookie and out again', async () => {
      const client = new ApiClient(server.running.url);
      const signedIn = expectStatus(await client.post<Json>('/api/session', { email: 'TARA@example.com', password: PASSWORD }), 200);
      expect(signedIn.body.user.role).toBe('trainee');
      const cookie = signedIn.headers.getSetCookie()[0]!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect((await client.get<Json>('/api/me')).body.teams).toEqual([{ id: s.teamA, name: 'Team A' }]);
      expectStatus(await client.delete('/api/session'), 204);
      expect((await client.get('/api/me')).status).toBe(401);
    });

    it('lets an invite link be used once only, and not after it expires', async () => {
      const invite = expectStatus(await s.manager.client.post<Json>('/api/invites', { role: 'trainee', teamId: s.teamA, expiresInHours: 1 }), 201).body;
      expect(invite.url).toMatch(/#\/join\//);
      const anon = new ApiClient(server.running.url);
      expect((await anon.get<Json>(`/api/invites/${invite.token}`)).body.team.name).toBe('Team A');
      expectStatus(await anon.post(`/api/invites/${invite.token}/accept`, { email: 'once@example.com', displayName: 'Once', password: PASSWORD }), 201);
      expect(
        (
          await new ApiClient(server.running.url).post(`/api/invites/${invite.token}/accept`, {
            email: 'twice@example.com',
            displayName: 'Twice',
            password: PASSWORD,
          })
        ).status,
      ).toBe(404);
      const late = expectStatus(await s.manager.client.post<Json>('/api/invites', { role: 'trainee', teamId: s.teamA, expiresInHours: 1 }), 201).body;
      clock.advance(2 * 3_600_000);
      expect(
        (
          await new ApiClient(server.running.url).post(`/api/invites/${late.token}/accept`, {
            email: 'late@example.com',
            displayName: 'Late',
            password: PASSWORD,
          })
        ).status,
      ).toBe(404);
      clock.advance(-2 * 3_600_000);
      const pending = expectStatus(await s.manager.client.post<Json>('/api/invites', { role: 'trainee', teamId: s.teamA }), 201).body;
      expect(((await s.manager.client.get<Json>(`/api/teams/${s.teamA}/invites`)).body.invites as Json[]).map((i) => i.id)).toContain(pending.invite.id);
      expect((await s.managerB.client.delete(`/api/invites/${pending.invite.id}`)).status).toBe(404);
      expectStatus(await s.manager.client.delete(`/api/invites/${pending.invite.id}`), 204);
      expect((await new ApiClient(server.running.url).get(`/api/invites/${pending.token}`)).status).toBe(404);
      // The trainee who joined is removed again so the roster below holds Tara and Tom only.
      const members = (await s.manager.client.get<Json>(`/api/teams/${s.teamA}/members`)).body.members as Json[];
      const once = members.find((m) => m.email === 'once@example.com')!;
      expectStatus(await s.manager.client.delete(`/api/teams/${s.teamA}/members/${once.id}`), 204);
    });

    describe('with an assignment', () => {
      let assignmentId: string;

      beforeAll(async () => {
        const created = expectStatus(
          await s.manager.client.post<Json>(`/api/teams/${s.teamA}/assignments`, assignmentBody({ dueDate: '2026-03-10T17:00:00Z' })),
          201,
        );
        assignmentId = created.body.assignment.id;
      });

      it('shows trainees their assignments with the rules the manager set', async () => {
        const mine = expectStatus(await s.tara.client.get<Json>('/api/me/assignments'), 200).body.assignments as Json[];
        expect(mine).toHaveLength(1);
        expect(mine[0]!.assignment).toMatchObject({ title: 'Week 1', passMark: 70, attemptsAllowed: 2, kind: 'assignment' });
        expect(mine[0]!.progress.status).toBe('not-started');
        expect((await s.bea.client.get<Json>('/api/me/assignments')).body.assignments).toEqual([]);
      });

      it('stores an upload once, scored by the server, and answers a retry with the stored call', async () => {
        const body = await callUpload('tara-call-1', { assignmentId, lines: 'good', withReport: true });
        const first = expectStatus(await s.tara.client.post<Json>('/api/calls', body), 201).body;
        expect(first.stored).toBe('created');
        expect(first.call.counted).toBe(true);
        const retry = expectStatus(await s.tara.client.post<Json>('/api/calls', body), 200).body;
        expect(retry.stored).toBe('existing');
        expect(retry.report).toEqual(first.report);
        const changed = await s.tara.client.post<Json>('/api/calls', { ...body, endedAt: '2026-03-02T10:09:00.000Z' });
        expect(changed.status).toBe(409);
        expect((await s.tara.client.get<Json>('/api/me/calls')).body.calls).toHaveLength(1);
      });

      it('keeps its own report when the uploaded one was edited', async () => {
        const body = await callUpload('tara-call-edited', { scenarioId: 'busy-executive', lines: 'bad', assignmentId, withReport: true });
        const report = body.report as Json;
        const edited = {
          ...report,
          overall: 99,
          principles: (report.principles as Json[]).map((p) => (p.verdict === 'n/a' ? p : { ...p, verdict: 'met', score: 100 })),
        };
        const stored = expectStatus(await s.tara.client.post<Json>('/api/calls', { ...body, report: edited }), 201).body;
        expect(stored.call.clientReportDiffers).toBe(true);
        expect(stored.report.overall).toBe(report.overall);
        expect(stored.report.overall).toBeLessThan(99);
      });

      it('flags the same transcript under two trainees', async () => {
        const copied = { ...(await callUpload('tom-copied', { assignmentId, lines: 'good' })) };
        const stored = expectStatus(await s.tom.client.post<Json>('/api/calls', copied), 201).body;
        expect(stored.call.sameTranscript.count).toBe(1);
        const review = expectStatus(await s.manager.client.get<Json>('/api/calls/tom-copied'), 200).body;
        expect(review.call.sameTranscript.visible).toEqual([{ callId: 'tara-call-1', traineeId: s.tara.id }]);
      });

      it('keeps the other scenarios open when one runs out of attempts, and lets the manager grant more', async () => {
        expectStatus(
          await s.tom.client.post(
            '/api/calls',
            await callUpload('tom-bad-1', { scenarioId: 'busy-executive', lines: 'bad', assignmentId, seed: 1, startedAt: '2026-03-02T11:00:00.000Z' }),
          ),
          201,
        );
        expectStatus(
          await s.tom.client.post(
            '/api/calls',
            await callUpload('tom-bad-2', { scenarioId: 'busy-executive', lines: 'bad', assignmentId, seed: 2, startedAt: '2026-03-02T11:10:00.000Z' }),
          ),
          201,
        );
        let progress = (await s.tom.client.get<Json>('/api/me/assignments')).body.assignments[0].progress;
        const busy = progress.scenarios.find((x: Json) => x.scenarioId === 'busy-executive');
        expect(busy).toMatchObject({ state: 'failed', attemptsLeft: 0, canPlay: false });
        expect(progress.status).toBe('failed');
        const third = expectStatus(
          await s.tom.client.post<Json>(
            '/api/calls',
            await callUpload('tom-bad-3', { scenarioId: 'busy-executive', lines: 'bad', assignmentId, seed: 3, startedAt: '2026-03-02T11:20:00.000Z' }),
          ),
          201,
        ).body;
        expect(third.call.counted).toBe(false);
        const granted = expectStatus(
          await s.manager.client.post<Json>(`/api/assignments/${assignmentId}/grants`, {
            traineeId: s.tom.id,
            scenarioId: 'busy-executive',
            extraAttempts: 2,
            reason: 'Bad line on Monday',
          }),
          201,
        ).body;
        const after = granted.progress.scenarios.find((x: Json) => x.scenarioId === 'busy-executive');
        expect(after).toMatchObject({ attemptsAllowed: 4, attempts: 3, attemptsLeft: 1, extraAttempts: 2, canPlay: true });
        progress = (await s.tom.client.get<Json>('/api/me/assignments')).body.assignments[0].progress;
        expect(progress.countedCallIds).toContain('tom-bad-3');
      });

      it('refuses a call played under other rules than the assignment’s', async () => {
        const body = await callUpload('tara-guided', { assignmentId });
        const refused = await s.tara.client.post<Json>('/api/calls', { ...body, mode: 'guided', personaKind: 'llm' });
        expect(refused.status).toBe(422);
        expect(refused.body.error.problems.map((p: Json) => p.path)).toEqual(['personaKind', 'mode']);
      });

      it('shows the roster with each trainee’s status, and overdue once the due date passes', async () => {
        const roster = expectStatus(await s.manager.client.get<Json>(`/api/teams/${s.teamA}/roster`), 200).body;
        const byName = Object.fromEntries((roster.trainees as Json[]).map((t) => [t.displayName, t.status]));
        // Tom failed the busy executive, then was granted more attempts: in progress again.
        expect(byName).toEqual({ 'Tara Trainee': 'in-progress', 'Tom Trainee': 'in-progress' });
        clock.set(Date.parse('2026-03-11T09:00:00Z'));
        try {
          const later = expectStatus(await s.manager.client.get<Json>(`/api/teams/${s.teamA}/roster`), 200).body;
          expect((later.trainees as Json[]).find((t) => t.displayName === 'Tara Trainee')!.status).toBe('overdue');
        } finally {
          clock.set(Date.parse('2026-03-02T09:00:00Z'));
        }
      });

      it('draws the trainee × principle grid with a trend per assignment', async () => {
        const grid = expectStatus(await s.manager.client.get<Json>(`/api/teams/${s.teamA}/grid`), 200).body;
        expect(grid.assignments.map((a: Json) => a.id)).toEqual([assignmentId]);
        const tom = (grid.trainees as Json[]).find((t) => t.id === s.tom.id)!;
        const applied = Object.values(tom.cells as Record<string, Json>).filter((cell) => cell.applied > 0);
        expect(applied.length).toBeGreaterThan(0);
        for (const cell of applied) expect(cell.trend).toHaveLength(1);
      });

      it('ranks weak spots so that one miss in one call does not top the list', async () => {
        const spots = expectStatus(await s.manager.client.get<Json>(`/api/teams/${s.teamA}/weak-spots`), 200).body.weakSpots as Json[];
        expect(spots.length).toBeGreaterThan(0);
        for (let i = 1; i < spots.length; i++) expect(spots[i - 1]!.weightedMissRate).toBeGreaterThanOrEqual(spots[i]!.weightedMissRate);
        const top = spots[0]!;
        expect(top.applied).toBeGreaterThan(1);
      });

      it('pins a coaching note to a turn for the trainee to read', async () => {
        expectStatus(await s.manager.client.post('/api/calls/tom-bad-1/notes', { turn: 1, text: 'Open with why you are calling.' }), 201);
        const seen = expectStatus(await s.tom.client.get<Json>('/api/calls/tom-bad-1'), 200).body;
        expect(seen.notes).toMatchObject([{ turn: 1, text: 'Open with why you are calling.', authorName: 'Mia Manager' }]);
        expect(seen.transcript.turns.length).toBeGreaterThan(1);
        expect((await s.tom.client.post('/api/calls/tom-bad-1/notes', { turn: 1, text: 'I disagree' })).status).toBe(403);
      });

      it('overrides a verdict with a reason and keeps the original beside it', async () => {
        const call = (await s.manager.client.get<Json>('/api/calls/tom-bad-1')).body;
        const missed = (call.report.principles as Json[]).find((p) => p.verdict === 'missed')!;
        const done = expectStatus(
          await s.manager.client.post<Json>('/api/calls/tom-bad-1/overrides', {
            principleId: missed.id,
            verdict: 'met',
            reason: 'The customer had already agreed by email.',
          }),
          201,
        ).body;
        expect(done.override).toMatchObject({ principleId: missed.id, originalVerdict: 'missed', verdict: 'met', score: 100 });
        expect(done.report.principles.find((p: Json) => p.id === missed.id).verdict).toBe('met');
        expect(done.originalReport.principles.find((p: Json) => p.id === missed.id).verdict).toBe('missed');
        expect(done.report.overall).toBeGreaterThan(done.originalReport.overall);
      });

      it('exports CSV and JSON with per-principle columns and dates', async () => {
        const csv = expectStatus(await s.manager.client.get(`/api/teams/${s.teamA}/export.csv`), 200);
        expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
        const [header, ...rows] = csv.text.trim().split('\r\n');
        expect(header).toMatch(/^Trainee,Email,Assignment,/);
        expect(header).toContain('purpose-first verdict,purpose-first score');
        expect(header).toContain('Started,Ended,Received,Due');
        expect(rows.length).toBe(6);
        const json = expectStatus(await s.manager.client.get<Json>(`/api/teams/${s.teamA}/export.json`), 200).body;
        expect(json.calls).toHaveLength(6);
        expect(json.calls[0]).toMatchObject({ startedAt: expect.any(String), principles: expect.any(Object) });
      });

      it('imports a results file into the team, scoring it on the server', async () => {
        const upload = await callUpload('imported-1', { scenarioId: 'busy-executive', lines: 'good', withReport: true, seed: 9 });
        const { assignmentId: _drop, ...attempt } = upload;
        const file = {
          kind: 'results',
          schemaVersion: 1,
          trainee: 'Tara T.',
          exportedAt: '2026-03-03T08:00:00Z',
          assignment: {
            kind: 'assignment',
            schemaVersion: 1,
            id: 'file-week-0',
            title: 'From a file',
            scenarioIds: ['busy-executive'],
            passMark: 60,
            attemptsAllowed: 3,
            personaKind: 'scripted',
            mode: 'free',
            createdAt: '2026-02-20T08:00:00Z',
          },
          attempts: [{ ...attempt, report: { ...(attempt.report as Json), overall: 12 } }],
        };
        const imported = expectStatus(await s.manager.client.post<Json>(`/api/teams/${s.teamA}/import`, { traineeId: s.tara.id, results: file }), 200).body;
        expect(imported).toMatchObject({ assignmentId: 'file-week-0', added: ['imported-1'], alreadyThere: [], refused: [] });
        const again = expectStatus(await s.manager.client.post<Json>(`/api/teams/${s.teamA}/import`, { traineeId: s.tara.id, results: file }), 200).body;
        expect(again.alreadyThere).toEqual(['imported-1']);
        const call = (await s.manager.client.get<Json>('/api/calls/imported-1')).body;
        expect(call.call.clientReportDiffers).toBe(true);
        expect(call.call.source).toBe('import');
      });
    });

    it('sets a person’s daily model budget and shows usage to the manager', async () => {
      expectStatus(await s.admin.put(`/api/users/${s.tara.id}/budget`, { dailyTokens: 5000 }), 200);
      const usage = expectStatus(await s.manager.client.get<Json>(`/api/teams/${s.teamA}/usage`), 200).body;
      expect((usage.people as Json[]).find((p) => p.userId === s.tara.id)).toMatchObject({ dailyBudget: 5000, usedToday: 0 });
      expect((await s.manager.client.put(`/api/users/${s.tara.id}/budget`, { dailyTokens: 10 })).status).toBe(403);
    });
  });
}
