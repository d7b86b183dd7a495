import { useEffect, useState } from 'react';
import { useClock } from '../clock/useClock';
import type { ReplyWait as Wait } from './callState';
import { useCallApi } from './useCall';

/** A reply that has not started after this long gets a word on screen, and a way out. */
export const SLOW_REPLY_MS = 3_000;

/** The clock, ticking once a second while shown. */
function useNow(): number {
  const clock = useClock();
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(clock.now()), 1000);
    return () => clearInterval(timer);
  }, [clock]);
  return now;
}

const secondsLeft = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

function retryLine(wait: Wait, now: number): { shown: string; spoken: string } {
  const of = `try ${wait.attempt} of ${wait.attempts}`;
  const left = secondsLeft(wait.until - now);
  return {
    shown: left > 0 ? `${wait.reason}, retrying in ${left} s (${of}).` : `${wait.reason}, retrying now (${of}).`,
    spoken: `${wait.reason}, retrying shortly (${of}).`,
  };
}

/**
 * While a model-played customer's reply is awaited: what is happening (a retry and when, or how long
 * the model has been silent), and the scripted customer at hand. Hidden while a quick reply comes.
 */
export function ReplyWait({ name, askedAt, wait }: { name: string; askedAt?: number; wait?: Wait }) {
  const now = useNow();
  const call = useCallApi();
  const waited = askedAt === undefined ? 0 : now - askedAt;
  if (!wait && waited < SLOW_REPLY_MS) return null;
  const retry = wait && retryLine(wait, now);
  const silent = `Still waiting for the model to answer as ${name}`;
  return (
    <div className="call-wait" data-testid="reply-wait">
      <p>
        {/* The countdown is for the eye; screen readers hear the reason once, not every second. */}
        <span aria-hidden="true">{retry ? retry.shown : `${silent} (${Math.floor(waited / 1000)} s). It may be busy or still loading.`}</span>
        <span className="visually-hidden" role="status">
          {retry ? retry.spoken : `${silent}. It may be busy or still loading.`}
        </span>
      </p>
      <button type="button" className="button button-small" onClick={() => void call.getState().switchToScripted()}>
        Continue with the scripted {name}
      </button>
    </div>
  );
}
