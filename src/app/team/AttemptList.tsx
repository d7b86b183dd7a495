import type { TeamAssignment } from '../../core/assignments';
import { seriesIdOf } from '../../core/scenario';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Every imported call of an assignment, with its checks and a link to its replay. */
export function AttemptList({ team }: { team: TeamAssignment }) {
  const title = (id: string) => team.scenarios.find((s) => s.id === seriesIdOf(id))?.title ?? id;
  return (
    <details className="wf-attempts">
      <summary>Every call ({team.attempts.length})</summary>
      <ul>
        {team.attempts.map((a) => (
          <li key={a.key} className={a.check.status === 'mismatch' ? 'wf-attempt-flagged' : ''} data-attempt={a.key}>
            <div className="wf-attempt-line">
              <strong>{a.trainee}</strong> · {title(a.attempt.scenarioId)}
              {a.series && ` · call ${a.series.call} of ${a.series.calls}`} · {when(a.attempt.startedAt)} ·{' '}
              {a.attempt.transcript.difficulty ?? 'difficulty not recorded'} · score {Math.round(a.trusted.overall)}
              {a.check.status === 'mismatch' && ` (file said ${Math.round(a.attempt.report.overall)})`}
              {a.series?.score !== undefined && ` · series score ${Math.round(a.series.score)}`}
              <a href={`#/team/replay/${encodeURIComponent(a.key)}`}>Replay</a>
            </div>
            {a.flags.length > 0 && (
              <ul className="wf-flags">
                {a.flags.map((flag) => (
                  <li key={flag}>{flag}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
