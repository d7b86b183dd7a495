import type { ReactNode } from 'react';
import {
  type Assignment,
  assignedDifficulty,
  assignmentStatus,
  canPlay,
  STATUS_LABELS,
  type AssignmentProgress,
  type AssignmentStatus,
  type ScenarioProgress,
} from '../../core/assignments';
import { useClock } from '../clock/useClock';
import { useHistoryStore } from '../history/historyStore';
import { scenarioById, useScenarioCatalog } from '../scenarios/scenarioCatalog';
import { Icon } from '../shared/Icon';
import { difficultyLabel } from '../shared/labels';
import { formatDue, modeLabel, personaLabel } from './describeAssignment';
import { playUnderRules } from '../call/playUnderRules';
import { assignmentScenarioOf } from './assignmentScenarioOf';
import { assignmentCallId } from './assignmentCallId';
import { RunInProgressNote } from './RunInProgressNote';

const STATUS_CHIP: Record<AssignmentStatus, string> = {
  'not-started': 'chip',
  'in-progress': 'chip wf-chip-next',
  passed: 'chip chip-easy',
  failed: 'chip chip-hard',
  overdue: 'chip chip-medium',
};

function play(assignment: Assignment, row: ScenarioProgress): void {
  const scenario = scenarioById(row.scenarioId);
  const difficulty = scenario ? assignedDifficulty(assignment, scenario) : assignment.difficulty;
  const attempt = row.attempts + 1;
  playUnderRules({
    scenarioId: assignmentCallId(row.scenarioId, scenario, row.runInProgress),
    mode: assignment.mode,
    personaKind: assignment.personaKind,
    ...(difficulty ? { difficulty } : {}),
    assignmentId: assignment.id,
    returnTo: { label: 'Back to Assigned to me', hash: '#/assigned' },
    label: `Assignment: ${assignment.title} · attempt ${attempt} of ${assignment.attemptsAllowed} · ${modeLabel(assignment.mode).toLowerCase()} · ${personaLabel(assignment.personaKind).toLowerCase()}${difficulty ? ` · ${difficulty}` : ''}`,
  });
}

/** True when the assignment carries its own version of a scenario but another one with that id is what plays here. */
function playsAnotherVersion(assignment: Assignment, scenarioId: string): boolean {
  const carried = assignment.customScenarios.find((c) => c.id === scenarioId);
  const playing = scenarioById(scenarioId);
  return carried !== undefined && playing !== undefined && playing !== carried && JSON.stringify(playing) !== JSON.stringify(carried);
}

/** Why Play is greyed out on a row, in plain words; undefined when it is not. */
function closedReason(progress: AssignmentProgress, row: ScenarioProgress, available: boolean): string | undefined {
  if (!available) return 'This scenario is not in this browser, so it cannot be played here.';
  if (row.passed) return undefined;
  if (row.attemptsLeft <= 0) return 'No attempts left on this scenario.';
  if (progress.status === 'failed') return 'Closed: another scenario of this assignment ran out of attempts, so the assignment is failed.';
  return undefined;
}

/** One received assignment: its rules, status, and each scenario with attempts left and a play button. */
export function AssignmentCard({ assignment, actions }: { assignment: Assignment; actions?: ReactNode }) {
  const records = useHistoryStore((s) => s.records);
  const clock = useClock();
  // Re-render when custom scenarios become playable.
  useScenarioCatalog((s) => s.scenarios);
  // The status (overdue or not) is as of this render; nothing memoizes it.
  const progress = assignmentStatus(assignment, records, clock.now(), assignmentScenarioOf(assignment));
  const titleId = `assignment-${assignment.id}-title`;
  return (
    <article className="card wf-assignment" aria-labelledby={titleId} data-assignment={assignment.id} data-status={progress.status}>
      <header className="wf-assignment-head">
        <div>
          <h2 id={titleId}>{assignment.title}</h2>
          <p className="muted">Due: {formatDue(assignment.dueDate)}</p>
        </div>
        <span className={STATUS_CHIP[progress.status]} data-testid="assignment-status">
          {STATUS_LABELS[progress.status]}
        </span>
      </header>
      {assignment.note && <p className="wf-note">{assignment.note}</p>}
      <p className="wf-rules">
        <span className="chip">Pass mark {assignment.passMark}</span>
        <span className="chip">{assignment.attemptsAllowed === 1 ? '1 attempt' : `${assignment.attemptsAllowed} attempts`} per scenario</span>
        <span className="chip">{modeLabel(assignment.mode)}</span>
        <span className="chip">{personaLabel(assignment.personaKind)}</span>
        <span className="chip">{assignment.difficulty ? `${difficultyLabel(assignment.difficulty)} difficulty` : 'Each scenario’s own difficulty'}</span>
      </p>
      <ul className="wf-scenario-rows">
        {progress.scenarios.map((s) => {
          const scenario = scenarioById(s.scenarioId) ?? assignment.customScenarios.find((c) => c.id === s.scenarioId);
          const playable = canPlay(progress, s.scenarioId) && scenarioById(s.scenarioId) !== undefined;
          const closed = playable ? undefined : closedReason(progress, s, scenarioById(s.scenarioId) !== undefined);
          const closedId = `${titleId}-${s.scenarioId}-closed`;
          const run = s.runInProgress;
          const title = scenario?.title ?? s.scenarioId;
          return (
            <li key={s.scenarioId} className="wf-scenario-row" data-scenario={s.scenarioId}>
              <span className="wf-scenario-name">
                {s.passed && <Icon name="check" size={16} className="wf-ok" />}
                {title}
              </span>
              <span className="muted">
                {s.attempts}/{assignment.attemptsAllowed} attempts{s.best !== undefined ? ` · best ${Math.round(s.best)}` : ''}
                {s.passed ? ' · passed' : ''}
                {!s.passed && s.attemptsLeft <= 0 ? <strong className="wf-row-failed"> · failed (below {assignment.passMark})</strong> : ''}
              </span>
              <button
                type="button"
                className="button button-small button-primary"
                disabled={!playable}
                onClick={() => play(assignment, s)}
                aria-label={run ? `Continue ${title}: call ${run.next + 1} of ${run.total}` : `Play ${title}`}
                aria-describedby={closed ? closedId : undefined}
              >
                <Icon name="phone" size={16} /> {run ? `Continue: call ${run.next + 1}` : 'Play'}
              </button>
              {run && <RunInProgressNote run={run} />}
              {closed && (
                <p id={closedId} className="wf-scenario-closed muted" data-testid="play-closed">
                  {closed}
                </p>
              )}
              {playsAnotherVersion(assignment, s.scenarioId) && (
                <p className="notice notice-warning wf-scenario-clash" role="note">
                  A different scenario with the id “{s.scenarioId}” is already saved in this browser (in your scenario editor or another assignment), and that
                  one is what plays. Rename or delete it in the scenario editor to play the version assigned here.
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {actions && <div className="button-row">{actions}</div>}
    </article>
  );
}
