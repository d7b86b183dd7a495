import { useState } from 'react';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { firstName } from '../shared/labels';
import { useCall, useCallApi } from './useCall';

/** Discards the unfinished call, asking first once the trainee has said something (nothing is saved or scored). */
export function DiscardCallButton({ label, customerName, onDiscarded }: { label: string; customerName: string; onDiscarded?(): void }) {
  const call = useCallApi();
  const said = useCall((s) => s.session?.turns.filter((turn) => turn.speaker === 'rep').length ?? 0);
  const [confirming, setConfirming] = useState(false);
  const discard = () => {
    setConfirming(false);
    call.getState().discard();
    onDiscarded?.();
  };
  return (
    <>
      <button type="button" className="button" onClick={() => (said === 0 ? discard() : setConfirming(true))}>
        {label}
      </button>
      {confirming && (
        <ConfirmDialog
          title="Discard this call?"
          message={`The ${said} line${said === 1 ? '' : 's'} you said to ${firstName(customerName)} will be deleted. The call will not be scored or kept in your history.`}
          confirmLabel="Discard call"
          onConfirm={discard}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}
