import { assignedDifficulty } from '../../../core/assignments';
import { modeLabel, personaLabel, formatDue } from '../../assignments/describeAssignment';
import { playUnderRules } from '../../call/playUnderRules';
import { scenarioById, useScenarioCatalog } from '../../scenarios/scenarioCatalog';
import { Icon } from '../../shared/Icon';
import type { MyAssignment, ScenarioStanding } from '../teamApiTypes';
import { StatusChip } from './StatusChip';

function play(row: MyAssignment, standing: ScenarioStanding): void {
  const a = row.assignment;
  const scenario = scenarioById(standing.scenarioId);
  const difficulty = scenario ? assignedDifficulty(a, scenario) : a.difficulty;
  playUnderRules({
    scenarioId: standing.scenarioId,
    mode: a.mode,
    personaKind: a.personaKind,
    ...(difficulty ? { difficulty } : {}),
    assignmentId: row.id,
    returnTo: { label: 'Back to your assignments', hash: '#/' },
    label: `Assignment: ${a.title} · attempt ${standing.attempts + 1} of ${standing.attemptsAllowed} · ${modeLabel(a.mode).toLowerCase()} · ${personaLabel(a.personaKind).toLowerCase()}${difficulty ? ` · ${difficulty}` : ''}`,
  });
}

function closedReason(row: MyAssignment, s: ScenarioStanding, available: boolean): string | undefined {
  if (s.state === 'passed') return undefined;
  if (!available) return 'This scenario is not in this version of the app.';
  if (s.attemptsLeft <= 0) return 'No attempts left: ask your manager for more.';
  if (row.progress.status === 'overdue') return 'The due date has passed: ask your manager.';
  return undefined;
}

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
        {row.progress.scenarios.map((s) => {
          const scenario = scenarioById(s.scenarioId);
          const closed = s.canPlay && scenario ? undefined : closedReason(row, s, scenario !== undefined);
          return (
            <li key={s.scenarioId} className="wf-scenario-row" data-scenario={s.scenarioId}>
              <span className="wf-scenario-name">
                {s.state === 'passed' && <Icon name="check" size={16} className="wf-ok" />}
                {scenario?.title ?? s.scenarioId}
              </span>
              <span className="muted">
                {s.attempts}/{s.attemptsAllowed} attempts{s.best !== null ? ` · best ${Math.round(s.best)}` : ''}
                {s.state === 'passed' ? ' · passed' : s.state === 'failed' ? ` · below ${a.passMark}` : ''}
              </span>
              <button
                type="button"
                className="button button-small button-primary"
                disabled={!s.canPlay || !scenario}
                onClick={() => play(row, s)}
                aria-label={`Play ${scenario?.title ?? s.scenarioId}`}
              >
                <Icon name="phone" size={16} /> Play
              </button>
              {closed && <p className="wf-scenario-closed muted">{closed}</p>}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
