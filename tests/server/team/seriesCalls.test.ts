import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TeamServer } from '../../../src/server/team/createTeamServer';
import { assignmentBody, seriesUploads } from '../../support/teamCalls';
import { databaseKinds, expectStatus, freshTarget, type Seeded, seedTeams, startTeam, stopPostgres, testClock } from '../../support/teamHarness';

afterAll(stopPostgres);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- API bodies are read loosely in tests

for (const kind of databaseKinds()) {
  describe.skipIf(kind.skip)(`series calls on the team API on ${kind.name}${kind.skip ? ` (${kind.skip})` : ''}`, () => {
    let server: TeamServer;
    let s: Seeded;
    let assignmentId: string;

    beforeAll(async () => {
      server = await startTeam(await freshTarget(kind.name), { clock: testClock() });
      s = await seedTeams(server);
      const created = expectStatus(
        await s.manager.client.post<Json>(`/api/teams/${s.teamA}/assignments`, assignmentBody({ title: 'Art, twice', scenarioIds: ['lease-series'] })),
        201,
      );
      assignmentId = created.body.assignment.id;
    });
    afterAll(async () => server?.close());

    it('stores every call of a series played under an assignment, scored by the server as the app scored it', async () => {
      const [first, second] = await seriesUploads('lease-series', 'tara-series', { assignmentId });
      const one = expectStatus(await s.tara.client.post<Json>('/api/calls', first), 201).body;
      expect(one.call).toMatchObject({ scenarioId: 'lease-series/plates-late', clientReportDiffers: false });
      expect(one.report).toEqual(first!.report);
      const two = expectStatus(await s.tara.client.post<Json>('/api/calls', second), 201).body;
      expect(two.call).toMatchObject({ scenarioId: 'lease-series/promised-call', clientReportDiffers: false });
      expect(two.report).toEqual(second!.report);
      expect(expectStatus(await s.tara.client.post<Json>('/api/calls', second), 200).body.stored).toBe('existing');
      // The same id played after other earlier calls is another call.
      const [otherFirst] = await seriesUploads('lease-series', 'tara-other', { lines: 'broken' });
      expect((await s.tara.client.post<Json>('/api/calls', { ...second, earlierTranscripts: [otherFirst!.transcript] })).status).toBe(409);
    });

    it('shows the series calls in the manager’s views: the trainee’s calls, the replay and the grid', async () => {
      const calls = expectStatus(await s.manager.client.get<Json>(`/api/trainees/${s.tara.id}/calls`), 200).body.calls as Json[];
      expect(calls.map((c) => c.scenarioId)).toEqual(['lease-series/promised-call', 'lease-series/plates-late']);
      const review = expectStatus(await s.manager.client.get<Json>('/api/calls/tara-series-2'), 200).body;
      expect(review.transcript.scenarioId).toBe('lease-series/promised-call');
      const grid = expectStatus(await s.manager.client.get<Json>(`/api/teams/${s.teamA}/grid`), 200).body;
      const tara = (grid.trainees as Json[]).find((t) => t.id === s.tara.id)!;
      expect(Object.values(tara.cells as Record<string, Json>).some((cell) => cell.applied > 0)).toBe(true);
    });

    it('re-scores a verdict override of a series call with that call’s weights', async () => {
      const review = (await s.manager.client.get<Json>('/api/calls/tara-series-2')).body;
      const principle = (review.report.principles as Json[]).find((p) => p.verdict !== 'n/a')!;
      const body = { principleId: principle.id, verdict: principle.verdict === 'met' ? 'missed' : 'met', reason: 'Heard the recording' };
      const overridden = expectStatus(await s.manager.client.post<Json>('/api/calls/tara-series-2/overrides', body), 201).body;
      expect(overridden.report.overall).not.toBe(overridden.originalReport.overall);
    });

    it('refuses a later call of a series without the calls before it, and says why', async () => {
      const [, second] = await seriesUploads('lease-series', 'tom-series', { assignmentId });
      const { earlierTranscripts: _earlier, ...alone } = second!;
      const refused = expectStatus(await s.tom.client.post<Json>('/api/calls', alone), 400).body;
      expect(refused.error.message).toMatch(/call 2 of the series “Art's plates”.*the call before it/);
      expect(refused.error.problems).toEqual([{ path: 'earlierTranscripts', message: 'expected the transcripts of calls 1 to 1 of the series, got 0' }]);
      const wrong = expectStatus(await s.tom.client.post<Json>('/api/calls', { ...second, earlierTranscripts: [second!.transcript] }), 400).body;
      expect(wrong.error.problems).toEqual([{ path: 'earlierTranscripts.0.scenarioId', message: 'expected "lease-series/plates-late", call 1 of the series' }]);
    });

    it('refuses a series call under an assignment without that series, and one of a series the server does not have', async () => {
      const other = expectStatus(await s.manager.client.post<Json>(`/api/teams/${s.teamA}/assignments`, assignmentBody({ title: 'Single calls' })), 201).body
        .assignment.id;
      const [first] = await seriesUploads('lease-series', 'tom-rules', { assignmentId: other });
      expect(expectStatus(await s.tom.client.post<Json>('/api/calls', first), 422).body.error.problems[0].path).toBe('scenarioId');
      const unknown = {
        ...first,
        assignmentId: null,
        scenarioId: 'lease-series/no-such-call',
        transcript: { ...(first!.transcript as Json), scenarioId: 'lease-series/no-such-call' },
      };
      delete (unknown as Json).report;
      expect((await s.tom.client.post<Json>('/api/calls', unknown)).status).toBe(404);
    });

    it('stores a shared practice series call with no assignment', async () => {
      const [first] = await seriesUploads('lease-series', 'tom-practice', { lines: 'broken' });
      const stored = expectStatus(await s.tom.client.post<Json>('/api/calls', first), 201).body;
      expect(stored.call).toMatchObject({ assignmentId: null, clientReportDiffers: false });
    });

    it('refuses a later call whose earlier call the server never received, says what to do, and takes it once that call is in', async () => {
      const [first, second] = await seriesUploads('lease-series', 'tom-missing', { assignmentId, startedAt: '2026-04-01T10:00:00.000Z' });
      const refused = expectStatus(await s.tom.client.post<Json>('/api/calls', second), 409).body.error;
      expect(refused.code).toBe('earlier_calls_missing');
      expect(refused.message).toMatch(/call 2 of the series “Art's plates”, and the server has no call 1 of its run from you under this assignment/);
      expect(refused.message).toMatch(/Play the series again from call 1\.$/);
      expect(refused.problems).toEqual([{ path: 'earlierTranscripts.0', message: 'call 1 of the series (“The overdue plates”) is not on the server' }]);
      expect((await s.tom.client.get('/api/calls/tom-missing-2')).status).toBe(404);
      expectStatus(await s.tom.client.post<Json>('/api/calls', first), 201);
      expect(expectStatus(await s.tom.client.post<Json>('/api/calls', second), 201).body.report).toEqual(second!.report);
    });

    /** Another assignment with the series, under which nobody has played yet. */
    const freshAssignment = async (title: string) =>
      expectStatus(await s.manager.client.post<Json>(`/api/teams/${s.teamA}/assignments`, assignmentBody({ title, scenarioIds: ['lease-series'] })), 201).body
        .assignment as Json;

    it('counts only the earlier calls of the same assignment: a practice call 1 is not one', async () => {
      const { id } = await freshAssignment('Art, in scope');
      const [first, second] = await seriesUploads('lease-series', 'tom-scope', { assignmentId: id, startedAt: '2026-04-05T10:00:00.000Z' });
      expectStatus(await s.tom.client.post<Json>('/api/calls', { ...first, assignmentId: null }), 201);
      expect(expectStatus(await s.tom.client.post<Json>('/api/calls', second), 409).body.error.code).toBe('earlier_calls_missing');
    });

    it('refuses a later call played after an earlier call that differs from the stored one; timings alone do not differ', async () => {
      const [first, second] = await seriesUploads('lease-series', 'tara-tamper', { assignmentId, startedAt: '2026-04-10T10:00:00.000Z' });
      expectStatus(await s.tara.client.post<Json>('/api/calls', first), 201);
      const earlier = (second!.earlierTranscripts as Json[])[0]!;
      const rep = (earlier.turns as Json[]).findIndex((t) => t.speaker === 'rep');
      const edited = { ...earlier, turns: (earlier.turns as Json[]).map((t, i) => (i === rep ? { ...t, text: 'Just checking in, how is the car?' } : t)) };
      const refused = expectStatus(await s.tara.client.post<Json>('/api/calls', { ...second, earlierTranscripts: [edited] }), 409).body.error;
      expect(refused.code).toBe('earlier_calls_differ');
      expect(refused.message).toMatch(/the call 1 it was played after is not the call 1 of this run the server has from you under this assignment/);
      expect(refused.problems).toEqual([{ path: 'earlierTranscripts.0', message: 'not call 1 of this run as the server has it (call "tara-tamper-1")' }]);
      expect((await s.tara.client.get('/api/calls/tara-tamper-2')).status).toBe(404);
      const retimed = { ...earlier, turns: (earlier.turns as Json[]).map((t, i) => ({ ...t, at: i * 1_000 })) };
      const stored = expectStatus(await s.tara.client.post<Json>('/api/calls', { ...second, earlierTranscripts: [retimed] }), 201).body;
      expect(stored.report).toEqual(second!.report);
    });

    it('answers a resent call as stored even once a later call has taken its place in the run', async () => {
      // Practice calls of a three-call series: call 2 played again replaces the first call 2 in the unfinished run.
      const [first, second] = await seriesUploads('demo-series', 'tom-demo', { startedAt: '2026-04-15T10:00:00.000Z' });
      const [, other] = await seriesUploads('demo-series', 'tom-demo-again', { lines: 'broken' });
      const replayed = {
        ...other,
        id: 'tom-demo-2b',
        startedAt: '2026-04-17T10:00:00.000Z',
        endedAt: '2026-04-17T10:05:00.000Z',
        earlierTranscripts: [first!.transcript],
      };
      delete (replayed as Json).report;
      for (const call of [first, second, replayed]) expectStatus(await s.tom.client.post<Json>('/api/calls', call), 201);
      expect(expectStatus(await s.tom.client.post<Json>('/api/calls', second), 200).body.stored).toBe('existing');
    });

    describe('imported from a results file', () => {
      // Each test imports under an assignment of its own: after a finished run, a later call alone is a retry of that run.
      let definition: Json;
      /** A results file of upload bodies, as the trainee's app exports them. */
      const resultsFile = (attempts: Json[]) => ({
        kind: 'results',
        schemaVersion: 1,
        trainee: 'Tom Trainee',
        exportedAt: '2026-05-30T08:00:00Z',
        assignment: definition,
        attempts: attempts.map(({ assignmentId: _a, earlierTranscripts: _e, ...attempt }) => attempt),
      });
      const importFile = async (attempts: Json[]) =>
        expectStatus(await s.manager.client.post<Json>(`/api/teams/${s.teamA}/import`, { traineeId: s.tom.id, results: resultsFile(attempts) }), 200).body;

      beforeEach(async () => {
        definition = (await freshAssignment('Imported runs')).assignment;
      });

      it('imports a whole run, each later call scored after the one before it and flagged when another trainee has it', async () => {
        const [first, second] = await seriesUploads('lease-series', 'tom-file', { startedAt: '2026-05-01T10:00:00.000Z' });
        const edited = { ...second, report: { ...(second!.report as Json), overall: 99 } };
        // Listed last call first: the server takes them in the order played.
        const imported = await importFile([edited, first!]);
        expect(imported).toMatchObject({ added: ['tom-file-1', 'tom-file-2'], alreadyThere: [], refused: [] });
        const call = expectStatus(await s.manager.client.get<Json>('/api/calls/tom-file-2'), 200).body;
        expect(call.report).toEqual(second!.report);
        expect(call.call).toMatchObject({ source: 'import', clientReportDiffers: true, assignmentId: definition.id });
        // Tara uploaded the same lines: the copy is flagged on the imported call as on an uploaded one.
        expect(call.call.sameTranscript.count).toBeGreaterThan(0);
        expect(await importFile([edited, first!])).toMatchObject({ added: [], alreadyThere: ['tom-file-1', 'tom-file-2'], refused: [] });
      });

      it('refuses a later call whose earlier call is neither in the file nor on the server, and takes it once that call is stored', async () => {
        const [first, second] = await seriesUploads('lease-series', 'tom-alone', { startedAt: '2026-05-05T10:00:00.000Z' });
        const refused = await importFile([second!]);
        expect(refused).toMatchObject({ added: [], alreadyThere: [] });
        expect(refused.refused).toEqual([
          {
            callId: 'tom-alone-2',
            path: 'results.attempts.0',
            code: 'earlier_calls_missing',
            reason: expect.stringMatching(/^The call at results\.attempts\.0 is call 2 of the series “Art's plates”, and the server has no call 1 of its run/),
          },
        ]);
        expect(refused.refused[0].reason).toMatch(/Import a results file that holds the whole run from call 1\.$/);
        expect((await importFile([first!])).added).toEqual(['tom-alone-1']);
        expect((await importFile([second!])).added).toEqual(['tom-alone-2']);
        expect(expectStatus(await s.manager.client.get<Json>('/api/calls/tom-alone-2'), 200).body.report).toEqual(second!.report);
      });

      it('refuses a later call whose earlier call in the file differs from the one stored, naming both places', async () => {
        const [first, second] = await seriesUploads('lease-series', 'tom-tamper', { assignmentId: definition.id, startedAt: '2026-05-10T10:00:00.000Z' });
        expectStatus(await s.tom.client.post<Json>('/api/calls', first), 201);
        const transcript = first!.transcript as Json;
        const rep = (transcript.turns as Json[]).findIndex((t) => t.speaker === 'rep');
        const turns = (transcript.turns as Json[]).map((t, i) => (i === rep ? { ...t, text: 'Hi Art, I am calling about your plates.' } : t));
        const tampered = { ...first, transcript: { ...transcript, turns } };
        const outcome = await importFile([tampered, second!]);
        expect(outcome).toMatchObject({ added: [], alreadyThere: [] });
        expect(outcome.refused).toEqual([
          { callId: 'tom-tamper-1', path: 'results.attempts.0', code: 'call_id_taken', reason: expect.any(String) },
          {
            callId: 'tom-tamper-2',
            path: 'results.attempts.1',
            code: 'earlier_calls_differ',
            reason:
              "The call at results.attempts.1 is call 2 of the series “Art's plates”, and the call 1 before it in this file (results.attempts.0) differs from the call 1 of this run stored for this trainee, so it was not imported.",
          },
        ]);
        expect((await s.manager.client.get('/api/calls/tom-tamper-2')).status).toBe(404);
      });
    });
  });
}
