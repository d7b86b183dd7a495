import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { summarizeCall, type CallSummary } from '../../../src/app/history/callSummary';
import type { HistoryStorage } from '../../../src/app/history/historyStorage';
import { createHistoryStore, selectBestScore, selectRecord } from '../../../src/app/history/historyStore';
import { IndexedDbHistoryStorage } from '../../../src/app/history/indexedDbHistoryStorage';
import { MemoryHistoryStorage } from '../../../src/app/history/memoryHistoryStorage';
import type { Rescore } from '../../../src/core/history/restoreHistory';
import { makeRecord, reportOf } from './recordFixtures';

const rescore: Rescore = (t) => reportOf(t.scenarioId, 55);
const now = () => new Date(Date.UTC(2025, 4, 6));

function storeOver(storage: HistoryStorage | (() => Promise<HistoryStorage>)) {
  const openStorage = typeof storage === 'function' ? storage : async () => storage;
  return createHistoryStore({ openStorage, getRescore: () => rescore, now });
}

/** Storage whose every operation fails, as a full or broken IndexedDB would. */
function brokenStorage(): HistoryStorage {
  const fail = async () => {
    throw new Error('QuotaExceededError');
  };
  return { persistent: true, loadAll: fail, loadSummaries: fail, put: fail, putMany: fail, replaceSummaries: fail, delete: fail, clear: fail };
}

describe('history store', () => {
  it('loads saved calls once, however often load is called', async () => {
    const storage = new MemoryHistoryStorage([makeRecord(2), makeRecord(1)]);
    const loadAll = vi.spyOn(storage, 'loadAll');
    const store = storeOver(storage);
    expect(store.getState().loaded).toBe(false);
    await Promise.all([store.getState().load(), store.getState().load()]);
    await store.getState().load();
    expect(loadAll).toHaveBeenCalledTimes(1);
    expect(store.getState().loaded).toBe(true);
    expect(store.getState().records.map((r) => r.id)).toEqual(['call-1', 'call-2']);
  });

  it('shows the summaries before every call is read, when they cover all saved calls', async () => {
    const storage = new MemoryHistoryStorage();
    await storage.putMany([makeRecord(2), makeRecord(1)]);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const loadAll = storage.loadAll.bind(storage);
    storage.loadAll = async () => {
      await gate;
      return loadAll();
    };
    const store = storeOver(storage);
    const loading = store.getState().load();
    await vi.waitFor(() => expect(store.getState().summariesReady).toBe(true));
    expect(store.getState().loaded).toBe(false);
    expect(store.getState().summaries.map((s) => s.id)).toEqual(['call-1', 'call-2']);
    expect(selectBestScore('lease-follow-up')(store.getState())).toBe(Math.max(makeRecord(1).report.overall, makeRecord(2).report.overall));
    release();
    await loading;
    expect(store.getState().records.map((r) => r.id)).toEqual(['call-1', 'call-2']);
  });

  it('waits for the calls, then rebuilds the summary index, when calls were saved without summaries', async () => {
    const storage = new MemoryHistoryStorage([makeRecord(1), makeRecord(2), 'noise']);
    const store = storeOver(storage);
    await store.getState().load();
    expect(store.getState().summaries.map((s) => s.id)).toEqual(['call-1', 'call-2']);
    await vi.waitFor(async () => expect((await storage.loadSummaries()).summaries).toHaveLength(2));
  });

  it('keeps the summaries already shown when reading every call confirms them', async () => {
    const storage = new MemoryHistoryStorage();
    await storage.putMany([makeRecord(1), makeRecord(2)]);
    const replaceSummaries = vi.spyOn(storage, 'replaceSummaries');
    const store = storeOver(storage);
    const loading = store.getState().load();
    await vi.waitFor(() => expect(store.getState().summariesReady).toBe(true));
    const shown = store.getState().summaries;
    await loading;
    expect(store.getState().summaries).toBe(shown);
    expect(replaceSummaries).not.toHaveBeenCalled();
  });

  it('replaces a stale summary with one rebuilt from its call, and rebuilds the index', async () => {
    const storage = new MemoryHistoryStorage();
    await storage.putMany([makeRecord(1), makeRecord(2)]);
    const [first, second] = (await storage.loadSummaries()).summaries as CallSummary[];
    await storage.replaceSummaries([first!, { ...second!, scores: { ...second!.scores, 'purpose-first': 3 } }]);
    const store = storeOver(storage);
    await store.getState().load();
    expect(store.getState().summaries[1]!.scores['purpose-first']).toBe(summarizeCall(makeRecord(2)).scores['purpose-first']);
    await vi.waitFor(async () => expect((await storage.loadSummaries()).summaries).toEqual(store.getState().summaries));
  });

  it('saves a finished call before addRecord resolves, and a reload finds it', async () => {
    const name = 'store-reload';
    const first = storeOver(() => IndexedDbHistoryStorage.open(name));
    await first.getState().addRecord(makeRecord(1));
    const second = storeOver(() => IndexedDbHistoryStorage.open(name));
    await second.getState().load();
    expect(second.getState().records.map((r) => r.id)).toEqual(['call-1']);
  });

  it('keeps the best score per scenario up to date as calls are added', async () => {
    const store = storeOver(new MemoryHistoryStorage());
    await store.getState().addRecord(makeRecord(1, { report: reportOf('lease-follow-up', 60) }));
    await store.getState().addRecord(makeRecord(2, { report: reportOf('lease-follow-up', 45) }));
    expect(selectBestScore('lease-follow-up')(store.getState())).toBe(60);
    await store.getState().addRecord(makeRecord(1, { report: reportOf('lease-follow-up', 30) }));
    expect(selectBestScore('lease-follow-up')(store.getState())).toBe(45);
    expect(selectBestScore('busy-executive')(store.getState())).toBeUndefined();
    expect(selectRecord('call-2')(store.getState())?.report.overall).toBe(45);
  });

  it('inserts a call in time order even when it ended before the latest one', async () => {
    const store = storeOver(new MemoryHistoryStorage([makeRecord(1), makeRecord(5)]));
    await store.getState().addRecord(makeRecord(3));
    expect(store.getState().records.map((r) => r.id)).toEqual(['call-1', 'call-3', 'call-5']);
  });

  it('recovers from garbage in storage: loads the rest, keeps the garbage exportable and says so', async () => {
    const store = storeOver(new MemoryHistoryStorage([makeRecord(1), { id: 'junk', transcript: 'nope' }, 'noise']));
    await store.getState().load();
    const state = store.getState();
    expect(state.records.map((r) => r.id)).toEqual(['call-1']);
    expect(state.setAside).toHaveLength(2);
    expect(state.notices.join(' ')).toMatch(/2 saved items were unreadable/);
    const exported = JSON.parse(state.exportUnreadableText());
    expect(exported.items.map((i: { raw: unknown }) => i.raw)).toEqual([{ id: 'junk', transcript: 'nope' }, 'noise']);
  });

  it('falls back to memory with a notice when storage cannot be opened', async () => {
    const store = storeOver(async () => {
      throw new Error('IndexedDB is disabled');
    });
    await store.getState().load();
    expect(store.getState().loaded).toBe(true);
    expect(store.getState().persistent).toBe(false);
    expect(store.getState().notices.join(' ')).toMatch(/could not be opened \(IndexedDB is disabled\)/);
    await store.getState().addRecord(makeRecord(1));
    expect(store.getState().records).toHaveLength(1);
  });

  it('says so when the whole store cannot be read, and still starts', async () => {
    const store = storeOver(brokenStorage());
    await store.getState().load();
    expect(store.getState().loaded).toBe(true);
    expect(store.getState().records).toEqual([]);
    expect(store.getState().notices.join(' ')).toMatch(/could not be read \(QuotaExceededError\)/);
  });

  it('rejects a failed save with plain words but keeps the call for results and replay, marked unsaved', async () => {
    const store = storeOver(brokenStorage());
    await expect(store.getState().addRecord(makeRecord(1))).rejects.toThrow(/QuotaExceededError/);
    expect(selectRecord('call-1')(store.getState())).toBeDefined();
    expect(store.getState().unsaved).toEqual(['call-1']);
    expect(store.getState().notices.join(' ')).toMatch(/could not be saved to History .*kept in this tab only/);
  });

  it('says a full IndexedDB in plain words', async () => {
    const storage = new MemoryHistoryStorage();
    vi.spyOn(storage, 'put').mockRejectedValue(new DOMException('', 'QuotaExceededError'));
    const store = storeOver(storage);
    await expect(store.getState().addRecord(makeRecord(1))).rejects.toThrow('the browser’s storage for this site is full');
  });

  it('tries the real storage again on the next save of an unsaved call, and counts it saved only once it is written', async () => {
    const storage = new MemoryHistoryStorage();
    const put = vi
      .spyOn(storage, 'put')
      .mockRejectedValueOnce(new DOMException('', 'QuotaExceededError'))
      .mockRejectedValueOnce(new DOMException('', 'QuotaExceededError'));
    const store = storeOver(storage);
    await expect(store.getState().addRecord(makeRecord(1))).rejects.toThrow();
    await expect(store.getState().addRecord(makeRecord(1))).rejects.toThrow();
    expect(await storage.loadAll()).toEqual([]);
    expect(store.getState().unsaved).toEqual(['call-1']);
    await store.getState().addRecord(makeRecord(1));
    expect(put).toHaveBeenCalledTimes(3);
    expect((await storage.loadAll()).map((r) => (r as { id: string }).id)).toEqual(['call-1']);
    expect(store.getState().unsaved).toEqual([]);
    expect(store.getState().notices).toEqual([]);
    expect(store.getState().records).toHaveLength(1);
  });

  it('clears every call and every unreadable item', async () => {
    const storage = new MemoryHistoryStorage([makeRecord(1), 'noise']);
    const store = storeOver(storage);
    await store.getState().load();
    await store.getState().clear();
    expect(store.getState().records).toEqual([]);
    expect(store.getState().summaries).toEqual([]);
    expect(store.getState().setAside).toEqual([]);
    expect(store.getState().bestByScenario).toEqual({});
    expect(await storage.loadAll()).toEqual([]);
  });

  it('round-trips an export through import into an empty history', async () => {
    const source = storeOver(new MemoryHistoryStorage([makeRecord(1), makeRecord(2), makeRecord(3)]));
    await source.getState().load();
    const text = source.getState().exportText();
    const targetStorage = new MemoryHistoryStorage();
    const target = storeOver(targetStorage);
    const result = await target.getState().importText(text);
    expect(result).toEqual({ ok: true, added: 3, skipped: 0, unreadable: 0, message: 'Imported 3 calls.' });
    expect(target.getState().records).toEqual(source.getState().records);
    expect(await targetStorage.loadAll()).toHaveLength(3);
  });

  it('merges by id on import: new calls are added, saved ones are never replaced, unreadable ones counted', async () => {
    const saved = makeRecord(1, { report: reportOf('lease-follow-up', 77) });
    const store = storeOver(new MemoryHistoryStorage([saved]));
    const file = JSON.stringify([makeRecord(1, { report: reportOf('lease-follow-up', 10) }), makeRecord(2), { id: 'junk' }, makeRecord(2)]);
    const result = await store.getState().importText(file);
    expect(result).toMatchObject({ ok: true, added: 1, skipped: 2, unreadable: 1 });
    expect(result.message).toMatch(/^Imported 1 call; skipped 2 calls already in your history; 1 item was unreadable and left out \(scenarioId: .+\)\.$/);
    expect(selectRecord('call-1')(store.getState())?.report.overall).toBe(77);
    expect(store.getState().records.map((r) => r.id)).toEqual(['call-1', 'call-2']);
  });

  it('refuses a bad file with a message and changes nothing', async () => {
    const store = storeOver(new MemoryHistoryStorage([makeRecord(1)]));
    for (const text of ['not json at all', '{"some":"thing"}', JSON.stringify([{ id: 1 }, 'x'])]) {
      const result = await store.getState().importText(text);
      expect(result.ok).toBe(false);
      expect(result.added).toBe(0);
      expect(result.message).toMatch(/nothing was imported/);
    }
    expect(store.getState().records.map((r) => r.id)).toEqual(['call-1']);
  });

  it('re-scores imported calls whose score is unreadable', async () => {
    const store = storeOver(new MemoryHistoryStorage());
    const result = await store.getState().importText(JSON.stringify([{ ...makeRecord(4), report: null }]));
    expect(result).toMatchObject({ ok: true, added: 1 });
    expect(selectRecord('call-4')(store.getState())?.report.overall).toBe(55);
  });

  it('gives imported calls the limits of a results file: an overlong turn and a score of 999 are left out, saying why', async () => {
    const storage = new MemoryHistoryStorage();
    const store = storeOver(storage);
    const long = makeRecord(1);
    long.transcript.turns[1]!.text = 'x'.repeat(200_000);
    const inflated = makeRecord(2);
    inflated.report.principles[0]!.score = 999;
    const result = await store.getState().importText(JSON.stringify([long, inflated, makeRecord(3)]));
    expect(result).toMatchObject({ ok: true, added: 1, unreadable: 2 });
    expect(result.message).toBe('Imported 1 call; 2 items were unreadable and left out (for example, report.principles.0.score: expected 0 to 100).');
    expect(store.getState().records.map((r) => r.id)).toEqual(['call-3']);
    expect((await storage.loadAll()).map((r) => (r as { id: string }).id)).toEqual(['call-3']);
  });

  it('refuses a file whose only call breaks the limits, and says which rule', async () => {
    const store = storeOver(new MemoryHistoryStorage());
    const inflated = makeRecord(2);
    inflated.report.principles[0]!.score = 999;
    const result = await store.getState().importText(JSON.stringify([inflated]));
    expect(result).toMatchObject({ ok: false, added: 0, unreadable: 1 });
    expect(result.message).toBe(
      'None of the 1 item in that file could be read as a call (report.principles.0.score: expected 0 to 100), so nothing was imported.',
    );
  });

  it('re-scores a saved call whose principle score is out of range, rather than showing it', async () => {
    const saved = makeRecord(1);
    saved.report.principles[0]!.score = 999;
    const store = storeOver(new MemoryHistoryStorage([saved]));
    await store.getState().load();
    expect(selectRecord('call-1')(store.getState())?.report.overall).toBe(55);
    expect(store.getState().notices.join(' ')).toMatch(/re-scored/);
  });
});
