import type { CallRecord } from '../../core/history';
import { exportCallRecord } from '../call/exportCallRecord';
import { useClock } from '../clock/useClock';

/** Says a call shown is not saved to History (storage full), with the ways to keep it. */
export function UnsavedNotice({ record, pending }: { record: CallRecord; pending: boolean }) {
  const clock = useClock();
  return (
    <div className="notice notice-warning" role="status" data-testid="unsaved-call">
      <div className="notice-body">
        <p>
          <strong>This call is not saved to History yet</strong>: the browser could not store it. Export it to keep it
          {pending ? ', or open the call to try saving again.' : '.'}
        </p>
        <div className="button-row">
          <button type="button" className="button button-small" onClick={() => exportCallRecord(record, clock)}>
            Export this call
          </button>
          {pending && (
            <a className="button button-small" href="#/call">
              Open the call
            </a>
          )}
        </div>
      </div>
    </div>
  );
}
