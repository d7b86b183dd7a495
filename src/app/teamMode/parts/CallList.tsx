import type { CallSummary } from '../teamApiTypes';

/** Calls newest first, each opening its replay (with notes, and review tools for managers). */
export function CallList({ calls, empty }: { calls: readonly CallSummary[]; empty: string }) {
  if (calls.length === 0) return <p className="muted tm-empty">{empty}</p>;
  return (
    <ul className="tm-calls" data-testid="calls">
      {calls.map((c) => (
        <li key={c.id}>
          <a href={`#/review/${encodeURIComponent(c.id)}`} className="tm-call">
            <span className="tm-call-title">{c.scenarioTitle}</span>
            <span className="tm-sub">
              {new Date(c.startedAt).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })} ·{' '}
              {c.assignmentId ? 'assignment' : 'practice'}
              {c.counted === false
                ? c.scenarioId.includes('/')
                  ? ' · not counted (series run not finished, a retry of a finished run, or over the attempts)'
                  : ' · not counted (over the attempts)'
                : ''}
            </span>
            <span className="tm-call-score">{Math.round(c.overall)}</span>
            {(c.overridden || c.sameTranscript.count > 0 || c.clientReportDiffers) && (
              <span className="tm-call-flags">
                {c.overridden && <span className="chip">Overridden</span>}
                {c.sameTranscript.count > 0 && <span className="chip chip-hard">Same transcript as another trainee’s</span>}
                {c.clientReportDiffers && <span className="chip chip-medium">Edited score sent</span>}
              </span>
            )}
          </a>
        </li>
      ))}
    </ul>
  );
}
