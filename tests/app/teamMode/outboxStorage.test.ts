// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_OUTBOX, OUTBOX_MIGRATIONS, localOutboxStorage } from '../../../src/app/teamMode/outboxStorage';
import type { CallUpload } from '../../../src/app/teamMode/teamApiTypes';
import { STORAGE_KEYS } from '../../../src/app/storage/storageAreas';

beforeEach(() => localStorage.clear());

describe('the outbox kept in this browser', () => {
  it('reads an outbox saved before call owners were kept, with no owners and its calls intact', () => {
    localStorage.setItem(STORAGE_KEYS.teamOutbox, JSON.stringify({ version: 1, entries: [{ userId: 'u-tara', upload: { id: 'c1' } }], uploaded: ['c0'] }));
    const data = localOutboxStorage.load();
    expect(data.owners).toEqual([]);
    expect(data.entries).toEqual([{ userId: 'u-tara', upload: { id: 'c1' } }]);
    expect(data.uploaded).toEqual(['c0']);
  });

  it('keeps who started each call across a reload and drops owners it cannot read', () => {
    const tara = { callId: 'c2', userId: 'u-tara', userName: 'Tara', assignmentId: 'a-1', sharePractice: false };
    localOutboxStorage.save({ version: 2, entries: [], uploaded: [], sharePractice: false, owners: [tara], unclaimed: [] });
    expect(localOutboxStorage.load().owners).toEqual([tara]);
    localStorage.setItem(STORAGE_KEYS.teamOutbox, JSON.stringify({ version: 1, entries: [], uploaded: [], owners: [tara, { callId: 'c3' }, null] }));
    expect(localOutboxStorage.load().owners).toEqual([tara]);
  });

  it('upgrades an outbox saved before unclaimed calls were kept, by its named migration, to one with none', () => {
    expect(OUTBOX_MIGRATIONS.map((m) => m.name)).toEqual(['add-unclaimed-calls']);
    localStorage.setItem(STORAGE_KEYS.teamOutbox, JSON.stringify({ version: 1, entries: [], uploaded: ['c0'], sharePractice: true, owners: [] }));
    expect(localOutboxStorage.load()).toEqual({ version: 2, entries: [], uploaded: ['c0'], sharePractice: true, owners: [], unclaimed: [] });
  });

  it('keeps calls played while nobody was signed in across a reload, with who left them, and drops ones it cannot read', () => {
    const call = { upload: { id: 'c4', scenarioTitle: 'The overdue plates', endedAt: '2026-03-02T09:00:00.000Z' } as CallUpload, leftBy: ['u-tom'] };
    localOutboxStorage.save({ ...EMPTY_OUTBOX, unclaimed: [call] });
    expect(localOutboxStorage.load().unclaimed).toEqual([call]);
    localStorage.setItem(
      STORAGE_KEYS.teamOutbox,
      JSON.stringify({ ...EMPTY_OUTBOX, unclaimed: [{ ...call, leftBy: 'u-tom' }, { upload: { id: 'c5' } }, null] }),
    );
    expect(localOutboxStorage.load().unclaimed).toEqual([{ ...call, leftBy: [] }]);
  });

  it('starts an empty outbox when it was saved by a version it does not know', () => {
    localStorage.setItem(STORAGE_KEYS.teamOutbox, JSON.stringify({ ...EMPTY_OUTBOX, version: 9, uploaded: ['c0'] }));
    expect(localOutboxStorage.load()).toEqual(EMPTY_OUTBOX);
  });
});
