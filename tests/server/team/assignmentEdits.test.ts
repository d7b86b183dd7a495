import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TeamServer } from '../../../src/server/team/createTeamServer';
import { assignmentById, lockAssignment } from '../../../src/server/team/store/assignmentStore';
import { storeCall } from '../../../src/server/team/store/callStore';
import { assignmentBody, callUpload } from '../../support/teamCalls';
import {
  type ApiResponse,
  databaseKinds,
  expectStatus,
  freshTarget,
  type Seeded,
  seedTeams,
  startTeam,
  stopPostgres,
  testClock,
} from '../../support/teamHarness';

afterAll(stopPostgres);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- API bodies are read loosely in tests

const paths = (response: { body: Json }) => (response.body.error.problems as Json[]).map((p) => p.path);

for (const kind of databaseKinds()) {
  describe.skipIf(kind.skip)(`editing an assignment on ${kind.name}${kind.skip ? ` (${kind.skip})` : ''}`, () => {
    let server: TeamServer;
    let s: Seeded;
    const clock = testClock();

    beforeAll(async () => {
      server = await startTeam(await freshTarget(kind.name), { clock });
      s = await seedTeams(server);
    });
    afterAll(async () => server?.close());

    const create = async (overrides: Record<string, unknown> = {}) =>
      expectStatus(await s.manager.client.post<Json>(`/api/teams/${s.teamA}/assignments`, assignmentBody(overrides)), 201).body.assignment.id as string;
    const edit = (id: string, body: unknown) => s.manager.client.patch<Json>(`/api/assignments/${id}`, body);
    const upload = async (who: 'tara' | 'tom', callId: string, options: Parameters<typeof callUpload>[1]) =>
      expectStatus(await s[who].client.post<Json>('/api/calls', await callUpload(callId, options)), 201);
    const mine = async (who: 'tara' | 'tom', id: string) =>
      ((await s[who].client.get<Json>('/api/me/assignments')).body.assignments as Json[]).find((a) => a.id === id)!;
    const rosterOf = async (traineeId: string, id: string) => {
      const roster = expectStatus(await s.manager.client.get<Json>(`/api/teams/${s.teamA}/roster`), 200).body;
      return (roster.trainees as Json[]).find((t) => t.id === traineeId)!.assignments.find((a: Json) => a.assignmentId === id);
    };

    it('changes the title, note, due date, pass mark and attempts, and trainees see the new rules at once', async () => {
      const id = await create({ title: 'Week 2', note: 'Go', dueDate: '2026-04-01T17:00:00Z' });
      clock.advance(60_000);
      const changes = { title: 'Week 2, revised', note: 'Slow down.', dueDate: '2026-04-08T17:00:00Z', passMark: 80, attemptsAllowed: 4 };
      const saved = expectStatus(await edit(id, changes), 200).body.assignment;
      expect(saved.assignment).toMatchObject({ ...changes, dueDate: '2026-04-08T17:00:00Z', id, kind: 'assignment' });
      expect(saved.updatedAt).toBe(new Date(clock.now()).toISOString());
      expect(saved.callCount).toBe(0);
      const seen = await mine('tara', id);
      expect(seen.assignment).toMatchObject(changes);
      expect(seen.updatedAt).toBe(saved.updatedAt);
      expect(seen.progress.scenarios[0].attemptsAllowed).toBe(4);
      const listed = (await s.manager.client.get<Json>(`/api/teams/${s.teamA}/assignments`)).body.assignments as Json[];
      expect(listed.find((a) => a.id === id)).toMatchObject({ updatedAt: saved.updatedAt, callCount: 0, assignment: { title: 'Week 2, revised' } });
    });

    it('removes the note, the due date and the fixed difficulty when they are sent as null', async () => {
      const id = await create({ note: 'Read the brief', dueDate: '2026-04-01T17:00:00Z', difficulty: 'hard' });
      const saved = expectStatus(await edit(id, { note: null, dueDate: null, difficulty: null }), 200).body.assignment.assignment;
      expect(saved).not.toHaveProperty('note');
      expect(saved).not.toHaveProperty('dueDate');
      expect(saved).not.toHaveProperty('difficulty');
    });

    it('leaves an assignment unmarked when an edit changes nothing', async () => {
      const id = await create();
      const same = expectStatus(await edit(id, { title: 'Week 1', passMark: 70 }), 200).body.assignment;
      expect(same.updatedAt).toBeNull();
    });

    it('recomputes statuses with the new pass mark, attempts and due date on the roster and the trainee’s own view', async () => {
      const id = await create({ dueDate: '2026-04-01T17:00:00Z' });
      await upload('tara', 'status-lease', { assignmentId: id, lines: 'good' });
      await upload('tara', 'status-busy', { assignmentId: id, scenarioId: 'busy-executive', lines: 'good' });
      expect((await rosterOf(s.tara.id, id)).status).toBe('passed');

      // The lease call scored 99: under a pass mark of 100 it is one attempt of two, still open.
      expectStatus(await edit(id, { passMark: 100 }), 200);
      expect((await rosterOf(s.tara.id, id)).status).toBe('in-progress');
      expect((await mine('tara', id)).progress.scenarios[0]).toMatchObject({ state: 'open', attemptsLeft: 1, canPlay: true });

      expectStatus(await edit(id, { attemptsAllowed: 1 }), 200);
      expect((await rosterOf(s.tara.id, id)).status).toBe('failed');
      expect((await mine('tara', id)).progress.status).toBe('failed');

      expectStatus(await edit(id, { passMark: 90, attemptsAllowed: 2, dueDate: '2026-03-01T17:00:00Z' }), 200);
      expect((await mine('tara', id)).progress.status).toBe('passed');
      // Tom has not started: the due date moved into the past makes him overdue.
      expect((await rosterOf(s.tom.id, id)).status).toBe('overdue');
      expect((await mine('tom', id)).progress.status).toBe('overdue');
    });

    it('leaves a trainee who used more attempts than the new allowance out of attempts, and a grant still gives more', async () => {
      const id = await create({ attemptsAllowed: 3 });
      const bad = { assignmentId: id, scenarioId: 'busy-executive', lines: 'bad' as const };
      await upload('tom', 'fewer-1', { ...bad, seed: 1, startedAt: '2026-03-02T11:00:00.000Z' });
      await upload('tom', 'fewer-2', { ...bad, seed: 2, startedAt: '2026-03-02T11:10:00.000Z' });
      expectStatus(await edit(id, { attemptsAllowed: 1 }), 200);
      const out = await mine('tom', id);
      expect(out.progress.scenarios[1]).toMatchObject({ state: 'failed', attempts: 1, attemptsLeft: 0, canPlay: false });
      expect(out.progress.countedCallIds).toEqual(['fewer-1']);
      expect(out.progress.scenarios[0]).toMatchObject({ state: 'not-started', canPlay: true });

      const granted = expectStatus(
        await s.manager.client.post<Json>(`/api/assignments/${id}/grants`, {
          traineeId: s.tom.id,
          scenarioId: 'busy-executive',
          extraAttempts: 2,
          reason: 'Allowance lowered after he had started',
        }),
        201,
      ).body;
      expect(granted.progress.scenarios[1]).toMatchObject({ attemptsAllowed: 3, attempts: 2, attemptsLeft: 1, canPlay: true });
    });

    it('changes the scenarios and how they are played before any call, and refuses with 409 once one was uploaded', async () => {
      const id = await create();
      const early = expectStatus(await edit(id, { scenarioIds: ['busy-executive'], mode: 'guided', difficulty: 'easy' }), 200).body.assignment;
      expect(early.assignment).toMatchObject({ scenarioIds: ['busy-executive'], mode: 'guided', difficulty: 'easy' });
      expectStatus(await edit(id, { scenarioIds: ['lease-follow-up', 'busy-executive'], mode: 'free', difficulty: null }), 200);
      await upload('tara', 'locks-rules', { assignmentId: id });

      const refused = await edit(id, { scenarioIds: ['lease-follow-up'], personaKind: 'llm', title: 'Shorter' });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('rules_locked');
      expect(refused.body.error.message).toMatch(/^The scenarios and the customer cannot change once calls were uploaded under this assignment \(1 so far\)/);
      expect(refused.body.error.problems).toEqual([
        { path: 'scenarioIds', message: 'cannot change: 1 call was already uploaded under this assignment' },
        { path: 'personaKind', message: 'cannot change: 1 call was already uploaded under this assignment' },
      ]);
      const unchanged = (await s.manager.client.get<Json>(`/api/assignments/${id}`)).body.assignment;
      expect(unchanged.assignment).toMatchObject({ title: 'Week 1', scenarioIds: ['lease-follow-up', 'busy-executive'], personaKind: 'scripted' });
      expect(unchanged.callCount).toBe(1);

      // Sending the rules as they are is no change: the rest of the edit goes through.
      const resent = expectStatus(await edit(id, { ...assignmentBody(), title: 'Week 1, again' }), 200).body.assignment;
      expect(resent.assignment.title).toBe('Week 1, again');
    });

    it('refuses to edit an archived assignment', async () => {
      const id = await create();
      expectStatus(await s.manager.client.post(`/api/assignments/${id}/archive`), 200);
      const refused = await edit(id, { title: 'Too late' });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('assignment_archived');
    });

    it('validates an edit strictly and names the path of every problem', async () => {
      const id = await create();
      const absurd = await edit(id, { passMark: 101, attemptsAllowed: 0, title: '', dueDate: 'next Friday', extra: true, id: 'mine' });
      expect(absurd.status).toBe(400);
      expect(paths(absurd).sort()).toEqual(['attemptsAllowed', 'dueDate', 'extra', 'id', 'passMark', 'title']);
      expect(absurd.body.error.problems.find((p: Json) => p.path === 'id').message).toBe('set by the server: it cannot change');
      const unknownScenario = await edit(id, { scenarioIds: ['lease-follow-up', 'no-such-call'] });
      expect(unknownScenario.status).toBe(400);
      expect(unknownScenario.body.error.problems).toEqual([
        { path: 'scenarioIds.1', message: 'unknown scenario "no-such-call": not built in and not among customScenarios' },
      ]);
      const empty = await edit(id, {});
      expect(empty.status).toBe(400);
      expect(empty.body.error.problems).toEqual([{ path: '(root)', message: 'expected at least one field to change' }]);
      expect((await s.manager.client.get<Json>(`/api/assignments/${id}`)).body.assignment.updatedAt).toBeNull();
    });

    it('lets an admin edit any team’s assignment', async () => {
      const id = await create();
      expect(expectStatus(await s.admin.patch<Json>(`/api/assignments/${id}`, { passMark: 75 }), 200).body.assignment.assignment.passMark).toBe(75);
    });

    it('does not store a call checked against play rules that changed before it landed', async () => {
      const id = await create();
      const checked = (await assignmentById(server.deps, id))!;
      expectStatus(await edit(id, { scenarioIds: ['busy-executive'] }), 200);
      const { assignmentId: _id, ...upload } = await callUpload('stale-rules', { assignmentId: id });
      await expect(storeCall(server.deps, { traineeId: s.tara.id, upload: upload as never, assignment: checked, source: 'upload' })).rejects.toMatchObject({
        status: 409,
        code: 'assignment_changed',
      });
      expect((await s.manager.client.get<Json>(`/api/assignments/${id}`)).body.assignment.callCount).toBe(0);
    });

    describe.skipIf(kind.name !== 'postgres')('with requests at the same moment (PostgreSQL runs them side by side)', () => {
      /** Resolves once some query waits for a row lock, so the test knows the request under test is blocked there. */
      const someoneWaits = () =>
        vi.waitFor(
          async () => {
            const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_locks where not granted`.execute(server.deps.db);
            expect(rows[0]!.n).toBeGreaterThan(0);
          },
          { timeout: 10_000, interval: 20 },
        );

      it('makes a change of the scenarios wait for a call being stored, then refuses it', async () => {
        const id = await create();
        const body = await callUpload('stored-meanwhile', { assignmentId: id, withReport: true });
        let editing: Promise<ApiResponse<Json>> | undefined;
        await server.deps.db.transaction().execute(async (tx) => {
          // A call upload in progress: it holds the assignment as storeCall does until the call is in.
          await lockAssignment(tx, id, 'share');
          editing = edit(id, { scenarioIds: ['busy-executive'] });
          await someoneWaits();
          await tx
            .insertInto('calls')
            .values({
              id: 'stored-meanwhile',
              trainee_id: s.tara.id,
              assignment_id: id,
              team_id: s.teamA,
              scenario_id: 'lease-follow-up',
              scenario_title: 'lease-follow-up',
              started_at: body.startedAt as string,
              ended_at: body.endedAt as string,
              persona_kind: 'scripted',
              mode: 'free',
              transcript: JSON.stringify(body.transcript),
              report: JSON.stringify(body.report),
              content_hash: 'test',
              transcript_hash: 'test',
              client_report_differs: false,
              source: 'upload',
              received_at: '2026-03-02T10:05:00.000Z',
            })
            .execute();
        });
        const refused = await editing!;
        expect(refused.status).toBe(409);
        expect(refused.body.error.code).toBe('rules_locked');
      });

      it('makes a call upload wait for a change of the scenarios, then checks the call against the new ones', async () => {
        const id = await create();
        const body = await callUpload('played-meanwhile', { assignmentId: id });
        let uploading: Promise<ApiResponse<Json>> | undefined;
        await server.deps.db.transaction().execute(async (tx) => {
          // An edit in progress: it holds the assignment as PATCH does until the new rules are saved.
          const row = (await lockAssignment(tx, id, 'update'))!;
          uploading = s.tara.client.post<Json>('/api/calls', body);
          await someoneWaits();
          await tx
            .updateTable('assignments')
            .set({ definition: JSON.stringify({ ...row.definition, scenarioIds: ['busy-executive'] }) })
            .where('id', '=', id)
            .execute();
        });
        const refused = await uploading!;
        expect(refused.status).toBe(422);
        expect(refused.body.error.problems).toEqual([{ path: 'scenarioId', message: '"lease-follow-up" is not a scenario of this assignment' }]);
      });
    });
  });
}
