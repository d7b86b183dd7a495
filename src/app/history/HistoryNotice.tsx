import { useClock } from '../clock/useClock';
import { downloadText } from '../shared/downloadText';
import { exportFileName } from './historyFile';
import { useHistory, useHistoryApi } from './useHistory';
import './history.css';

/** Says when saved history was repaired, partly unreadable or not kept; offers the unreadable part for export. */
export default function HistoryNotice() {
  const notices = useHistory((s) => s.notices);
  const unreadable = useHistory((s) => s.setAside.length);
  const store = useHistoryApi();
  const clock = useClock();
  if (notices.length === 0) return null;
  const exportUnreadable = () => downloadText(exportFileName('unreadable', new Date(clock.now())), store.getState().exportUnreadableText());
  return (
    <section className="notice notice-warning hist-notice" role="status" aria-label="Saved history notice">
      <svg className="hist-notice-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path d="M12 3 2 21h20L12 3Z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
        <path d="M12 10v5M12 18v.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <div className="notice-body">
        {notices.length === 1 ? (
          <p>{notices[0]}</p>
        ) : (
          <ul className="hist-notice-list">
            {notices.map((notice, i) => (
              <li key={i}>{notice}</li>
            ))}
          </ul>
        )}
        <div className="hist-notice-actions">
          {unreadable > 0 && (
            <button type="button" className="button" onClick={exportUnreadable}>
              Export unreadable data
            </button>
          )}
          <button type="button" className="button button-ghost button-small" onClick={() => store.getState().dismissNotices()}>
            Dismiss
          </button>
        </div>
      </div>
    </section>
  );
}

export { HistoryNotice };
