import { useState } from 'react';
import { Icon } from '../shared/Icon';

interface Props {
  turn: number;
  customer: string;
  /** Starts the retry; resolves to why it cannot, or undefined once the call is open. */
  onRetry(turn: number): Promise<string | undefined>;
  /** The line carries a mistake: the retry is the main thing to do here. */
  emphasis: boolean;
}

/** "Retry from this line": take the call back to just before this rep line and say something else. */
export function RetryFromHere({ turn, customer, onRetry, emphasis }: Props) {
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <div className="coach-retry">
      <button
        type="button"
        className={`button ${emphasis ? 'button-primary' : ''} coach-retry-button`}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setProblem(await onRetry(turn));
          setBusy(false);
        }}
      >
        <Icon name="replay" size={18} /> Retry from this line
      </button>
      <p className="coach-retry-hint">
        Take the call back to here and say something else. {customer} carries on exactly as before; the new call is scored on its own and set beside this one.
      </p>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
