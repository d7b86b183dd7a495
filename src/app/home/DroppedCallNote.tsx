import { useCall, useCallApi } from '../call/useCall';
import { Icon } from '../shared/Icon';

/** One line after a call that ended before the rep said anything: it was not scored or saved. */
export function DroppedCallNote() {
  const call = useCallApi();
  const note = useCall((s) => s.droppedNote);
  if (!note) return null;
  return (
    <div className="notice dropped-call-note" role="status" data-testid="dropped-call-note">
      <div className="notice-body">
        <p>{note}</p>
      </div>
      <button type="button" className="button button-ghost button-small" onClick={() => call.getState().dismissDropped()} aria-label="Dismiss note">
        <Icon name="x" size={16} />
      </button>
    </div>
  );
}
