import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../../../src/server/team/db/openDatabase';
import { spawnTeamServer } from '../../support/spawnTeamServer';
import { assignmentBody, callUpload } from '../../support/teamCalls';
import { ApiClient, databaseKinds, expectStatus, freshTarget, PASSWORD, removePgliteFolders, seedTeams, stopPostgres } from '../../support/teamHarness';
import type { TeamServer } from '../../../src/server/team/createTeamServer';

afterAll(async () => {
  await stopPostgres();
  removePgliteFolders();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- API bodies are read loosely in tests

const CALLS = 40;
const SENDERS = 8;

for (const kind of databaseKinds()) {
  describe.skipIf(kind.skip)(`a server killed mid-submissions, on ${kind.name}${kind.skip ? ` (${kind.skip})` : ''}`, () => {
    it('loses no call it acknowledged, and takes the rest on retry without duplicates', { timeout: 180_000 }, async () => {
      // PGlite in a folder, as `npm run team` keeps it: the killed server's files are what the new one opens.
      const target: DatabaseTarget = await freshTarget(kind.name);
      let proc = await spawnTeamServer(target);
      const seeded = await seedTeams({ running: { url: proc.url } } as TeamServer);
      const assignmentId = expectStatus(
        await seeded.manager.client.post<Json>(`/api/teams/${seeded.teamA}/assignments`, assignmentBody({ attemptsAllowed: 50 })),
        201,
      ).body.assignment.id as string;
      const bodies = await Promise.all(
        Array.from({ length: CALLS }, (_, i) =>
          callUpload(`crash-${i}`, { assignmentId, seed: 100 + i, startedAt: new Date(Date.parse('2026-03-02T10:00:00Z') + i * 60_000).toISOString() }),
        ),
      );

      const acknowledged = new Set<string>();
      let killed: Promise<void> | undefined;
      const trainee = seeded.tara.client;
      // Eight senders work through the calls; the server is killed once ten are acknowledged, with others in flight.
      const queue = [...bodies];
      await Promise.all(
        Array.from({ length: SENDERS }, async () => {
          for (let body = queue.shift(); body && !killed; body = queue.shift()) {
            const sent = await trainee.post('/api/calls', body).catch(() => undefined);
            if (sent && (sent.status === 201 || sent.status === 200)) {
              acknowledged.add(body.id as string);
              if (acknowledged.size >= 10) killed ??= proc.kill();
            }
          }
        }),
      );
      await (killed ?? proc.kill());
      expect(acknowledged.size).toBeGreaterThanOrEqual(10);
      expect(acknowledged.size).toBeLessThan(CALLS);

      proc = await spawnTeamServer(target);
      try {
        const again = new ApiClient(proc.url);
        expectStatus(await again.post('/api/session', { email: 'tara@example.com', password: PASSWORD }), 200);
        const stored = new Set(((await again.get<Json>('/api/me/calls')).body.calls as Json[]).map((c) => c.id as string));
        for (const id of acknowledged) expect(stored.has(id), `acknowledged call ${id} survived the kill`).toBe(true);
        // The client's queue sends everything again: stored ones answer as stored, the rest are created.
        for (const body of bodies) expect([200, 201]).toContain((await again.post('/api/calls', body)).status);
        const after = ((await again.get<Json>('/api/me/calls')).body.calls as Json[]).map((c) => c.id as string);
        expect(after.length).toBe(CALLS);
        expect(new Set(after).size).toBe(CALLS);
      } finally {
        await proc.kill();
      }
    });
  });
}
