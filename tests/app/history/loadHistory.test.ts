import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { IndexedDbHistoryStorage } from '../../../src/app/history/indexedDbHistoryStorage';
import { loadHistory } from '../../../src/app/history/loadHistory';
import { MemoryHistoryStorage } from '../../../src/app/history/memoryHistoryStorage';
import type { Rescore } from '../../../src/core/history/restoreHistory';
import { makeRecord, reportOf } from './recordFixtures';

const rescore: Rescore = (transcript) => (transcript.scenarioId === 'lease-follow-up' ? reportOf(transcript.scenarioId, 66) : undefined);

describe('loadHistory', () => {
  it('restores every readable call in time order without loading the scorer', async () => {
    const getRescore = vi.fn(() => rescore);
    const storage = new MemoryHistoryStorage([makeRecord(3), makeRecord(1), makeRecord(2)]);
    const loaded = await loadHistory(storage, getRescore);
    expect(loaded.records.map((r) => r.id)).toEqual(['call-1', 'call-2', 'call-3']);
    expect(loaded.notices).toEqual([]);
    expect(getRescore).not.toHaveBeenCalled();
  });

  it('sets garbage aside with a notice and keeps the good calls', async () => {
    const storage = new MemoryHistoryStorage([makeRecord(1), 'garbage', { id: 'junk', transcript: 7 }, null, makeRecord(2)]);
    const loaded = await loadHistory(storage, () => rescore);
    expect(loaded.records.map((r) => r.id)).toEqual(['call-1', 'call-2']);
    expect(loaded.setAside.map((s) => s.raw)).toEqual(['garbage', { id: 'junk', transcript: 7 }, null]);
    expect(loaded.notices.join(' ')).toMatch(/3 saved items were unreadable and set aside/);
  });

  it('loads the scorer only when a saved score is unreadable, and re-scores with it', async () => {
    const getRescore = vi.fn(async () => rescore);
    const damaged = { ...makeRecord(1), report: 'lost' };
    const loaded = await loadHistory(new MemoryHistoryStorage([damaged, makeRecord(2)]), getRescore);
    expect(getRescore).toHaveBeenCalledTimes(1);
    expect(loaded.records.find((r) => r.id === 'call-1')?.report.overall).toBe(66);
    expect(loaded.notices.join(' ')).toMatch(/re-scored/);
  });

  it('keeps a damaged call set aside when the scorer cannot be loaded', async () => {
    const damaged = { ...makeRecord(1), report: 'lost' };
    const loaded = await loadHistory(new MemoryHistoryStorage([damaged]), async () => {
      throw new Error('offline');
    });
    expect(loaded.records).toEqual([]);
    expect(loaded.setAside).toHaveLength(1);
  });

  it('migrates a first-format call that kept its goal beside the transcript', async () => {
    const { version: _v, transcript, ...rest } = makeRecord(1);
    const v1 = { ...rest, version: 1, goal: 'Book the demo', seed: 9, transcript: { ...transcript, goal: undefined } };
    const loaded = await loadHistory(new MemoryHistoryStorage([v1]), () => rescore);
    expect(loaded.records[0]?.transcript.goal).toBe('Book the demo');
    expect(loaded.records[0]?.transcript.seed).toBe(9);
    expect(loaded.notices.join(' ')).toMatch(/migrated/);
  });

  it('reads 5,000 calls from IndexedDB', async () => {
    const storage = await IndexedDbHistoryStorage.open('load-history-5000');
    await storage.putMany(Array.from({ length: 5000 }, (_, i) => makeRecord(i)));
    const loaded = await loadHistory(storage, () => rescore);
    expect(loaded.records).toHaveLength(5000);
    expect(loaded.setAside).toEqual([]);
    storage.close();
  });
});
