// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { localOutboxStorage } from '../../../src/app/teamMode/outboxStorage';
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
    localOutboxStorage.save({ version: 1, entries: [], uploaded: [], sharePractice: false, owners: [tara] });
    expect(localOutboxStorage.load().owners).toEqual([tara]);
    localStorage.setItem(STORAGE_KEYS.teamOutbox, JSON.stringify({ version: 1, entries: [], uploaded: [], owners: [tara, { callId: 'c3' }, null] }));
    expect(localOutboxStorage.load().owners).toEqual([tara]);
  });
});
