import { create } from 'zustand';
import type { CallRecord } from '../../../src/core/history/callRecord';

/** A stand-in for the history store: only what the workflow screens read (records, load, addRecord). */
export const fakeHistoryStore = create(() => ({
  records: [] as CallRecord[],
  loaded: true,
  load: async () => undefined,
  addRecord: async (record: CallRecord) => {
    fakeHistoryStore.setState((s) => ({ records: [...s.records, record] }));
  },
}));
