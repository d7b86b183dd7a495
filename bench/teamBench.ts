// Team-mode load: 50 simulated trainees submit calls at once to a team server in its own process, on PGlite and on
// PostgreSQL. Reports submissions a second and latency, and checks that nothing was lost or stored twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseTarget } from '../src/server/team/db/openDatabase';
import { spawnTeamServer } from '../tests/support/spawnTeamServer';
import { postgresSkipReason, startPostgres } from '../tests/support/startPostgres';
import { assignmentBody, callUpload } from '../tests/support/teamCalls';
import { ApiClient, expectStatus, PASSWORD, SETUP_CODE } from '../tests/support/teamHarness';
import { summarize } from './stats';

const TRAINEES = 50;
const CALLS_EACH = 4;
/** A share of uploads is sent twice, as a client's offline queue does after a lost answer. */
const RESENT_EVERY = 5;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- API bodies are read loosely here

async function seed(url: string) {
  const admin = new ApiClient(url);
  expectStatus(await admin.post('/api/setup', { code: SETUP_CODE, email: 'admin@example.com', displayName: 'Admin', password: PASSWORD }), 201);
  const teamId = expectStatus(await admin.post<Json>('/api/teams', { name: 'Bench team' }), 201).body.team.id as string;
  const assignmentId = expectStatus(await admin.post<Json>(`/api/teams/${teamId}/assignments`, assignmentBody({ attemptsAllowed: 50 })), 201).body.assignment
    .id as string;
  const trainees: ApiClient[] = [];
  for (let i = 0; i < TRAINEES; i++) {
    const token = expectStatus(await admin.post<Json>('/api/invites', { role: 'trainee', teamId }), 201).body.token as string;
    const client = new ApiClient(url);
    expectStatus(await client.post(`/api/invites/${token}/accept`, { email: `t${i}@example.com`, displayName: `Trainee ${i}`, password: PASSWORD }), 201);
    trainees.push(client);
  }
  return { admin, teamId, assignmentId, trainees };
}

async function runOn(name: string, target: DatabaseTarget) {
  const proc = await spawnTeamServer(target);
  try {
    const { admin, teamId, assignmentId, trainees } = await seed(proc.url);
    const bodies = await Promise.all(
      trainees.map((_, t) =>
        Promise.all(
          Array.from({ length: CALLS_EACH }, (_, c) =>
            callUpload(`bench-${t}-${c}`, {
              assignmentId,
              seed: 1 + ((t * CALLS_EACH + c) % 8),
              lines: c % 2 ? 'bad' : 'good',
              startedAt: new Date(Date.parse('2026-03-02T10:00:00Z') + c * 600_000).toISOString(),
            }),
          ),
        ),
      ),
    );
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    const started = performance.now();
    // Every trainee at once, each sending their calls one after another.
    await Promise.all(
      trainees.map(async (client, t) => {
        for (const [c, body] of bodies[t]!.entries()) {
          const times = (t * CALLS_EACH + c) % RESENT_EVERY === 0 ? 2 : 1;
          for (let k = 0; k < times; k++) {
            const at = performance.now();
            const status = await client.post('/api/calls', body).then(
              (answer) => answer.status,
              () => 0,
            );
            latencies.push(performance.now() - at);
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            sent++;
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const exported = expectStatus(await admin.get<Json>(`/api/teams/${teamId}/export.json`), 200).body.calls as Json[];
    const ids = exported.map((c) => c.callId as string);
    const expected = TRAINEES * CALLS_EACH;
    const unique = new Set(ids).size;
    const latency = summarize(latencies);
    return {
      database: name,
      trainees: TRAINEES,
      requests: sent,
      distinctCalls: expected,
      submissionsPerSecond: Math.round((sent / seconds) * 10) / 10,
      latencyMs: { median: Math.round(latency.median), p99: Math.round(latency.p99) },
      statuses: Object.fromEntries(statuses),
      stored: ids.length,
      lost: expected - unique,
      duplicated: ids.length - unique,
      pass: unique === expected && ids.length === expected && (statuses.get(201) ?? 0) === expected,
    };
  } finally {
    await proc.kill();
  }
}

/** The team-mode figures; PostgreSQL is skipped, saying why, without its binaries. */
export async function runTeamBench() {
  const folder = mkdtempSync(join(tmpdir(), 'dialed-in-team-bench-'));
  const results: unknown[] = [];
  try {
    results.push(await runOn('pglite', { kind: 'pglite', dataDir: join(folder, 'data') }));
    const skip = postgresSkipReason();
    if (skip) results.push({ database: 'postgres', skipped: skip });
    else {
      const postgres = await startPostgres();
      try {
        results.push(await runOn('postgres', { kind: 'postgres', url: await postgres.createDatabase('bench') }));
      } finally {
        await postgres.stop();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return {
    note: `${TRAINEES} trainees submit ${CALLS_EACH} calls each at once (every ${RESENT_EVERY}th sent twice); the server runs in its own process`,
    results,
  };
}

if (process.argv[1]?.endsWith('teamBench.ts')) console.log(JSON.stringify(await runTeamBench(), null, 2));
