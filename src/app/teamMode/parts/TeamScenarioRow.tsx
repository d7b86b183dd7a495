import { assignedDifficulty, type RunInProgress } from '../../../core/assignments';
import { assignmentCallId } from '../../assignments/assignmentCallId';
import { modeLabel, personaLabel } from '../../assignments/describeAssignment';
import { RunInProgressNote } from '../../assignments/RunInProgressNote';
import { useLocalRunInProgress } from '../../assignments/useLocalRunInProgress';
import { playUnderRules } from '../../call/playUnderRules';
import { scenarioById } from '../../scenarios/scenarioCatalog';
import { Icon } from '../../shared/Icon';
import type { MyAssignment, ScenarioStanding } from '../teamApiTypes';

function play(row: MyAssignment, standing: ScenarioStanding, run: RunInProgress | undefined): void {
  const a = row.assignment;
  const scenario = scenarioById(standing.scenarioId);
  const difficulty = scenario ? assignedDifficulty(a, scenario) : a.difficulty;
  playUnderRules({
    scenarioId: assignmentCallId(standing.scenarioId, scenario, run),
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

/** One scenario of a team assignment: attempts as the server counts them, a series run under way, and Play or Continue. */
export function TeamScenarioRow({ row, standing: s }: { row: MyAssignment; standing: ScenarioStanding }) {
  const local = useLocalRunInProgress(row.assignment, row.id, s.scenarioId);
  const scenario = scenarioById(s.scenarioId);
  const closed = s.canPlay && scenario ? undefined : closedReason(row, s, scenario !== undefined);
  // This browser's run comes first: it holds the earlier calls, and the server may not have counted the last one yet.
  const run = s.state === 'passed' || s.attemptsLeft <= 0 ? undefined : (local ?? s.runInProgress ?? undefined);
  const title = scenario?.title ?? s.scenarioId;
  return (
    <li className="wf-scenario-row" data-scenario={s.scenarioId}>
      <span className="wf-scenario-name">
        {s.state === 'passed' && <Icon name="check" size={16} className="wf-ok" />}
        {title}
      </span>
      <span className="muted">
        {s.attempts}/{s.attemptsAllowed} attempts{s.best !== null ? ` · best ${Math.round(s.best)}` : ''}
        {s.state === 'passed' ? ' · passed' : s.state === 'failed' ? ` · below ${row.assignment.passMark}` : ''}
      </span>
      <button
        type="button"
        className="button button-small button-primary"
        disabled={!s.canPlay || !scenario}
        onClick={() => play(row, s, run)}
        aria-label={run ? `Continue ${title}: call ${run.next + 1} of ${run.total}` : `Play ${title}`}
      >
        <Icon name="phone" size={16} /> {run ? `Continue: call ${run.next + 1}` : 'Play'}
      </button>
      {run && <RunInProgressNote run={run} />}
      {closed && <p className="wf-scenario-closed muted">{closed}</p>}
    </li>
  );
}
