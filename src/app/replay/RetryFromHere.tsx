import { useState } from 'react';
import { Icon } from '../shared/Icon';

interface Props {
  turn: number;
  customer: string;
  /** Starts the retry; resolves to why it cannot, or undefined once the call is open. */
  onRetry(turn: number): Promise<string | undefined>;
}

/** "Retry from this line": take the call back to just before this rep line and say something else. */
export function RetryFromHere({ turn, customer, onRetry }: Props) {
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <div className="coach-retry">
      <button
        type="button"
        // Not the loudest thing on the panel: the commentary is read first.
        className="button button-small coach-retry-button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setProblem(await onRetry(turn));
          setBusy(false);
        }}
      >
        <Icon name="replay" size={18} /> Retry from this line
      </button>
      <p className="coach-retry-hint">Say something else from here: {customer} carries on as before, and the new call is scored beside this one.</p>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
