// Team-mode servers for tests: on PGlite in memory or in a folder, or on a real PostgreSQL database, with a fixed setup
// code, a clock the test can move, and API clients that keep their own cookie and CSRF token like a browser.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createTeamServer, type TeamServer, type TeamServerOptions } from '../../src/server/team/createTeamServer';
import type { DatabaseTarget } from '../../src/server/team/db/openDatabase';
import { copyEmptyPglite } from './pgliteTemplate';
import { postgresSkipReason, startPostgres, type TestPostgres } from './startPostgres';
import { STATIC_ROOT } from './staticRoot';

export const SETUP_CODE = 'TEST-SETU-PCOD';
export const PASSWORD = 'a long enough password';

/** A clock a test sets. */
export function testClock(start = Date.parse('2026-03-02T09:00:00Z')) {
  let now = start;
  return { now: () => now, set: (ms: number) => (now = ms), advance: (ms: number) => (now += ms) };
}

/** A team server on the target; closing it, or its failing to start, removes the target's folder from freshPgliteFolder. */
export async function startTeam(target: DatabaseTarget, options: Partial<TeamServerOptions> = {}): Promise<TeamServer> {
  try {
    const server = await createTeamServer({ target, root: STATIC_ROOT, setupCode: SETUP_CODE, ...options });
    return { ...server, close: () => server.close().finally(() => removePgliteFolder(target)) };
  } catch (error) {
    removePgliteFolder(target);
    throw error;
  }
}

/** The two databases the API tests run on; PostgreSQL is started once per test file and skipped without its binaries. */
export function databaseKinds(): { name: 'pglite' | 'postgres'; skip?: string }[] {
  return [{ name: 'pglite' }, { name: 'postgres', skip: postgresSkipReason() }];
}

let postgres: Promise<TestPostgres> | undefined;
let databases = 0;
/** The PGlite folders made by freshPgliteFolder and not removed yet. */
const pgliteFolders = new Set<string>();

/** Removes a folder made by freshPgliteFolder once its database is closed, so a run holds few at a time. */
function removePgliteFolder(target: DatabaseTarget): void {
  if (target.kind !== 'pglite' || !target.dataDir || !pgliteFolders.delete(target.dataDir)) return;
  rmSync(dirname(target.dataDir), { recursive: true, force: true });
}

/** Removes every PGlite folder this file made (call in afterAll where a test opens a database without startTeam). */
export function removePgliteFolders(): void {
  for (const dataDir of pgliteFolders) rmSync(dirname(dataDir), { recursive: true, force: true });
  pgliteFolders.clear();
}

/** A PGlite data folder of its own, empty and not yet migrated. */
export async function freshPgliteFolder(): Promise<string> {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'dialed-in-pglite-')), 'db');
  pgliteFolders.add(dataDir);
  await copyEmptyPglite(dataDir);
  return dataDir;
}

/** A fresh, empty database of the kind, for one server. */
export async function freshTarget(kind: 'pglite' | 'postgres'): Promise<DatabaseTarget> {
  if (kind === 'pglite') return { kind: 'pglite', dataDir: await freshPgliteFolder() };
  postgres ??= startPostgres();
  const server = await postgres;
  return { kind: 'postgres', url: await server.createDatabase(`team_${process.pid}_${++databases}`) };
}

/** Stops the test file's PostgreSQL server, if one was started. */
export async function stopPostgres(): Promise<void> {
  if (postgres) await (await postgres).stop();
  postgres = undefined;
}

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

/** A browser-like client: it keeps the session cookie and sends the CSRF token on changes. */
export class ApiClient {
  cookie = '';
  csrf = '';
  constructor(readonly base: string) {}

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const response = await fetch(new URL(path, this.base), {
      method,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const set = response.headers.getSetCookie();
    for (const line of set) {
      const [pair] = line.split(';');
      if (pair && /=./.test(pair)) this.cookie = pair;
      else if (pair) this.cookie = '';
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    const result = { status: response.status, body: parsed as T, text, headers: response.headers };
    const token = (parsed as { csrfToken?: string } | undefined)?.csrfToken;
    if (token) this.csrf = token;
    return result;
  }
  get<T = Record<string, unknown>>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = Record<string, unknown>>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  put<T = Record<string, unknown>>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  patch<T = Record<string, unknown>>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = Record<string, unknown>>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

/** Expects a status, showing the body when it differs. */
export function expectStatus<T>(response: ApiResponse<T>, status: number): ApiResponse<T> {
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${response.text.slice(0, 1000)}`);
  return response;
}

/** The world most API tests start from: an admin, two teams, a manager and two trainees in team A, one trainee in team B. */
export async function seedTeams(server: TeamServer) {
  const base = server.running.url;
  const admin = new ApiClient(base);
  expectStatus(await admin.post('/api/setup', { code: SETUP_CODE, email: 'admin@example.com', displayName: 'Ada Admin', password: PASSWORD }), 201);
  const teamA = expectStatus(await admin.post<{ team: { id: string } }>('/api/teams', { name: 'Team A' }), 201).body.team.id;
  const teamB = expectStatus(await admin.post<{ team: { id: string } }>('/api/teams', { name: 'Team B' }), 201).body.team.id;
  const join = async (inviter: ApiClient, role: string, teamId: string, email: string, name: string) => {
    const invite = expectStatus(await inviter.post<{ token: string }>('/api/invites', { role, teamId }), 201);
    const client = new ApiClient(base);
    const accepted = expectStatus(
      await client.post<{ user: { id: string } }>(`/api/invites/${invite.body.token}/accept`, { email, displayName: name, password: PASSWORD }),
      201,
    );
    return { client, id: accepted.body.user.id };
  };
  const manager = await join(admin, 'manager', teamA, 'mia@example.com', 'Mia Manager');
  const managerB = await join(admin, 'manager', teamB, 'max@example.com', 'Max Manager');
  const tara = await join(manager.client, 'trainee', teamA, 'tara@example.com', 'Tara Trainee');
  const tom = await join(manager.client, 'trainee', teamA, 'tom@example.com', 'Tom Trainee');
  const bea = await join(managerB.client, 'trainee', teamB, 'bea@example.com', 'Bea Trainee');
  return { admin, teamA, teamB, manager, managerB, tara, tom, bea };
}

export type Seeded = Awaited<ReturnType<typeof seedTeams>>;
