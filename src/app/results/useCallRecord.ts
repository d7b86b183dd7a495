import { useEffect } from 'react';
import type { CallRecord } from '../../core/history/callRecord';
import { useCallStore } from '../call/callStore';
import { selectRecord, useHistoryStore } from '../history/historyStore';

/** A saved call for the results and replay screens: from history, or the call just finished if saving it failed. */
export function useCallRecord(recordId: string): { record?: CallRecord; loading: boolean } {
  const saved = useHistoryStore(selectRecord(recordId));
  const loaded = useHistoryStore((s) => s.loaded);
  const pending = useCallStore((s) => (s.pendingRecord?.id === recordId ? s.pendingRecord : undefined));
  useEffect(() => {
    if (!loaded) void useHistoryStore.getState().load();
  }, [loaded]);
  const record = saved ?? pending;
  return { record, loading: !record && !loaded };
}
