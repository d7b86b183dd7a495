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
