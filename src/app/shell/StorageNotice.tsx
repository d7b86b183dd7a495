import { downloadSetAside } from '../storage/setAsideFile';
import { storageArea } from '../storage/storageAreas';
import { useStorageNotices, type SetAsideEntry } from '../storage/storageNotices';

function setAsideSentence(entry: SetAsideEntry): string {
  const area = storageArea(entry.key);
  const kept = entry.copiedTo
    ? `. It was set aside, with a copy kept in this browser, and ${area.whenSetAside}.`
    : ', and there is no room to keep a copy, so it is left exactly as it was and nothing is saved over it until you close this tab.';
  return `${area.name} could not be read (${entry.reason})${kept}`;
}

/** Says, on every screen, when the browser's storage is full or saved data could not be read; offers that data for export. */
export function StorageNotice() {
  const unsaved = useStorageNotices((s) => s.unsaved);
  const setAside = useStorageNotices((s) => s.setAside);
  const dismissed = useStorageNotices((s) => s.dismissed);
  if (dismissed || (unsaved.length === 0 && setAside.length === 0)) return null;
  return (
    <section className="notice notice-warning storage-notice" role="status" aria-label="Storage notice" data-testid="storage-notice">
      <div className="notice-body">
        {unsaved.length > 0 && (
          <>
            <p>
              <strong>Your browser’s storage for this site is full</strong>, so{' '}
              {unsaved.length === 1 ? `${storageArea(unsaved[0]!).whileFull}.` : 'some things are not being saved:'}
            </p>
            {unsaved.length > 1 && (
              <ul>
                {unsaved.map((key) => (
                  <li key={key}>{storageArea(key).whileFull}</li>
                ))}
              </ul>
            )}
            <p>To make room, delete custom scenarios or assignments you no longer need.</p>
          </>
        )}
        {setAside.map((entry, i) => (
          <p key={`${entry.key}-${i}`}>{setAsideSentence(entry)}</p>
        ))}
        <div className="button-row">
          {setAside.length > 0 && (
            <button type="button" className="button button-small" onClick={() => downloadSetAside(setAside)}>
              Export unreadable data
            </button>
          )}
          <button type="button" className="button button-ghost button-small" onClick={() => useStorageNotices.getState().dismiss()}>
            Dismiss
          </button>
        </div>
      </div>
    </section>
  );
}
