import { describe, expect, it } from 'vitest';
import { memoryOutboxStorage } from '../../../src/app/teamMode/outboxStorage';
import { type TeamApi, TeamApiError } from '../../../src/app/teamMode/teamApi';
import type { CallUpload, Me, MyAssignment } from '../../../src/app/teamMode/teamApiTypes';
import { createTeamStore } from '../../../src/app/teamMode/teamStore';
import { makeRecord } from '../history/recordFixtures';

const tara: Me = {
  user: { id: 'u-tara', email: 'tara@example.com', displayName: 'Tara', role: 'trainee' },
  csrfToken: 'x',
  teams: [{ id: 't1', name: 'Team' }],
};
const assignment = { id: 'a-1', teamId: 't1', createdAt: '', archivedAt: null, assignment: {}, progress: {} } as unknown as MyAssignment;

/** A fake server: it stores uploads by id, and can be taken offline. */
function fakeApi(me: Me | null = tara) {
  const stored = new Map<string, CallUpload>();
  const server = { online: true, me, stored, refuse: undefined as string | undefined };
  const api: Partial<TeamApi> = {
    me: async () => server.me,
    setupNeeded: async () => false,
    myAssignments: async () => [assignment],
    myCalls: async () => [],
    async uploadCall(call) {
      if (!server.online) throw new TeamApiError('offline', 0, 'offline');
      if (server.refuse) throw new TeamApiError(server.refuse, 422, 'rules_broken');
      const created = !stored.has(call.id);
      stored.set(call.id, call);
      return { stored: created ? 'created' : 'existing' };
    },
  };
  return { api: api as TeamApi, server };
}

async function signedInStore(api: TeamApi, outbox = memoryOutboxStorage()) {
  const store = createTeamStore({ api, outbox });
  await store.getState().refreshSession();
  await store.getState().loadMine();
  return { store, outbox };
}

describe('uploads of finished calls in team mode', () => {
  it('uploads a call finished under one of the trainee’s assignments and marks it uploaded', async () => {
    const { api, server } = fakeApi();
    const { store } = await signedInStore(api);
    store.getState().callFinished(makeRecord(1, { assignmentId: 'a-1' }));
    await store.getState().flushUploads();
    expect(server.stored.get('call-1')?.assignmentId).toBe('a-1');
    expect(store.getState().uploaded).toEqual(['call-1']);
    expect(store.getState().outbox).toEqual([]);
  });

  it('keeps a call made offline in storage and sends it once the server can be reached', async () => {
    const { api, server } = fakeApi();
    server.online = false;
    const { store, outbox } = await signedInStore(api);
    store.getState().callFinished(makeRecord(2, { assignmentId: 'a-1' }));
    await store.getState().flushUploads();
    expect(outbox.data.entries.map((e) => e.upload.id)).toEqual(['call-2']);
    // A reload: a new store reads the outbox back.
    server.online = true;
    const { store: again } = await signedInStore(api, outbox);
    await again.getState().flushUploads();
    expect([...server.stored.keys()]).toEqual(['call-2']);
    expect(again.getState().outbox).toEqual([]);
  });

  it('sends a series call with the transcripts of the calls before it in its run, and a single call without any', async () => {
    const { api, server } = fakeApi();
    const { store } = await signedInStore(api);
    const first = makeRecord(3, { assignmentId: 'a-1' });
    store.getState().callFinished(first);
    // Finished while call 3 is uploading: it goes in the same run.
    store.getState().callFinished(makeRecord(4, { assignmentId: 'a-1', scenarioId: 'lease-series/promised-call' }), [first.transcript]);
    await store.getState().flushUploads();
    expect(server.stored.get('call-3')).not.toHaveProperty('earlierTranscripts');
    expect(server.stored.get('call-4')?.earlierTranscripts).toEqual([first.transcript]);
  });

  it('sends a call announced twice only once', async () => {
    const { api, server } = fakeApi();
    const { store } = await signedInStore(api);
    const record = makeRecord(3, { assignmentId: 'a-1' });
    store.getState().callFinished(record);
    await store.getState().flushUploads();
    store.getState().callFinished(record);
    await store.getState().flushUploads();
    expect(server.stored.size).toBe(1);
  });

  it('leaves practice calls in the browser unless the trainee chose to share them', async () => {
    const { api, server } = fakeApi();
    const { store } = await signedInStore(api);
    store.getState().callFinished(makeRecord(4));
    await store.getState().flushUploads();
    expect(server.stored.size).toBe(0);
    store.getState().setSharePractice(true);
    store.getState().callFinished(makeRecord(5));
    await store.getState().flushUploads();
    expect(server.stored.get('call-5')?.assignmentId).toBeNull();
  });

  it('keeps a call the server refuses, with the reason, instead of retrying it forever', async () => {
    const { api, server } = fakeApi();
    server.refuse = 'The call was not played under the assignment’s rules.';
    const { store } = await signedInStore(api);
    store.getState().callFinished(makeRecord(6, { assignmentId: 'a-1' }));
    await store.getState().flushUploads();
    expect(store.getState().outbox[0]?.refused).toBe(server.refuse);
  });

  it('does not send one person’s waiting calls under another person’s session', async () => {
    const { api, server } = fakeApi();
    server.online = false;
    const { store, outbox } = await signedInStore(api);
    store.getState().callFinished(makeRecord(7, { assignmentId: 'a-1' }));
    await store.getState().flushUploads();
    server.online = true;
    server.me = { ...tara, user: { ...tara.user, id: 'u-tom' } };
    const { store: tom } = await signedInStore(api, outbox);
    await tom.getState().flushUploads();
    expect(server.stored.size).toBe(0);
  });

  it('stays in single-user mode, uploading nothing, when the server has no team API', async () => {
    const { api } = fakeApi();
    api.me = async () => 'single-user';
    const { store } = await signedInStore(api);
    expect(store.getState().mode).toBe('single-user');
    store.getState().callFinished(makeRecord(8, { assignmentId: 'a-1' }));
    expect(store.getState().outbox).toEqual([]);
  });
});
