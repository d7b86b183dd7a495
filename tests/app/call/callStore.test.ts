// Web storage in memory, in Node: these stores need localStorage, not a DOM.
import '../../support/installWebStorage';
import '../../support/loadedScenarios';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallRecord } from '../../../src/core/history/callRecord';
import type { Persona } from '../../../src/core/persona/Persona';
import type { CallServices } from '../../../src/app/call/callServices';
import { createPersonaFor } from '../../../src/app/call/createPersonaFor';
import { CALL_STORAGE_KEY, type CallStoreHook } from '../../../src/app/call/createCallStore';
import { restoreSavedCall } from '../../../src/app/call/readSavedCall';
import { scenarioById } from '../../../src/app/scenarios/scenarioCatalog';
import { useStorageNotices } from '../../../src/app/storage/storageNotices';
import { fixtureLines } from '../../support/callDriver';
import { fillStorage, resetStorageState } from '../../support/storageState';
import { testCallStore } from '../../support/testCallStore';

const lease = scenarioById('lease-follow-up')!;
const wendy = scenarioById('busy-executive')!;
const voicemail = scenarioById('not-now-voicemail')!;

let saved: CallRecord[];
let clock: number;
let useCallStore: CallStoreHook;

/** A fresh call store over fake services: a clock that moves 250 ms per reading, saves into `saved`. */
function setUp(overrides: Partial<CallServices> = {}) {
  useCallStore = testCallStore({
    now: () => (clock += 250),
    wait: async () => undefined,
    saveRecord: async (record) => {
      saved.push(record);
    },
    newSeed: () => 3,
    newId: () => `call-${saved.length + 1}`,
    beep: vi.fn(),
    ...overrides,
  });
}

async function play(lines: readonly string[]) {
  for (const line of lines) {
    if (useCallStore.getState().phase !== 'live') break;
    await useCallStore.getState().sendRepLine(line);
  }
}

beforeEach(() => {
  saved = [];
  clock = 1_000_000;
  localStorage.clear();
  resetStorageState();
  setUp();
});

afterEach(() => {
  useCallStore.getState().clear();
  useCallStore.getState().setPlan(undefined);
});

describe('the call-in-progress store', () => {
  it('rings, lets the customer pick up, and waits for the rep', async () => {
    await useCallStore.getState().startCall(lease, { goal: '  Plates date and an oil change  ', personaKind: 'scripted', difficulty: 'easy' });
    const { phase, session } = useCallStore.getState();
    expect(phase).toBe('live');
    expect(session?.goal).toBe('Plates date and an oil change');
    expect(session?.seed).toBe(3);
    expect(session?.turns).toHaveLength(1);
    expect(session?.turns[0]?.speaker).toBe('customer');
    expect(session?.mood?.patience).toBeGreaterThan(0);
  });

  it('plays a good lease call to its goal and saves the record before the results can show', async () => {
    await useCallStore.getState().startCall(lease, { goal: 'Plates and oil change', personaKind: 'scripted', difficulty: 'easy' });
    await play(fixtureLines('lease-follow-up').good);
    const state = useCallStore.getState();
    expect(state.phase).toBe('finished');
    expect(saved).toHaveLength(1);
    expect(state.finishedRecordId).toBe(saved[0]!.id);
    const record = saved[0]!;
    expect(record.transcript.endReason).toBe('goal-reached');
    expect(record.transcript.goal).toBe('Plates and oil change');
    expect(record.transcript.seed).toBe(3);
    expect(record.report.overall).toBeGreaterThanOrEqual(75);
    expect(record.mode).toBe('free');
    expect(record.scenarioTitle).toBe(lease.title);
  });

  it('ends the call when Wendy hangs up on a poor call, with a low score', async () => {
    await useCallStore.getState().startCall(wendy, { goal: 'Book the demo', personaKind: 'scripted', difficulty: 'medium' });
    await play(fixtureLines('busy-executive').bad);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.transcript.endReason).toBe('hung-up');
    expect(saved[0]!.report.overall).toBeLessThan(50);
  });

  it('writes the call to localStorage on every turn', async () => {
    await useCallStore.getState().startCall(lease, { goal: 'Goal', personaKind: 'scripted', difficulty: 'easy' });
    await useCallStore.getState().sendRepLine(fixtureLines('lease-follow-up').good[0]!);
    const stored = JSON.parse(localStorage.getItem(CALL_STORAGE_KEY)!) as { state: { session: { turns: unknown[] } } };
    expect(stored.state.session.turns).toHaveLength(3);
  });

  it('restores a call cut short by a reload as interrupted, and resumes it with the same customer', async () => {
    await useCallStore.getState().startCall(lease, { goal: 'Goal', personaKind: 'scripted', difficulty: 'easy' });
    await useCallStore.getState().sendRepLine(fixtureLines('lease-follow-up').good[0]!);
    const stored = JSON.parse(localStorage.getItem(CALL_STORAGE_KEY)!) as { state: unknown };
    const restored = restoreSavedCall(stored.state);
    expect(restored.phase).toBe('interrupted');
    useCallStore.setState({ ...restored, persona: undefined });
    await useCallStore.getState().resume();
    expect(useCallStore.getState().phase).toBe('live');
    await play(fixtureLines('lease-follow-up').good.slice(1));
    expect(saved[0]?.transcript.endReason).toBe('goal-reached');
  });

  it('asks for the reply again after a reload while the customer was answering', async () => {
    await useCallStore.getState().startCall(lease, { goal: 'Goal', personaKind: 'scripted', difficulty: 'easy' });
    const session = useCallStore.getState().session!;
    const withRep = { ...session, turns: [...session.turns, { speaker: 'rep' as const, text: 'Hi Art, I am calling about your plates.', at: 500 }] };
    useCallStore.setState({ ...restoreSavedCall({ phase: 'responding', session: withRep }), persona: undefined });
    expect(useCallStore.getState().phase).toBe('interrupted');
    await useCallStore.getState().resume();
    const turns = useCallStore.getState().session!.turns;
    expect(turns.at(-1)?.speaker).toBe('customer');
    expect(turns).toHaveLength(3);
  });

  it('ignores unreadable saved calls instead of failing', () => {
    expect(restoreSavedCall('garbage').phase).toBe('idle');
    expect(restoreSavedCall({ phase: 'live', session: { turns: 'no' } }).phase).toBe('idle');
    expect(restoreSavedCall(null).phase).toBe('idle');
  });

  it('plays the beep after the voicemail greeting and takes exactly one message', async () => {
    const beep = vi.fn();
    setUp({ beep });
    await useCallStore.getState().startCall(voicemail, { goal: 'Reason to call back', personaKind: 'scripted', difficulty: 'easy' });
    expect(beep).toHaveBeenCalledTimes(1);
    expect(useCallStore.getState().session?.beeped).toBe(true);
    await useCallStore.getState().sendRepLine(fixtureLines('not-now-voicemail').good[0]!);
    expect(useCallStore.getState().phase).toBe('finished');
    expect(saved[0]!.transcript.turns.filter((t) => t.speaker === 'rep')).toHaveLength(1);
    expect(saved[0]!.transcript.endReason).toBe('voicemail-recorded');
  });

  it('beeps on resume when the page was reloaded between the voicemail greeting and the beep', async () => {
    const beep = vi.fn();
    setUp({ beep });
    await useCallStore.getState().startCall(voicemail, { goal: 'Reason to call back', personaKind: 'scripted', difficulty: 'easy' });
    const session = { ...useCallStore.getState().session!, beeped: false };
    useCallStore.setState({ ...restoreSavedCall({ phase: 'connecting', session }), persona: undefined });
    await useCallStore.getState().resume();
    expect(beep).toHaveBeenCalledTimes(2);
    expect(useCallStore.getState().session?.beeped).toBe(true);
    expect(useCallStore.getState().phase).toBe('live');
  });

  it('records the guided picks and their quality', async () => {
    await useCallStore.getState().startCall(lease, { goal: 'Goal', personaKind: 'scripted', difficulty: 'easy' });
    await useCallStore.getState().sendRepLine(lease.guided[0]!.lines[0]!.text, { guided: 'strong' });
    expect(useCallStore.getState().session?.guidedPicks).toEqual({ 1: 'strong' });
    await useCallStore.getState().hangUp();
    expect(saved[0]!.mode).toBe('guided');
  });

  it('scores the call when the rep hangs up', async () => {
    await useCallStore.getState().startCall(lease, { goal: 'Goal', personaKind: 'scripted', difficulty: 'easy' });
    await useCallStore.getState().sendRepLine('Hi Art, just checking in.');
    await useCallStore.getState().hangUp();
    expect(saved[0]!.transcript.endReason).toBe('rep-ended');
  });

  it('throws nothing away but records nothing when hung up while still ringing', async () => {
    let pickUp!: () => void;
    setUp({ wait: () => new Promise<void>((resolve) => (pickUp = resolve)) });
    const started = useCallStore.getState().startCall(lease, { goal: 'Goal', personaKind: 'scripted', difficulty: 'easy' });
    await vi.waitFor(() => expect(pickUp).toBeDefined());
    await useCallStore.getState().hangUp();
    pickUp();
    await started;
    expect(useCallStore.getState().phase).toBe('idle');
    expect(saved).toHaveLength(0);
  });

  it('discards a call hung up right after the greeting, unsaved, with one line saying why', async () => {
    await useCallStore.getState().startCall(lease, { goal: 'Goal', personaKind: 'scripted', difficulty: 'easy' });
    expect(useCallStore.getState().session?.turns).toHaveLength(1);
    await useCallStore.getState().hangUp();
    expect(useCallStore.getState().phase).toBe('idle');
    expect(useCallStore.getState().session).toBeUndefined();
    expect(saved).toHaveLength(0);
    expect(useCallStore.getState().droppedNote).toMatch(/before you said anything.*not saved/);
  });

  it('discards a voicemail hung up before the message, and forgets the note on the next call', async () => {
    await useCallStore.getState().startCall(voicemail, { goal: 'Goal', personaKind: 'scripted', difficulty: 'easy' });
    expect(useCallStore.getState().session?.beeped).toBe(true);
    await useCallStore.getState().hangUp();
    expect(saved).toHaveLength(0);
    expect(useCallStore.getState().droppedNote).toMatch(/before you left a message/);
    await useCallStore.getState().startCall(lease, { goal: 'Goal', personaKind: 'scripted', difficulty: 'easy' });
    expect(useCallStore.getState().droppedNote).toBeUndefined();
  });

  it('discards a call the customer ends before the rep says a word', async () => {
    useCallStore.setState({
      phase: 'live',
      session: {
        callId: 'c',
        scenarioId: lease.id,
        scenarioTitle: lease.title,
        channel: 'call',
        seed: 1,
        difficulty: 'easy',
        goal: '',
        personaKind: 'scripted',
        usedGuided: false,
        startedAt: '2026-01-01T00:00:00.000Z',
        turns: [{ speaker: 'customer', text: 'Hello?', at: 0 }],
        beeped: false,
      },
    });
    await useCallStore.getState().finish('hung-up');
    expect(useCallStore.getState().phase).toBe('idle');
    expect(saved).toHaveLength(0);
    expect(useCallStore.getState().droppedNote).toBeDefined();
  });

  it('ignores empty lines and cuts overlong ones with a notice', async () => {
    await useCallStore.getState().startCall(lease, { goal: 'Goal', personaKind: 'scripted', difficulty: 'easy' });
    await useCallStore.getState().sendRepLine('   ');
    expect(useCallStore.getState().session?.turns).toHaveLength(1);
    await useCallStore.getState().sendRepLine('plates '.repeat(1000));
    const rep = useCallStore.getState().session!.turns[1]!;
    expect(rep.cut).toBe(true);
    expect(useCallStore.getState().notice).toMatch(/cut/);
  });
});

describe('faults and persona swaps', () => {
  function failingPersona(error: Error & { partialText?: string }): Persona {
    return {
      kind: 'llm',
      open: async () => ({ text: 'Art here.', mood: { patience: 60, trust: 50 } }),
      respond: async () => {
        throw error;
      },
    };
  }

  it('offers a retry when the model fails, and continues the same call with the scripted customer', async () => {
    setUp({
      createPersona: async (scenario, choice) =>
        choice.kind === 'llm' ? failingPersona(new Error('The model server did not answer in time.')) : createPersonaFor(scenario, choice),
    });
    await useCallStore.getState().startCall(lease, { goal: 'Goal', personaKind: 'llm', difficulty: 'easy' });
    await useCallStore.getState().sendRepLine(fixtureLines('lease-follow-up').good[0]!);
    expect(useCallStore.getState().phase).toBe('fault');
    expect(useCallStore.getState().fault).toBe('The model server did not answer in time.');
    await useCallStore.getState().retry();
    expect(useCallStore.getState().phase).toBe('fault');
    await useCallStore.getState().switchToScripted();
    const state = useCallStore.getState();
    expect(state.phase).toBe('live');
    expect(state.session?.personaKind).toBe('scripted');
    expect(state.session?.turns.map((t) => t.speaker)).toEqual(['customer', 'rep', 'customer']);
    await play(fixtureLines('lease-follow-up').good.slice(1));
    expect(saved[0]?.personaKind).toBe('scripted');
  });

  it('keeps a reply cut off mid-stream, marked as partial', async () => {
    const error = Object.assign(new Error('The connection dropped.'), { partialText: 'Well, about the pla' });
    setUp({ createPersona: async () => failingPersona(error) });
    await useCallStore.getState().startCall(lease, { goal: 'Goal', personaKind: 'llm', difficulty: 'easy' });
    await useCallStore.getState().sendRepLine('Hi Art, calling about your plates.');
    const state = useCallStore.getState();
    expect(state.phase).toBe('live');
    expect(state.session?.turns.at(-1)).toMatchObject({ speaker: 'customer', text: 'Well, about the pla', partial: true });
    expect(state.notice).toMatch(/dropped/);
  });

  it('asks again after a cut-off reply, answering the rep’s last line afresh', async () => {
    let calls = 0;
    const persona: Persona = {
      kind: 'llm',
      open: async () => ({ text: 'Art here.' }),
      respond: async (turns) => {
        calls++;
        if (calls === 1) throw Object.assign(new Error('The stream stopped.'), { partialText: 'Well, the pla' });
        expect(turns.at(-1)).toMatchObject({ speaker: 'customer', partial: true });
        return { text: 'Well, the plates are late.' };
      },
    };
    setUp({ createPersona: async () => persona });
    await useCallStore.getState().startCall(lease, { goal: 'Goal', personaKind: 'llm', difficulty: 'easy' });
    await useCallStore.getState().sendRepLine('Hi Art, about your plates.');
    await useCallStore.getState().retry();
    expect(useCallStore.getState().session?.turns.map((t) => t.text)).toEqual([
      'Art here.',
      'Hi Art, about your plates.',
      'Well, the pla',
      'Well, the plates are late.',
    ]);
  });

  it('says when a model persona waits to ask again, and hands over to the scripted customer mid-wait', async () => {
    let waited!: () => void;
    const waiting = new Promise<void>((resolve) => (waited = resolve));
    const busy: Persona = {
      kind: 'llm',
      open: async () => ({ text: 'Art here.' }),
      // Announces a 20-second wait, then waits until it is called off, as the model client does.
      respond: (_turns, options) =>
        new Promise((_resolve, reject) => {
          options?.onWaiting?.({ reason: 'The model is busy (too many requests)', retryInMs: 20_000, attempt: 2, attempts: 3 });
          waited();
          options?.signal?.addEventListener('abort', () => reject(Object.assign(new Error('The reply was cancelled.'), { retryable: false })));
        }),
    };
    setUp({ createPersona: async (scenario, choice) => (choice.kind === 'llm' ? busy : createPersonaFor(scenario, choice)) });
    await useCallStore.getState().startCall(lease, { goal: 'Goal', personaKind: 'llm', difficulty: 'easy' });
    const sent = useCallStore.getState().sendRepLine(fixtureLines('lease-follow-up').good[0]!);
    await waiting;
    const during = useCallStore.getState();
    expect(during.phase).toBe('responding');
    expect(during.replyAskedAt).toBeDefined();
    expect(during.replyWait).toMatchObject({ reason: 'The model is busy (too many requests)', attempt: 2, attempts: 3 });
    expect(during.replyWait!.until - clock).toBeGreaterThanOrEqual(19_000);
    await useCallStore.getState().switchToScripted();
    await sent;
    const after = useCallStore.getState();
    expect(after.phase).toBe('live');
    expect(after.fault).toBeUndefined();
    expect(after.replyWait).toBeUndefined();
    expect(after.replyAskedAt).toBeUndefined();
    expect(after.session?.personaKind).toBe('scripted');
    expect(after.session?.turns.map((t) => t.speaker)).toEqual(['customer', 'rep', 'customer']);
  });

  it('does not offer a retry that cannot help, such as a rejected key', async () => {
    const rejected = Object.assign(new Error('The server rejected the API key.'), { retryable: false });
    setUp({ createPersona: async (scenario, choice) => (choice.kind === 'llm' ? failingPersona(rejected) : createPersonaFor(scenario, choice)) });
    await useCallStore.getState().startCall(lease, { goal: 'Goal', personaKind: 'llm', difficulty: 'easy' });
    await useCallStore.getState().sendRepLine('Hi Art.');
    expect(useCallStore.getState().faultRetryable).toBe(false);
  });

  it('keeps a finished call pending when saving fails, and saves it on retry', async () => {
    let fail = true;
    setUp({
      saveRecord: async (record) => {
        if (fail) throw new Error('storage is full');
        saved.push(record);
      },
    });
    await useCallStore.getState().startCall(wendy, { goal: 'Goal', personaKind: 'scripted', difficulty: 'medium' });
    await play(fixtureLines('busy-executive').bad);
    expect(useCallStore.getState().phase).toBe('save-failed');
    expect(useCallStore.getState().fault).toMatch(/storage is full/);
    expect(useCallStore.getState().pendingRecord).toBeDefined();
    expect(restoreSavedCall(JSON.parse(localStorage.getItem(CALL_STORAGE_KEY)!).state).phase).toBe('saving');
    fail = false;
    await useCallStore.getState().retrySave();
    expect(useCallStore.getState().phase).toBe('finished');
    expect(saved).toHaveLength(1);
  });

  it('applies a call plan: forced mode and the assignment id on the record', async () => {
    useCallStore.getState().setPlan({ scenarioId: lease.id, mode: 'guided', assignmentId: 'onboarding:purpose' });
    await useCallStore
      .getState()
      .startCall(lease, { goal: 'Goal', personaKind: 'scripted', difficulty: 'easy', forcedMode: 'guided', assignmentId: 'onboarding:purpose' });
    expect(useCallStore.getState().session?.forcedMode).toBe('guided');
    await useCallStore.getState().sendRepLine('Hi Art, calling about your plates.');
    await useCallStore.getState().hangUp();
    expect(saved[0]!.assignmentId).toBe('onboarding:purpose');
    expect(useCallStore.getState().plan?.assignmentId).toBe('onboarding:purpose');
  });

  it('keeps a call going in memory when localStorage is full, and says the call is not kept as it goes', async () => {
    const undo = fillStorage();
    try {
      await useCallStore.getState().startCall(wendy, { goal: 'Book the demo', personaKind: 'scripted', difficulty: 'medium' });
      expect(useCallStore.getState().phase).toBe('live');
      await useCallStore.getState().sendRepLine(fixtureLines('busy-executive').good[0]!);
      expect(useCallStore.getState().session?.turns.map((t) => t.speaker)).toEqual(['customer', 'rep', 'customer']);
      expect(useStorageNotices.getState().unsaved).toEqual([CALL_STORAGE_KEY]);
      await play(fixtureLines('busy-executive').good.slice(1));
      expect(useCallStore.getState().phase).toBe('finished');
      expect(saved).toHaveLength(1);
    } finally {
      undo();
    }
  });

  it('sets a damaged saved call aside on load instead of restoring it, keeping a copy', async () => {
    const session = {
      callId: 'c',
      scenarioId: wendy.id,
      scenarioTitle: wendy.title,
      channel: 'call',
      seed: 3,
      difficulty: 'medium',
      goal: 'g',
      personaKind: 'scripted',
      usedGuided: false,
      startedAt: '2026-01-01T00:00:00.000Z',
      beeped: false,
    };
    const text = JSON.stringify({ state: { phase: 'live', session: { ...session, turns: [null] } }, version: 1 });
    localStorage.setItem(CALL_STORAGE_KEY, text);
    await useCallStore.persist.rehydrate();
    expect(useCallStore.getState().phase).toBe('idle');
    expect(useCallStore.getState().session).toBeUndefined();
    expect(localStorage.getItem(`${CALL_STORAGE_KEY}.unreadable`)).toBe(text);
    expect(useStorageNotices.getState().setAside.map((e) => e.reason)).toEqual(['line 1 of the call is damaged']);
  });

  it('does not drop a finished call that could not be saved when a new call is dialled', async () => {
    setUp({
      saveRecord: async () => {
        throw new Error('the browser’s storage for this site is full');
      },
    });
    await useCallStore.getState().startCall(wendy, { goal: 'Goal', personaKind: 'scripted', difficulty: 'medium' });
    await play(fixtureLines('busy-executive').bad);
    const pending = useCallStore.getState().pendingRecord;
    expect(useCallStore.getState().phase).toBe('save-failed');
    await useCallStore.getState().startCall(lease, { goal: 'Goal', personaKind: 'scripted', difficulty: 'easy' });
    expect(useCallStore.getState().pendingRecord).toBe(pending);
    expect(useCallStore.getState().session?.scenarioId).toBe(wendy.id);
  });

  it('says a second failed save is a second failure, and keeps the call pending', async () => {
    setUp({
      saveRecord: async () => {
        throw new Error('the browser’s storage for this site is full');
      },
    });
    await useCallStore.getState().startCall(wendy, { goal: 'Goal', personaKind: 'scripted', difficulty: 'medium' });
    await play(fixtureLines('busy-executive').bad);
    expect(useCallStore.getState().fault).toBe(
      'Your call could not be saved to History: the browser’s storage for this site is full. It is kept here: free some space and try again, or export it.',
    );
    await useCallStore.getState().retrySave();
    expect(useCallStore.getState().phase).toBe('save-failed');
    expect(useCallStore.getState().fault).toMatch(/^Your call still could not be saved/);
    expect(useCallStore.getState().pendingRecord).toBeDefined();
  });
});

describe('the call store factory', () => {
  it('stamps the call with the clock and the seed handed in, and saves through the storage handed in', async () => {
    const kept: CallRecord[] = [];
    const store = testCallStore({
      now: () => Date.UTC(2026, 3, 14, 10),
      newSeed: () => 77,
      newId: () => 'mine',
      saveRecord: async (record) => void kept.push(record),
    });
    await store.getState().startCall(lease, { goal: 'Goal', personaKind: 'scripted', difficulty: 'easy' });
    expect(store.getState().session).toMatchObject({ callId: 'mine', seed: 77, startedAt: '2026-04-14T10:00:00.000Z' });
    await store.getState().sendRepLine('Hi Art, about your plates.');
    await store.getState().hangUp();
    expect(kept.map((record) => [record.id, record.endedAt])).toEqual([['mine', '2026-04-14T10:00:00.000Z']]);
  });

  it('builds stores that share nothing but what is saved', async () => {
    const other = testCallStore({ newId: () => 'other' });
    await other.getState().startCall(lease, { goal: 'Goal', personaKind: 'scripted', difficulty: 'easy' });
    expect(other.getState().phase).toBe('live');
    expect(useCallStore.getState().phase).toBe('idle');
    other.getState().clear();
  });

  it('refuses actions the call machine does not allow, changing nothing', async () => {
    await useCallStore.getState().sendRepLine('Hello?');
    expect(useCallStore.getState().phase).toBe('idle');
    expect(useCallStore.getState().session).toBeUndefined();
    await useCallStore.getState().retrySave();
    await useCallStore.getState().hangUp();
    expect(useCallStore.getState().phase).toBe('idle');
    expect(saved).toHaveLength(0);
  });
});
