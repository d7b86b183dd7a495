import { useRef, useState, type ChangeEvent } from 'react';
import { readTextFile } from '../shared/fileIO';
import { useClock } from '../clock/useClock';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { downloadText } from '../shared/downloadText';
import { exportFileName, MAX_IMPORT_BYTES } from './historyFile';
import { useHistory, useHistoryApi } from './useHistory';

/** "3 saved calls and 1 unreadable item". */
function clearedWhat(calls: number, unreadable: number): string {
  const items = unreadable > 0 ? ` and ${unreadable} unreadable item${unreadable === 1 ? '' : 's'}` : '';
  return `${calls} saved call${calls === 1 ? '' : 's'}${items}`;
}

/** Export, import and clear, with the outcome said in a status line. */
export function HistoryActions() {
  const store = useHistoryApi();
  const clock = useClock();
  const calls = useHistory((s) => s.records.length);
  const loaded = useHistory((s) => s.loaded);
  const unreadable = useHistory((s) => s.setAside.length);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportAll = () => {
    downloadText(exportFileName('history', new Date(clock.now())), store.getState().exportText());
    setMessage({ text: `Exported ${calls} call${calls === 1 ? '' : 's'}.`, ok: true });
  };
  const exportUnreadable = () => downloadText(exportFileName('unreadable', new Date(clock.now())), store.getState().exportUnreadableText());

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ text: 'That file is too large to be a Dialed In history export, so nothing was imported.', ok: false });
      return;
    }
    setBusy(true);
    try {
      const read = await readTextFile(file, MAX_IMPORT_BYTES);
      if (!read.ok) {
        setMessage({ text: `That file could not be imported: ${read.message}. Nothing was imported.`, ok: false });
        return;
      }
      const result = await store.getState().importText(read.text);
      setMessage({ text: result.message, ok: result.ok });
    } catch {
      setMessage({ text: 'That file could not be read, so nothing was imported.', ok: false });
    } finally {
      setBusy(false);
    }
  };

  const clearAll = async () => {
    setConfirming(false);
    await store.getState().clear();
    setMessage({ text: 'Your history was cleared.', ok: true });
  };

  return (
    <div className="hist-actions">
      <div className="hist-actions-buttons">
        <button type="button" className="button" onClick={exportAll} disabled={!loaded || calls === 0}>
          Export history
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()} disabled={!loaded || busy}>
          {busy ? 'Importing…' : 'Import history'}
        </button>
        <input
          ref={fileInput}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          aria-label="Import history from a JSON file"
          tabIndex={-1}
          onChange={importFile}
        />
        {unreadable > 0 && (
          <button type="button" className="button" onClick={exportUnreadable}>
            {`Export unreadable data (${unreadable})`}
          </button>
        )}
        <button
          type="button"
          className="button hist-danger-outline"
          onClick={() => setConfirming(true)}
          disabled={!loaded || (calls === 0 && unreadable === 0)}
        >
          Clear history…
        </button>
      </div>
      <p className={`hist-actions-status${message && !message.ok ? ' is-error' : ''}`} role="status" aria-live="polite">
        {message?.text ?? ''}
      </p>
      {confirming && (
        <ConfirmDialog
          title="Clear your history?"
          message={`This deletes ${clearedWhat(calls, unreadable)} from this browser. It cannot be undone; export your history first if you want to keep it.`}
          confirmLabel="Delete all"
          onConfirm={clearAll}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
