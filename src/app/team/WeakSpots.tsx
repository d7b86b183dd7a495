import type { WeakSpot } from '../../core/assignments';
import { principleById } from '../../core/principles';

/** Per-principle results across the team, weakest first: each bar is the mean score, coloured by how often it was missed. */
export function WeakSpots({ spots }: { spots: readonly WeakSpot[] }) {
  if (spots.length === 0) return <p className="muted">No scored calls yet.</p>;
  return (
    <ul className="wf-weak-spots">
      {spots.map((spot) => {
        const rate = spot.missed / spot.applied;
        return (
          <li key={spot.principle} data-principle={spot.principle}>
            <div className="wf-weak-head">
              <strong>{principleById(spot.principle).title}</strong>
              <span className="muted">
                missed in {spot.missed} of {spot.applied} call{spot.applied === 1 ? '' : 's'} · average {spot.meanScore}
              </span>
            </div>
            <div className="wf-bar" aria-hidden="true">
              <span style={{ width: `${spot.meanScore}%` }} className={rate >= 0.5 ? 'wf-bar-bad' : rate > 0 ? 'wf-bar-mid' : 'wf-bar-good'} />
            </div>
            {spot.trainees.length > 0 && <p className="muted wf-weak-who">Missed by: {spot.trainees.join(', ')}</p>}
          </li>
        );
      })}
    </ul>
  );
}
