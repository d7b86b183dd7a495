import type { CallRecord } from '../../core/history';
import { exportFileName, historyFileText } from '../history/historyFile';
import { downloadText } from '../shared/downloadText';
import type { Clock } from '../clock/systemClock';

/** Downloads one call as a history file, which History can import again once there is room. */
export function exportCallRecord(record: CallRecord, clock: Clock): void {
  const now = new Date(clock.now());
  downloadText(exportFileName('history', now).replace('history-', 'call-'), historyFileText([record], now));
}
