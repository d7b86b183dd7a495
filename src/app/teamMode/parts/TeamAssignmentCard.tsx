import { modeLabel, personaLabel, formatDue } from '../../assignments/describeAssignment';
import { useScenarioCatalog } from '../../scenarios/scenarioCatalog';
import type { MyAssignment } from '../teamApiTypes';
import { StatusChip } from './StatusChip';
import { TeamScenarioRow } from './TeamScenarioRow';

/** One assignment from the team server: its rules, status as the server counts it, and a Play button per scenario. */
export function TeamAssignmentCard({ row }: { row: MyAssignment }) {
  useScenarioCatalog((s) => s.scenarios);
  const a = row.assignment;
  const titleId = `team-assignment-${row.id}`;
  return (
    <article className="card wf-assignment" aria-labelledby={titleId} data-assignment={a.title} data-status={row.progress.status}>
      <header className="wf-assignment-head">
        <div>
          <h3 id={titleId}>{a.title}</h3>
          <p className="muted">
            Due: {formatDue(a.dueDate)}
            {row.updatedAt && ` · rules updated ${formatDue(row.updatedAt)}`}
          </p>
        </div>
        <StatusChip status={row.progress.status} />
      </header>
      {a.note && <p className="wf-note">{a.note}</p>}
      <p className="wf-rules">
        <span className="chip">Pass mark {a.passMark}</span>
        <span className="chip">{modeLabel(a.mode)}</span>
        <span className="chip">{personaLabel(a.personaKind)}</span>
      </p>
      <ul className="wf-scenario-rows">
        {row.progress.scenarios.map((s) => (
          <TeamScenarioRow key={s.scenarioId} row={row} standing={s} />
        ))}
      </ul>
    </article>
  );
}
