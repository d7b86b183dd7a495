import { describe, expect, it } from 'vitest';
import { fetchTeamApi } from '../../../src/app/teamMode/fetchTeamApi';
import { TeamApiError } from '../../../src/app/teamMode/teamApi';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fetch that answers /api/me as a signed-in manager, then `answer` for anything else, and records what was sent. */
function fakeFetch(answer: () => Response) {
  const sent: { url: string; init: RequestInit }[] = [];
  const impl: typeof fetch = async (input, init = {}) => {
    const url = String(input);
    if (url.endsWith('/api/me')) return json({ user: { id: 'u', email: 'm@example.com', displayName: 'M', role: 'manager' }, csrfToken: 'csrf-1', teams: [] });
    sent.push({ url, init });
    return answer();
  };
  return { impl, sent };
}

describe('the team API client editing an assignment', () => {
  it('sends a PATCH with the changes as JSON and the session’s CSRF token', async () => {
    const { impl, sent } = fakeFetch(() => json({ assignment: { id: 'a 1', callCount: 0 } }));
    const api = fetchTeamApi('', impl);
    await api.me();
    expect(await api.editAssignment('a 1', { passMark: 80, dueDate: null })).toEqual({ id: 'a 1', callCount: 0 });
    expect(sent[0]!.url).toBe('/api/assignments/a%201');
    expect(sent[0]!.init.method).toBe('PATCH');
    expect(sent[0]!.init.headers).toMatchObject({ 'content-type': 'application/json', 'x-csrf-token': 'csrf-1' });
    expect(JSON.parse(String(sent[0]!.init.body))).toEqual({ passMark: 80, dueDate: null });
  });

  it('turns a refusal into an error carrying the status, code and every problem with its path', async () => {
    const problems = [{ path: 'passMark', message: 'expected 0 to 100' }];
    const { impl } = fakeFetch(() => json({ error: { message: 'The request is not valid.', code: 'invalid_request', problems } }, 400));
    const refused = await fetchTeamApi('', impl)
      .editAssignment('a-1', { passMark: 101 })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TeamApiError);
    expect(refused).toMatchObject({ status: 400, code: 'invalid_request', problems });
  });
});

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
    const { impl, sent } = fakeFetch(() => json({ invites: [invite] }));
    expect(await fetchTeamApi('', impl).teamInvites('t 1')).toEqual([invite]);
    expect(sent.map((r) => `${r.init.method ?? 'GET'} ${r.url}`)).toEqual(['GET /api/teams/t%201/invites']);
  });

  it('withdraws an invite with a DELETE that carries the session’s CSRF token', async () => {
    const { impl, sent } = fakeFetch(() => new Response(null, { status: 204 }));
    const api = fetchTeamApi('', impl);
    await api.me();
    await expect(api.withdrawInvite('i 1')).resolves.toBeUndefined();
    expect(`${sent[0]!.init.method} ${sent[0]!.url}`).toBe('DELETE /api/invites/i%201');
    expect(sent[0]!.init.headers).toMatchObject({ 'x-csrf-token': 'csrf-1' });
  });

  it('turns the server’s refusal of a withdrawal into an error with its sentence and status', async () => {
    const message = 'This invite is no longer pending: it was already used, withdrawn or has expired (or it never existed).';
    const { impl } = fakeFetch(() => json({ error: { message, code: 'invite_not_pending' } }, 404));
    const refused = await fetchTeamApi('', impl)
      .withdrawInvite('i-1')
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TeamApiError);
    expect(refused).toMatchObject({ message, status: 404, code: 'invite_not_pending' });
  });
});
