import { useEffect, useState } from 'react';
import { useReducedMotion } from '../settings/useReducedMotion';

/** The overall score counting up from zero (shown at once when motion is reduced). */
export function ScoreCounter({ value, duration = 1200 }: { value: number; duration?: number }) {
  const reduced = useReducedMotion();
  const animated = !reduced && typeof requestAnimationFrame === 'function';
  const [counted, setCounted] = useState(0);
  useEffect(() => {
    if (!animated) return;
    let frame = 0;
    const start = performance.now();
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      // Ease out so the last points land slowly, like a scoreboard.
      setCounted(Math.round(value * (1 - Math.pow(1 - t, 3))));
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [value, duration, animated]);
  const shown = animated ? counted : value;
  return (
    <span className="score-counter">
      <span aria-hidden="true" data-testid="score-value" data-final={value}>
        {shown}
      </span>
      <span className="visually-hidden">Score {value} out of 100</span>
    </span>
  );
}
