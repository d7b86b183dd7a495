// The team API over fetch, on the app's own origin: the session cookie goes along, changes echo the CSRF token.
import { type TeamApi, TeamApiError } from './teamApi';
import type { Me } from './teamApiTypes';

const CSRF_HEADER = 'x-csrf-token';

interface ErrorBody {
  error?: { message?: string; code?: string; problems?: { path: string; message: string }[] };
}

/** A TeamApi talking to the server at `base` (the page's origin by default). */
export function fetchTeamApi(base = '', fetchImpl: typeof fetch = (...args) => fetch(...args)): TeamApi {
  let csrf = '';

  async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(`${base}/api${path}`, {
        method,
        credentials: 'same-origin',
        cache: 'no-store',
        headers: {
          accept: 'application/json',
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(method !== 'GET' && csrf ? { [CSRF_HEADER]: csrf } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new TeamApiError('The team server could not be reached: check your connection and try again.', 0, 'offline');
    }
    if (response.status === 204) return undefined as T;
    const json = /json/i.test(response.headers.get('content-type') ?? '') ? ((await response.json().catch(() => undefined)) as unknown) : undefined;
    if (!response.ok) {
      const error = (json as ErrorBody | undefined)?.error;
      throw new TeamApiError(error?.message ?? `The team server answered ${response.status}.`, response.status, error?.code ?? 'http_error', error?.problems);
    }
    const token = (json as { csrfToken?: unknown } | undefined)?.csrfToken;
    if (typeof token === 'string') csrf = token;
    return json as T;
  }

  const get = <T>(path: string) => send<T>('GET', path);
  const post = <T>(path: string, body: unknown = {}) => send<T>('POST', path, body);

  return {
    async me() {
      let response: Response;
      try {
        response = await fetchImpl(`${base}/api/me`, { headers: { accept: 'application/json' }, cache: 'no-store', credentials: 'same-origin' });
      } catch {
        return 'single-user';
      }
      // A server without the team API answers with the app's page (or 404): single-user mode.
      if (!/json/i.test(response.headers.get('content-type') ?? '')) return 'single-user';
      if (response.status === 401) return null;
      if (!response.ok) return 'single-user';
      const me = (await response.json()) as Me;
      csrf = me.csrfToken;
      return me;
    },
    setupNeeded: async () => (await get<{ needed: boolean }>('/setup')).needed,
    setup: async (body) => void (await post('/setup', body)),
    signIn: async (email, password) => void (await post('/session', { email, password })),
    signOut: async () => {
      await send('DELETE', '/session');
      csrf = '';
    },
    inviteInfo: (token) => get(`/invites/${encodeURIComponent(token)}`),
    acceptInvite: async (token, body) => void (await post(`/invites/${encodeURIComponent(token)}/accept`, body)),
    teams: async () => (await get<{ teams: { id: string; name: string }[] }>('/teams')).teams,
    createTeam: async (name) => (await post<{ team: { id: string; name: string } }>('/teams', { name })).team,
    members: async (teamId) => (await get<{ members: never[] }>(`/teams/${teamId}/members`)).members,
    createInvite: (role, teamId) => post('/invites', { role, ...(teamId ? { teamId } : {}) }),
    teamInvites: async (teamId) => (await get<{ invites: never[] }>(`/teams/${encodeURIComponent(teamId)}/invites`)).invites,
    withdrawInvite: async (inviteId) => void (await send('DELETE', `/invites/${encodeURIComponent(inviteId)}`)),
    people: () => get('/users'),
    setBudget: async (userId, dailyTokens) => void (await send('PUT', `/users/${userId}/budget`, { dailyTokens })),
    teamAssignments: async (teamId) => (await get<{ assignments: never[] }>(`/teams/${teamId}/assignments`)).assignments,
    createAssignment: async (teamId, draft) => (await post<{ assignment: never }>(`/teams/${teamId}/assignments`, draft)).assignment,
    editAssignment: async (id, changes) => (await send<{ assignment: never }>('PATCH', `/assignments/${encodeURIComponent(id)}`, changes)).assignment,
    archiveAssignment: async (id) => void (await post(`/assignments/${encodeURIComponent(id)}/archive`)),
    grantAttempts: async (id, body) => (await post<{ progress: never }>(`/assignments/${encodeURIComponent(id)}/grants`, body)).progress,
    myAssignments: async () => (await get<{ assignments: never[] }>('/me/assignments')).assignments,
    myCalls: async () => (await get<{ calls: never[] }>('/me/calls')).calls,
    uploadCall: (call) => post('/calls', call),
    traineeCalls: async (traineeId) => (await get<{ calls: never[] }>(`/trainees/${traineeId}/calls`)).calls,
    call: (callId) => get(`/calls/${encodeURIComponent(callId)}`),
    addNote: async (callId, turn, text) => (await post<{ note: never }>(`/calls/${encodeURIComponent(callId)}/notes`, { turn, text })).note,
    overrideVerdict: async (callId, body) => void (await post(`/calls/${encodeURIComponent(callId)}/overrides`, body)),
    roster: (teamId) => get(`/teams/${teamId}/roster`),
    grid: (teamId) => get(`/teams/${teamId}/grid`),
    weakSpots: async (teamId) => (await get<{ weakSpots: never[] }>(`/teams/${teamId}/weak-spots`)).weakSpots,
    usage: (teamId) => get(`/teams/${teamId}/usage`),
  };
}
