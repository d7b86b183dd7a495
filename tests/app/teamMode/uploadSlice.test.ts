import { describe, expect, it } from 'vitest';
import { memoryOutboxStorage } from '../../../src/app/teamMode/outboxStorage';
import { type TeamApi, TeamApiError } from '../../../src/app/teamMode/teamApi';
import type { CallUpload, Me, MyAssignment } from '../../../src/app/teamMode/teamApiTypes';
import { KEEP_UNCLAIMED } from '../../../src/app/teamMode/slices/uploadSlice';
import { createTeamStore } from '../../../src/app/teamMode/teamStore';
import { makeRecord } from '../history/recordFixtures';

const tara: Me = {
  user: { id: 'u-tara', email: 'tara@example.com', displayName: 'Tara', role: 'trainee' },
  csrfToken: 'x',
  teams: [{ id: 't1', name: 'Team' }],
};
const assignment = { id: 'a-1', teamId: 't1', createdAt: '', archivedAt: null, assignment: {}, progress: {} } as unknown as MyAssignment;

const tom: Me = { ...tara, user: { id: 'u-tom', email: 'tom@example.com', displayName: 'Tom', role: 'trainee' } };
const people: Record<string, Me> = { [tara.user.email]: tara, [tom.user.email]: tom };

/** A fake server: it stores uploads by id (with who sent them), can be taken offline, and its session can end. */
function fakeApi(me: Me | null = tara) {
  const stored = new Map<string, CallUpload>();
  const senders = new Map<string, string>();
  const server = {
    online: true,
    me,
    stored,
    senders,
    refuse: undefined as string | undefined,
    refuseIds: new Map<string, TeamApiError>(),
    sent: [] as string[],
  };
  const api: Partial<TeamApi> = {
    me: async () => server.me,
    setupNeeded: async () => false,
    myAssignments: async () => [assignment],
    myCalls: async () => [],
    signIn: async (email) => void (server.me = people[email] ?? null),
    signOut: async () => void (server.me = null),
    async uploadCall(call) {
      if (!server.online) throw new TeamApiError('offline', 0, 'offline');
      if (!server.me) throw new TeamApiError('Sign in again.', 401, 'unauthenticated');
      senders.set(call.id, server.me.user.id);
      server.sent.push(call.id);
      if (server.refuse) throw new TeamApiError(server.refuse, 422, 'rules_broken');
      const refusal = server.refuseIds.get(call.id);
      if (refusal) throw refusal;
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

  it('keeps a series call refused for a missing earlier call with the reason, sends it only once, and sends the calls after it', async () => {
    const { api, server } = fakeApi();
    const reason = 'This is call 2 of the series “Art’s plates”, and the server has no call 1 of its run from you. Play the series again from call 1.';
    server.refuseIds.set('call-20', new TeamApiError(reason, 409, 'earlier_calls_missing'));
    const { store } = await signedInStore(api);
    const first = makeRecord(19, { assignmentId: 'a-1', scenarioId: 'lease-series/plates-late' });
    store.getState().callFinished(makeRecord(20, { assignmentId: 'a-1', scenarioId: 'lease-series/promised-call' }), [first.transcript]);
    store.getState().callFinished(makeRecord(21, { assignmentId: 'a-1' }));
    await store.getState().flushUploads();
    await store.getState().flushUploads();
    expect(server.sent).toEqual(['call-20', 'call-21']);
    expect(store.getState().outbox).toMatchObject([{ upload: { id: 'call-20' }, refused: reason }]);
    expect(store.getState().uploaded).toEqual(['call-21']);
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

describe('uploads of calls finished after the session ended', () => {
  it('keeps a call finished after its trainee signed out and sends it when that trainee signs in again', async () => {
    const { api, server } = fakeApi();
    const { store } = await signedInStore(api);
    store.getState().callStarted('call-10', 'a-1');
    await store.getState().signOut();
    store.getState().callFinished(makeRecord(10, { assignmentId: 'a-1' }));
    await store.getState().flushUploads();
    expect(server.stored.size).toBe(0);
    expect(store.getState().outbox).toMatchObject([{ userId: 'u-tara', userName: 'Tara', upload: { id: 'call-10', assignmentId: 'a-1' } }]);
    await store.getState().signIn(tara.user.email, 'pw');
    await store.getState().flushUploads();
    expect(server.senders.get('call-10')).toBe('u-tara');
    expect(store.getState().uploaded).toEqual(['call-10']);
  });

  it('remembers who started a call across a reload, so a call finished signed out after it still goes to them', async () => {
    const { api, server } = fakeApi();
    const { store, outbox } = await signedInStore(api);
    store.getState().callStarted('call-11', 'a-1');
    await store.getState().signOut();
    // A reload while signed out: a new store reads the call's owner back and the restored call finishes.
    const { store: reloaded } = await signedInStore(api, outbox);
    reloaded.getState().callStarted('call-11', 'a-1');
    reloaded.getState().callFinished(makeRecord(11, { assignmentId: 'a-1' }));
    expect(outbox.data.entries).toMatchObject([{ userId: 'u-tara', userName: 'Tara' }]);
    expect(outbox.data.owners).toEqual([]);
    // Another reload, then Tara signs in.
    const { store: later } = await signedInStore(api, outbox);
    await later.getState().signIn(tara.user.email, 'pw');
    await later.getState().flushUploads();
    expect(server.senders.get('call-11')).toBe('u-tara');
  });

  it('never sends a signed-out trainee’s call under another trainee who signs in on the same browser', async () => {
    const { api, server } = fakeApi();
    const { store } = await signedInStore(api);
    store.getState().callStarted('call-12', 'a-1');
    await store.getState().signOut();
    store.getState().callFinished(makeRecord(12, { assignmentId: 'a-1' }));
    await store.getState().signIn(tom.user.email, 'pw');
    await store.getState().flushUploads();
    expect(server.stored.size).toBe(0);
    expect(store.getState().outbox).toMatchObject([{ userId: 'u-tara', upload: { id: 'call-12' } }]);
    await store.getState().signOut();
    await store.getState().signIn(tara.user.email, 'pw');
    await store.getState().flushUploads();
    expect(server.senders.get('call-12')).toBe('u-tara');
  });

  it('gives a call started by one trainee and finished after another signed in to the one who started it', async () => {
    const { api, server } = fakeApi();
    const { store } = await signedInStore(api);
    store.getState().callStarted('call-13', 'a-1');
    await store.getState().signOut();
    await store.getState().signIn(tom.user.email, 'pw');
    store.getState().callFinished(makeRecord(13, { assignmentId: 'a-1' }));
    await store.getState().flushUploads();
    expect(server.stored.size).toBe(0);
    expect(store.getState().outbox).toMatchObject([{ userId: 'u-tara', userName: 'Tara' }]);
  });

  it('puts a call back in the queue when its upload meets an expired session, and notices nobody is signed in', async () => {
    const { api, server } = fakeApi();
    const { store } = await signedInStore(api);
    store.getState().callStarted('call-14', 'a-1');
    // The cookie expires mid-call: the page still thinks Tara is signed in.
    server.me = null;
    store.getState().callFinished(makeRecord(14, { assignmentId: 'a-1' }));
    await store.getState().flushUploads();
    expect(store.getState().me).toBeUndefined();
    expect(store.getState().outbox).toMatchObject([{ userId: 'u-tara', upload: { id: 'call-14' } }]);
    await store.getState().signIn(tara.user.email, 'pw');
    await store.getState().flushUploads();
    expect(server.senders.get('call-14')).toBe('u-tara');
    expect(store.getState().outbox).toEqual([]);
  });

  it('queues for no one a call started and finished while nobody was signed in: it is kept unclaimed', async () => {
    const { api } = fakeApi(null);
    const { store, outbox } = await signedInStore(api);
    store.getState().callStarted('call-15', 'a-1');
    store.getState().callFinished(makeRecord(15, { assignmentId: 'a-1' }));
    expect(store.getState().outbox).toEqual([]);
    expect(store.getState().callOwners).toEqual([]);
    expect(outbox.data.unclaimed).toMatchObject([{ upload: { id: 'call-15', assignmentId: 'a-1' }, leftBy: [] }]);
  });
});

describe('calls played while nobody was signed in', () => {
  /** A browser where nobody is signed in and `n` calls under assignment a-1 were finished. */
  async function signedOutWithCalls(...ns: number[]) {
    const fake = fakeApi(null);
    const { store, outbox } = await signedInStore(fake.api);
    for (const n of ns) store.getState().callFinished(makeRecord(n, { assignmentId: 'a-1' }));
    return { ...fake, store, outbox };
  }
  const unclaimedIds = (store: { getState(): { unclaimed: { upload: { id: string } }[] } }) => store.getState().unclaimed.map((u) => u.upload.id);

  it('never uploads them by themselves when a trainee signs in', async () => {
    const { store, server } = await signedOutWithCalls(20, 21);
    await store.getState().signIn(tara.user.email, 'pw');
    await store.getState().flushUploads();
    expect(server.stored.size).toBe(0);
    expect(unclaimedIds(store)).toEqual(['call-20', 'call-21']);
  });

  it('uploads a call under the trainee who says it is theirs, and only that one', async () => {
    const { store, server, outbox } = await signedOutWithCalls(20, 21);
    await store.getState().signIn(tara.user.email, 'pw');
    store.getState().claimCalls(['call-20']);
    await store.getState().flushUploads();
    expect(server.senders.get('call-20')).toBe('u-tara');
    expect(server.stored.get('call-20')?.assignmentId).toBe('a-1');
    expect(server.stored.has('call-21')).toBe(false);
    expect(store.getState().uploaded).toEqual(['call-20']);
    expect(outbox.data.unclaimed.map((u) => u.upload.id)).toEqual(['call-21']);
  });

  it('uploads every call claimed at once, and a resend of one stays a single call on the server', async () => {
    const { store, server } = await signedOutWithCalls(20, 21);
    await store.getState().signIn(tara.user.email, 'pw');
    store.getState().claimCalls(['call-20', 'call-21']);
    store.getState().claimCalls(['call-20']);
    await store.getState().flushUploads();
    expect([...server.stored.keys()].sort()).toEqual(['call-20', 'call-21']);
    expect(store.getState().outbox).toEqual([]);
    expect(store.getState().unclaimed).toEqual([]);
  });

  it('keeps a call left by one trainee, unsent, and asks the next one who signs in', async () => {
    const { store, server } = await signedOutWithCalls(20);
    await store.getState().signIn(tom.user.email, 'pw');
    store.getState().leaveCalls(['call-20']);
    await store.getState().flushUploads();
    expect(store.getState().unclaimed).toMatchObject([{ upload: { id: 'call-20' }, leftBy: ['u-tom'] }]);
    await store.getState().signOut();
    await store.getState().signIn(tara.user.email, 'pw');
    store.getState().claimCalls(['call-20']);
    await store.getState().flushUploads();
    expect(server.senders.get('call-20')).toBe('u-tara');
  });

  it('drops a discarded call from the queue for good', async () => {
    const { store, outbox } = await signedOutWithCalls(20, 21);
    await store.getState().signIn(tara.user.email, 'pw');
    store.getState().discardCalls(['call-21']);
    expect(unclaimedIds(store)).toEqual(['call-20']);
    expect(outbox.data.unclaimed.map((u) => u.upload.id)).toEqual(['call-20']);
  });

  it('keeps only the last 20, across a reload', async () => {
    const ns = Array.from({ length: KEEP_UNCLAIMED + 3 }, (_, i) => 100 + i);
    const { api, outbox } = await signedOutWithCalls(...ns);
    const { store: reloaded } = await signedInStore(api, outbox);
    expect(unclaimedIds(reloaded)).toEqual(ns.slice(3).map((n) => `call-${n}`));
  });

  it('keeps a practice call only when this browser shares practice calls', async () => {
    const { store } = await signedOutWithCalls();
    store.getState().callFinished(makeRecord(30));
    expect(store.getState().unclaimed).toEqual([]);
    store.getState().setSharePractice(true);
    store.getState().callFinished(makeRecord(31));
    expect(store.getState().unclaimed).toMatchObject([{ upload: { id: 'call-31', assignmentId: null } }]);
  });

  it('uploads a claimed call played under an assignment that is not the trainee’s as practice', async () => {
    const { store, server } = await signedOutWithCalls();
    store.getState().callFinished(makeRecord(32, { assignmentId: 'a-from-a-file' }));
    await store.getState().signIn(tara.user.email, 'pw');
    store.getState().claimCalls(['call-32']);
    await store.getState().flushUploads();
    expect(server.stored.get('call-32')?.assignmentId).toBeNull();
  });

  it('lets no manager claim a call, and keeps a call finished while a manager is signed in out of the queue', async () => {
    const mia: Me = { ...tara, user: { id: 'u-mia', email: 'mia@example.com', displayName: 'Mia', role: 'manager' } };
    const { store } = await signedOutWithCalls(20);
    store.setState({ me: mia });
    store.getState().claimCalls(['call-20']);
    store.getState().callFinished(makeRecord(33, { assignmentId: 'a-1' }));
    expect(store.getState().outbox).toEqual([]);
    expect(unclaimedIds(store)).toEqual(['call-20']);
  });

  it('still gives a call started by a trainee, then finished signed out, to that trainee rather than leaving it unclaimed', async () => {
    const { api } = fakeApi();
    const { store } = await signedInStore(api);
    store.getState().callStarted('call-34', 'a-1');
    await store.getState().signOut();
    store.getState().callFinished(makeRecord(34, { assignmentId: 'a-1' }));
    expect(store.getState().unclaimed).toEqual([]);
    expect(store.getState().outbox).toMatchObject([{ userId: 'u-tara', upload: { id: 'call-34' } }]);
  });
});
