import { useEffect, useId, useRef, type KeyboardEvent } from 'react';

/** Props of the confirmation before deleting every saved call. */
export interface ClearHistoryDialogProps {
  calls: number;
  unreadable: number;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal confirmation: focus starts on Cancel, Escape cancels, Tab stays inside. */
export function ClearHistoryDialog({ calls, unreadable, onConfirm, onCancel }: ClearHistoryDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    cancelRef.current?.focus();
    return () => before?.focus?.();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Tab') {
      // Two buttons: Tab and Shift+Tab swap between them.
      event.preventDefault();
      (document.activeElement === cancelRef.current ? confirmRef : cancelRef).current?.focus();
    }
  };

  const what = `${calls} saved call${calls === 1 ? '' : 's'}${unreadable > 0 ? ` and ${unreadable} unreadable item${unreadable === 1 ? '' : 's'}` : ''}`;
  return (
    <div className="hist-dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div className="hist-dialog" role="alertdialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={bodyId} onKeyDown={onKeyDown}>
        <h2 id={titleId} className="hist-dialog-title">
          Clear your history?
        </h2>
        <p id={bodyId}>{`This deletes ${what} from this browser. It cannot be undone; export your history first if you want to keep it.`}</p>
        <div className="hist-dialog-actions">
          <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button ref={confirmRef} type="button" className="button button-danger" onClick={onConfirm}>
            Delete all
          </button>
        </div>
      </div>
    </div>
  );
}
