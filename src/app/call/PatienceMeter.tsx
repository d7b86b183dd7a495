import { m } from 'framer-motion';
import { useEffect, useRef, useState } from 'react';

/** How the patience level reads in words. */
export function patienceWords(patience: number): string {
  if (patience >= 70) return 'relaxed';
  if (patience >= 45) return 'listening';
  if (patience >= 25) return 'getting impatient';
  return 'about to hang up';
}

function level(patience: number): 'high' | 'mid' | 'low' {
  return patience >= 55 ? 'high' : patience >= 30 ? 'mid' : 'low';
}

/** The customer's patience as an animated meter; a small arrow shows which way the last line moved it. */
export function PatienceMeter({ patience, name }: { patience: number; name: string }) {
  const value = Math.max(0, Math.min(100, Math.round(patience)));
  const previous = useRef(value);
  const [trend, setTrend] = useState<'up' | 'down' | undefined>();
  useEffect(() => {
    if (value !== previous.current) setTrend(value > previous.current ? 'up' : 'down');
    previous.current = value;
  }, [value]);
  return (
    <div className={`patience patience-${level(value)}`}>
      <div className="patience-label" id="patience-label">
        <span>Patience</span>
        <span className="patience-words">
          {trend && (
            <span className={`patience-trend patience-trend-${trend}`} aria-hidden="true">
              {trend === 'up' ? '▲' : '▼'}
            </span>
          )}
          {patienceWords(value)}
        </span>
      </div>
      <div
        className="patience-track"
        role="meter"
        aria-labelledby="patience-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${name}'s patience: ${value} of 100, ${patienceWords(value)}`}
      >
        <m.div className="patience-fill" initial={false} animate={{ width: `${value}%` }} transition={{ type: 'spring', stiffness: 120, damping: 20 }} />
      </div>
    </div>
  );
}
