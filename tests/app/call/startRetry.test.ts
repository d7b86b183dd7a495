// Web storage in memory, in Node: the call store persists to localStorage.
import '../../support/installWebStorage';
import '../../support/loadedScenarios';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallStoreHook } from '../../../src/app/call/createCallStore';
import { scenarioById } from '../../../src/app/scenarios/scenarioCatalog';
import { continueFrom, retryFrom } from '../../../src/core/call';
import type { CallRecord } from '../../../src/core/history/callRecord';
import { fixtureLines } from '../../support/callDriver';
import { resetStorageState } from '../../support/storageState';
import { testCallStore } from '../../support/testCallStore';

const lease = scenarioById('lease-follow-up')!;
let saved: CallRecord[];
let clock: number;
let store: CallStoreHook;

beforeEach(() => {
  saved = [];
  clock = 2_000_000;
  localStorage.clear();
  resetStorageState();
  store = testCallStore({ now: () => (clock += 250), saveRecord: async (record) => void saved.push(record), newId: () => `call-${saved.length + 1}` });
});

afterEach(() => store.getState().clear());

async function play(lines: readonly string[]) {
  for (const line of lines) {
    if (store.getState().phase !== 'live') break;
    await store.getState().sendRepLine(line);
  }
}

async function playedCall(): Promise<CallRecord> {
  await store.getState().startCall(lease, { goal: 'A date for the plates', personaKind: 'scripted', difficulty: 'easy' });
  await play(fixtureLines('lease-follow-up').bad);
  if (store.getState().phase !== 'finished') await store.getState().hangUp();
  store.getState().clear();
  return saved.at(-1)!;
}

describe('retry from here, in the call store', () => {
  it('opens the call live just before the chosen line, with what was said before it and the same seed and goal', async () => {
    const parent = await playedCall();
    expect(await store.getState().startRetry(parent, 3)).toBeUndefined();
    const { phase, session } = store.getState();
    expect(phase).toBe('live');
    expect(session).toMatchObject({
      seed: parent.transcript.seed,
      goal: 'A date for the plates',
      personaKind: 'scripted',
      retryOf: { recordId: parent.id, turn: 3 },
    });
    expect(session!.turns).toEqual(parent.transcript.turns.slice(0, 3));
    expect(session!.callId).not.toBe(parent.id);
  });

  it('plays the branch as the core continues it, and saves it as its own attempt linked to its parent', async () => {
    const parent = await playedCall();
    await store.getState().startRetry(parent, 1);
    const better = fixtureLines('lease-follow-up').good;
    await play(better);
    if (store.getState().phase !== 'finished') await store.getState().hangUp();
    const branch = saved.at(-1)!;
    expect(saved).toHaveLength(2);
    expect(branch.retryOf).toEqual({ recordId: parent.id, turn: 1 });
    expect(branch.assignmentId).toBeUndefined();
    const point = retryFrom(lease, parent.transcript, 1);
    if (!point.ok) throw new Error(point.problem);
    const expected = continueFrom(lease, point.point, better);
    expect(branch.transcript.turns.map(({ speaker, text }) => ({ speaker, text }))).toEqual(expected.turns.map(({ speaker, text }) => ({ speaker, text })));
    expect(branch.report.overall).toBeGreaterThan(parent.report.overall);
  });

  it('does not save a retry hung up before a new line, and says why', async () => {
    const parent = await playedCall();
    await store.getState().startRetry(parent, 3);
    await store.getState().hangUp();
    expect(saved).toHaveLength(1);
    expect(store.getState().phase).toBe('idle');
    expect(store.getState().droppedNote).toMatch(/retry ended before you said a new line/);
  });

  it('refuses a customer line and a model-played call, saying why, and leaves the store as it was', async () => {
    const parent = await playedCall();
    expect(await store.getState().startRetry(parent, 0)).toMatch(/customer's/);
    expect(await store.getState().startRetry({ ...parent, personaKind: 'llm' }, 1)).toMatch(/language model/);
    expect(store.getState().phase).toBe('idle');
  });
});
