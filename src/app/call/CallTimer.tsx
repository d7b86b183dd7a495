import { useEffect, useState } from 'react';
import { useClock } from '../clock/useClock';
import { formatDuration } from '../shared/labels';

/** The call clock: runs from when the customer picked up; frozen at `frozenAt` ms when the call is not running. */
export function CallTimer({ connectedAt, running, frozenAt }: { connectedAt?: number; running: boolean; frozenAt: number }) {
  const clock = useClock();
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    if (!running) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reads the clock, an outside source, as the timer starts, not a second later
    setNow(clock.now());
    const timer = setInterval(() => setNow(clock.now()), 1000);
    return () => clearInterval(timer);
  }, [running, clock]);
  const elapsed = running && connectedAt !== undefined ? now - connectedAt : frozenAt;
  return (
    <span className="call-timer" role="timer" aria-label={`Call time ${formatDuration(elapsed)}`}>
      {formatDuration(elapsed)}
    </span>
  );
}
