import { describe, expect, it } from 'vitest';
import { fetchTeamApi } from '../../../src/app/teamMode/fetchTeamApi';
import { TeamApiError } from '../../../src/app/teamMode/teamApi';

const me = { user: { id: 'u-mia', email: 'mia@example.com', displayName: 'Mia', role: 'manager' }, csrfToken: 'csrf-1', teams: [] };
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fetch that records each request and answers from `answer`. */
function recordingFetch(answer: (url: string, init: RequestInit) => Response) {
  const requests: { url: string; method: string; headers: Record<string, string> }[] = [];
  const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = String(input);
    requests.push({ url, method: init.method ?? 'GET', headers: (init.headers ?? {}) as Record<string, string> });
    return url.endsWith('/api/me') ? json(me) : answer(url, init);
  }) as typeof fetch;
  return { requests, api: fetchTeamApi('http://team.test', fetchImpl) };
}

describe('the team API client’s pending invites', () => {
  it('reads a team’s pending invites from its invites address', async () => {
    const invite = {
      id: 'i-1',
      role: 'trainee',
      createdBy: 'u-mia',
      createdByName: 'Mia',
      createdAt: '2026-03-02T09:00:00.000Z',
      expiresAt: '2026-03-09T09:00:00.000Z',
    };
    const { api, requests } = recordingFetch(() => json({ invites: [invite] }));
    expect(await api.teamInvites('t-1')).toEqual([invite]);
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET http://team.test/api/teams/t-1/invites']);
  });

  it('withdraws an invite with a DELETE that carries the session’s CSRF token', async () => {
    const { api, requests } = recordingFetch(() => new Response(null, { status: 204 }));
    await api.me();
    await expect(api.withdrawInvite('i-1')).resolves.toBeUndefined();
    const withdraw = requests.at(-1)!;
    expect(`${withdraw.method} ${withdraw.url}`).toBe('DELETE http://team.test/api/invites/i-1');
    expect(withdraw.headers['x-csrf-token']).toBe('csrf-1');
  });

  it('turns the server’s refusal of a withdrawal into an error with its sentence and status', async () => {
    const message = 'This invite is no longer pending: it was already used, withdrawn or has expired (or it never existed).';
    const { api } = recordingFetch(() => json({ error: { message, code: 'invite_not_pending' } }, 404));
    const refused = await api.withdrawInvite('i-1').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TeamApiError);
    expect(refused).toMatchObject({ message, status: 404, code: 'invite_not_pending' });
  });
});
