import { useEffect } from 'react';
import type { CallRecord } from '../../core/history';
import { useCall } from './useCall';
import { selectRecord, useHistoryStore } from '../history/historyStore';

/** What the results and replay screens know of a call. */
export interface CallRecordView {
  record?: CallRecord;
  loading: boolean;
  /** The call is kept in this tab only: saving it to History failed. */
  unsaved: boolean;
  /** The call store still holds it as waiting to be saved (the call screen can try again). */
  pending: boolean;
}

/** A saved call for the results and replay screens: from history, or the call just finished if saving it failed. */
export function useCallRecord(recordId: string): CallRecordView {
  const saved = useHistoryStore(selectRecord(recordId));
  const loaded = useHistoryStore((s) => s.loaded);
  const unsavedInHistory = useHistoryStore((s) => s.unsaved.includes(recordId));
  const pending = useCall((s) => (s.pendingRecord?.id === recordId ? s.pendingRecord : undefined));
  const waiting = useCall((s) => s.pendingRecord?.id === recordId && s.phase !== 'finished');
  useEffect(() => {
    if (!loaded) void useHistoryStore.getState().load();
  }, [loaded]);
  const record = saved ?? pending;
  return { record, loading: !record && !loaded, unsaved: unsavedInHistory || (waiting && !saved), pending: waiting };
}
