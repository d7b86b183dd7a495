import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  });
}
