import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { summarizeCall } from '../../../src/app/history/callSummary';
import { HISTORY_STORE, IndexedDbHistoryStorage } from '../../../src/app/history/indexedDbHistoryStorage';
import { makeRecord } from './recordFixtures';

let dbCount = 0;
const freshName = () => `history-test-${++dbCount}`;

describe('IndexedDbHistoryStorage', () => {
  it('keeps calls across connections, keyed by id', async () => {
    const name = freshName();
    const first = await IndexedDbHistoryStorage.open(name);
    await first.put(makeRecord(1));
    await first.putMany([makeRecord(2), makeRecord(3), makeRecord(1, { scenarioTitle: 'renamed' })]);
    first.close();
    const second = await IndexedDbHistoryStorage.open(name);
    const all = (await second.loadAll()) as { id: string; scenarioTitle: string }[];
    expect(all.map((r) => r.id).sort()).toEqual(['call-1', 'call-2', 'call-3']);
    expect(all.find((r) => r.id === 'call-1')?.scenarioTitle).toBe('renamed');
    second.close();
  });

  it('keeps a summary beside each call, and counts the calls', async () => {
    const storage = await IndexedDbHistoryStorage.open(freshName());
    await storage.putMany([makeRecord(1), makeRecord(2)]);
    const { summaries, calls } = await storage.loadSummaries();
    expect(calls).toBe(2);
    expect(summaries).toEqual([summarizeCall(makeRecord(1)), summarizeCall(makeRecord(2))]);
    await storage.replaceSummaries([summarizeCall(makeRecord(2))]);
    expect((await storage.loadSummaries()).summaries).toEqual([summarizeCall(makeRecord(2))]);
    storage.close();
  });

  it('reads every call when there are more than one page of them', async () => {
    const storage = await IndexedDbHistoryStorage.open(freshName());
    await storage.putMany(Array.from({ length: 601 }, (_, i) => makeRecord(i)));
    const ids = ((await storage.loadAll()) as { id: string }[]).map((r) => r.id);
    expect(ids).toHaveLength(601);
    expect(new Set(ids).size).toBe(601);
    storage.close();
  });

  it('deletes one call and clears everything', async () => {
    const storage = await IndexedDbHistoryStorage.open(freshName());
    await storage.putMany([makeRecord(1), makeRecord(2)]);
    await storage.delete('call-1');
    expect(((await storage.loadAll()) as { id: string }[]).map((r) => r.id)).toEqual(['call-2']);
    expect((await storage.loadSummaries()).summaries).toHaveLength(1);
    await storage.clear();
    expect(await storage.loadAll()).toEqual([]);
    expect(await storage.loadSummaries()).toEqual({ summaries: [], calls: 0 });
    storage.close();
  });

  it('opens a database that a newer build upgraded, without a version error', async () => {
    const name = freshName();
    const newer = await openDB(name, 7, {
      upgrade(db) {
        db.createObjectStore(HISTORY_STORE, { keyPath: 'id' }).put(makeRecord(4));
        db.createObjectStore('something-new');
      },
    });
    newer.close();
    const storage = await IndexedDbHistoryStorage.open(name);
    expect(((await storage.loadAll()) as { id: string }[]).map((r) => r.id)).toEqual(['call-4']);
    storage.close();
  });

  it('adds the summary store to a database that has only the calls, keeping them', async () => {
    const name = freshName();
    const older = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore(HISTORY_STORE, { keyPath: 'id' }).put(makeRecord(6)) });
    older.close();
    const storage = await IndexedDbHistoryStorage.open(name);
    expect(await storage.loadSummaries()).toEqual({ summaries: [], calls: 1 });
    storage.close();
  });

  it('adds the calls store when the database exists without it', async () => {
    const name = freshName();
    const other = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('junk') });
    other.close();
    const storage = await IndexedDbHistoryStorage.open(name);
    await storage.put(makeRecord(5));
    expect(await storage.loadAll()).toHaveLength(1);
    storage.close();
  });

  it('returns garbage written into the store as it is, for restore to judge', async () => {
    const name = freshName();
    const storage = await IndexedDbHistoryStorage.open(name);
    storage.close();
    const raw = await openDB(name);
    await raw.put(HISTORY_STORE, { id: 'junk', transcript: 'not a transcript' });
    await raw.put(HISTORY_STORE, { id: 42 });
    raw.close();
    const reopened = await IndexedDbHistoryStorage.open(name);
    expect(await reopened.loadAll()).toEqual(expect.arrayContaining([{ id: 'junk', transcript: 'not a transcript' }, { id: 42 }]));
    reopened.close();
  });
});
