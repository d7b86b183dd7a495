import type { Dashboard } from '../teamState';
import { principleTitle } from './principleTitle';

/** The team's weak spots, ranked so a single unlucky call does not top the list. */
export function WeakSpotList({ dashboard }: { dashboard: Dashboard }) {
  const spots = (dashboard.weakSpots ?? []).filter((s) => s.missed > 0);
  const names = new Map((dashboard.roster?.trainees ?? []).map((t) => [t.id, t.displayName]));
  if (spots.length === 0) return <p className="muted tm-empty">No misses yet: weak spots appear once trainees’ calls come in.</p>;
  return (
    <>
      <p className="hint">Ranked by how sure we can be that the principle is often missed: 6 misses in 10 calls rank above 1 miss in 1 call.</p>
      <ol className="tm-weak" data-testid="weak-spots">
        {spots.map((s) => (
          <li key={s.principleId} className="card tm-card">
            <div className="tm-row-head">
              <strong>{principleTitle(s.principleId)}</strong>
              <span className="muted">
                missed in {s.missed} of {s.applied} call{s.applied === 1 ? '' : 's'} · mean score {s.meanScore}
              </span>
            </div>
            <div className="tm-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(s.missRate * 100)}%` }} />
            </div>
            <p className="tm-sub">Missed by {s.traineeIds.map((id) => names.get(id) ?? 'a former member').join(', ')}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
