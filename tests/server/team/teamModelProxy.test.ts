import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamServer } from '../../../src/server/team/createTeamServer';
import { DEFAULT_PROXY_LIMITS } from '../../../src/server/proxyLimits';
import { type FakeOpenAI, startFakeOpenAI } from '../../support/fakeOpenAI';
import { ApiClient, expectStatus, freshTarget, type Seeded, seedTeams, startTeam } from '../../support/teamHarness';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- API bodies are read loosely in tests

const KEY = 'sk-team-proxy-0a1b2c3d';
const chat = { model: 'any', messages: [{ role: 'user', content: 'Hello there, this is the rep calling.' }] };

describe('the model proxy in team mode', () => {
  let fake: FakeOpenAI;
  let server: TeamServer;
  let s: Seeded;

  beforeAll(async () => {
    fake = await startFakeOpenAI({ apiKey: KEY, models: ['team-model'] });
    server = await startTeam(await freshTarget('pglite'), {
      proxy: { apiKey: KEY, baseURL: fake.baseURL, model: 'team-model', limits: DEFAULT_PROXY_LIMITS, allowedHosts: [] },
    });
    s = await seedTeams(server);
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
  });

  it('serves signed-in people only', async () => {
    const anon = new ApiClient(server.running.url);
    const refused = await anon.post<Json>('/api/llm/v1/chat/completions', chat);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthenticated');
    expect((await anon.get('/api/llm/config')).status).toBe(401);
    expect((await s.tara.client.get<Json>('/api/llm/config')).body).toEqual({ enabled: true, model: 'team-model' });
  });

  it('records each person’s tokens and refuses them past their daily budget', async () => {
    fake.script({ reply: 'Hi, who is this?' });
    const answered = expectStatus(await s.tara.client.post<Json>('/api/llm/v1/chat/completions', chat), 200);
    expect(answered.body.choices[0].message.content).toBe('Hi, who is this?');
    // Usage is written after the reply is sent: wait until it is there.
    let usage: Json | undefined;
    await expect
      .poll(async () => {
        usage = (await s.manager.client.get<Json>(`/api/teams/${s.teamA}/usage`)).body;
        return (usage.people as Json[]).find((p) => p.userId === s.tara.id)?.usedToday;
      })
      .toBeGreaterThan(0);
    const tara = (usage!.people as Json[]).find((p) => p.userId === s.tara.id)!;
    expect(tara.days[0]).toMatchObject({ requests: 1 });
    expect((await s.tara.client.get<Json>('/api/me/usage')).body.usedToday).toBe(tara.usedToday);

    expectStatus(await s.admin.put(`/api/users/${s.tara.id}/budget`, { dailyTokens: 1 }), 200);
    const over = await s.tara.client.post<Json>('/api/llm/v1/chat/completions', chat);
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('user_daily_budget_exhausted');
    // Another trainee's budget is their own.
    fake.script({ reply: 'Tom here.' });
    expect((await s.tom.client.post('/api/llm/v1/chat/completions', chat)).status).toBe(200);
  });
});
