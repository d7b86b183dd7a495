import { useEffect, useState } from 'react';
import { formatDuration } from '../shell/labels';

/** The call clock: runs from when the customer picked up; frozen at `frozenAt` ms when the call is not running. */
export function CallTimer({ connectedAt, running, frozenAt }: { connectedAt?: number; running: boolean; frozenAt: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reads the clock, an outside source, as the timer starts, not a second later
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const elapsed = running && connectedAt !== undefined ? now - connectedAt : frozenAt;
  return (
    <span className="call-timer" role="timer" aria-label={`Call time ${formatDuration(elapsed)}`}>
      {formatDuration(elapsed)}
    </span>
  );
}
