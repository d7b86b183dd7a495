import '../shared/workflows.css';
import { useEffect, useState } from 'react';
import type { Assignment } from '../../core/assignments';
import { useCustomScenarios } from '../authoring/customScenariosStore';
import { ScreenHeading } from '../shared/ScreenHeading';
import { AssignmentForm } from './AssignmentForm';
import { useAssignmentsStore } from './assignmentsStore';
import { dueText, modeLabel, personaLabel } from './describeAssignment';
import { ShareAssignment } from './ShareAssignment';

function CreatedAssignment({ assignment, fresh }: { assignment: Assignment; fresh: boolean }) {
  return (
    <article className={`card wf-assignment ${fresh ? 'wf-fresh' : ''}`} aria-labelledby={`created-${assignment.id}`} data-assignment={assignment.id}>
      <header className="wf-assignment-head">
        <div>
          <h3 id={`created-${assignment.id}`}>{assignment.title}</h3>
          <p className="muted">
            {assignment.scenarioIds.length} scenario{assignment.scenarioIds.length === 1 ? '' : 's'} · pass mark {assignment.passMark} ·{' '}
            {assignment.attemptsAllowed} attempt
            {assignment.attemptsAllowed === 1 ? '' : 's'} each · {modeLabel(assignment.mode).toLowerCase()} ·{' '}
            {personaLabel(assignment.personaKind).toLowerCase()} ·{' '}
            {assignment.difficulty ? `${assignment.difficulty} difficulty` : 'each scenario’s own difficulty'} · {dueText(assignment.dueDate)}
          </p>
        </div>
        {fresh && <span className="chip chip-easy">Created</span>}
      </header>
      <ShareAssignment assignment={assignment} />
      <div className="button-row">
        <a className="button button-ghost" href="#/team">
          Team results
        </a>
        <button
          type="button"
          className="button button-ghost"
          onClick={() => {
            if (window.confirm(`Delete “${assignment.title}” from this browser? Links and files already sent keep working.`))
              useAssignmentsStore.getState().removeCreated(assignment.id);
          }}
        >
          Delete
        </button>
      </div>
    </article>
  );
}

/** Manager mode: create an assignment and share it as a link or a file. */
export default function ManagerScreen() {
  const created = useAssignmentsStore((s) => s.created);
  const saveError = useAssignmentsStore((s) => s.saveError);
  const [freshId, setFreshId] = useState<string>();
  useEffect(() => {
    useAssignmentsStore.getState().load();
    useCustomScenarios.getState().load();
  }, []);
  return (
    <section className="screen wf-manager" data-screen="manager" aria-labelledby="manager-title">
      <header className="screen-header">
        <p className="eyebrow">Manager</p>
        <ScreenHeading id="manager-title">Create an assignment</ScreenHeading>
        <p className="lede">
          Pick the calls your team should make and the rules they play under. Share the assignment as a link or a file; trainees send back a results file for{' '}
          <a href="#/team">Team results</a>. Write your own scenarios in the <a href="#/authoring">scenario editor</a>.
        </p>
      </header>
      <AssignmentForm
        onCreated={(assignment) => {
          useAssignmentsStore.getState().addCreated(assignment);
          setFreshId(assignment.id);
          requestAnimationFrame(() => document.getElementById(`created-${assignment.id}`)?.scrollIntoView?.({ block: 'start', behavior: 'smooth' }));
        }}
      />
      {saveError && (
        <p className="notice notice-danger" role="alert">
          {saveError}
        </p>
      )}
      {created.length > 0 && (
        <section className="wf-list" aria-labelledby="created-title">
          <h2 id="created-title">Your assignments</h2>
          {created.map((assignment) => (
            <CreatedAssignment key={assignment.id} assignment={assignment} fresh={assignment.id === freshId} />
          ))}
        </section>
      )}
    </section>
  );
}
