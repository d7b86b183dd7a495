import { useEffect, useRef, useState } from 'react';
import type { TeamAssignment, TeamRow } from '../../core/assignments';
import { Icon } from '../shared/Icon';

function Cell({ row, passMark }: { row: TeamRow | undefined; passMark: number }) {
  if (!row) return <td />;
  const label = row.best !== undefined ? `Best ${Math.round(row.best)}` : row.inProgress > 0 ? 'In progress' : 'Not played';
  return (
    <td
      className={`wf-cell ${row.passed ? 'wf-cell-passed' : row.attempts > 0 ? 'wf-cell-failing' : ''}`}
      data-trainee={row.trainee}
      data-scenario={row.scenarioId}
    >
      <span className="wf-cell-score">
        {row.passed && <Icon name="check" size={14} className="wf-ok" />}
        {label}
      </span>
      <span className="wf-cell-meta">
        {row.attempts} attempt{row.attempts === 1 ? '' : 's'}
        {row.extra > 0 ? ` (+${row.extra} not counted)` : ''}
        {row.inProgress > 0 ? ` · ${row.inProgress} series run${row.inProgress === 1 ? '' : 's'} in progress` : ''}
        {row.best !== undefined && !row.passed ? ` · below ${passMark}` : ''}
        {row.difficulties.length > 0 ? ` · ${row.difficulties.join(' / ')}` : ''}
      </span>
      <span className="wf-cell-flags">
        {row.overdue && <span className="chip chip-medium">Overdue</span>}
        {row.flagged > 0 && (
          <span className="chip chip-hard" data-testid="edited-flag">
            <Icon name="alert" size={12} /> {row.flagged === 1 ? 'Edited score' : `${row.flagged} edited scores`}
          </span>
        )}
      </span>
      {row.bestKey && (
        <a className="wf-cell-link" href={`#/team/replay/${encodeURIComponent(row.bestKey)}`}>
          Replay best
        </a>
      )}
    </td>
  );
}

/** Whether the element is wider inside than out (a table that scrolls sideways on a phone), followed live. */
function useOverflows<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, overflows] as const;
}

/** Trainees down, scenarios across: best score (a series' series score), attempts, runs in progress, passed, overdue and flags in each cell. */
export function TeamMatrix({ team }: { team: TeamAssignment }) {
  const [wrap, overflows] = useOverflows<HTMLDivElement>();
  const captionId = `team-matrix-${team.assignment.id}`;
  return (
    <>
      {overflows && (
        <p className="wf-scroll-hint muted" data-testid="scroll-hint">
          Scroll sideways to see all {team.scenarios.length} scenarios <span aria-hidden="true">→</span>
        </p>
      )}
      {/* Focusable so the table can be scrolled with the keyboard when it is wider than the screen. */}
      <div
        className={`wf-table-wrap${overflows ? ' wf-table-scrolls' : ''}`}
        ref={wrap}
        tabIndex={overflows ? 0 : undefined}
        role={overflows ? 'region' : undefined}
        aria-labelledby={overflows ? captionId : undefined}
      >
        <table className="wf-matrix">
          <caption className="visually-hidden" id={captionId}>
            Results for {team.assignment.title}: trainees by scenarios
          </caption>
          <thead>
            <tr>
              <th scope="col">Trainee</th>
              {team.scenarios.map((s) => (
                <th key={s.id} scope="col">
                  {s.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {team.trainees.map((trainee) => (
              <tr key={trainee}>
                <th scope="row">{trainee}</th>
                {team.scenarios.map((s) => (
                  <Cell key={s.id} row={team.rows.find((r) => r.trainee === trainee && r.scenarioId === s.id)} passMark={team.assignment.passMark} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
