import '../shared/workflows.css';
import { useEffect, useState } from 'react';
import type { Assignment } from '../../core/assignments';
import type { ValidationError } from '../../core/scenario';
import { useHistoryStore } from '../history/historyStore';
import { ScreenHeading } from '../shared/ScreenHeading';
import { ScreenLoading } from '../shared/ScreenLoading';
import { AssignmentCard } from './AssignmentCard';
import { useAssignmentsStore, type ReceiveOutcome } from './assignmentsStore';
import { assignmentFromLink, receiveMessage } from './readAssignment';
import { ValidationErrors } from '../shared/ValidationErrors';

type Opened = { state: 'loading' } | { state: 'refused'; errors: ValidationError[] } | { state: 'received'; assignment: Assignment; outcome: ReceiveOutcome };

/** Opens an assignment link: a valid one is added to "Assigned to me"; a broken one is refused with what is wrong. */
export default function OpenAssignmentScreen({ payload }: { payload: string }) {
  const [opened, setOpened] = useState<Opened>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    useAssignmentsStore.getState().load();
    void useHistoryStore.getState().load();
    void assignmentFromLink(payload).then((result) => {
      if (!live) return;
      if (!result.ok) setOpened({ state: 'refused', errors: result.errors });
      else setOpened({ state: 'received', assignment: result.value, outcome: useAssignmentsStore.getState().receive(result.value) });
    });
    return () => {
      live = false;
    };
  }, [payload]);

  if (opened.state === 'loading') return <ScreenLoading />;
  if (opened.state === 'refused') {
    return (
      <section className="screen" data-screen="open-assignment" aria-labelledby="open-title">
        <header className="screen-header">
          <p className="eyebrow">Assignment link</p>
          <ScreenHeading id="open-title">This assignment link cannot be opened</ScreenHeading>
          <p className="lede">
            Nothing was added and nothing you already have was changed. Ask your manager to send the link again, or the assignment as a file.
          </p>
        </header>
        <div className="notice notice-danger" role="alert" data-testid="link-refused">
          <div className="notice-body">
            <strong>What is wrong</strong>
            <ValidationErrors errors={opened.errors} />
          </div>
        </div>
        <p>
          <a className="button" href="#/assigned">
            Go to Assigned to me
          </a>
        </p>
      </section>
    );
  }
  const { assignment, outcome } = opened;
  return (
    <section className="screen" data-screen="open-assignment" aria-labelledby="open-title">
      <header className="screen-header">
        <p className="eyebrow">Assignment link</p>
        <ScreenHeading id="open-title">{assignment.title}</ScreenHeading>
        <p className="lede">{receiveMessage(outcome, assignment.title)}</p>
      </header>
      {outcome === 'conflict' ? (
        <div className="notice notice-warning" role="status">
          <div className="notice-body">
            <div className="button-row">
              <button
                type="button"
                className="button button-small"
                onClick={() => setOpened({ state: 'received', assignment, outcome: useAssignmentsStore.getState().receive(assignment, { replace: true }) })}
              >
                Replace mine with this version
              </button>
              <a className="button button-small button-ghost" href="#/assigned">
                Keep mine
              </a>
            </div>
          </div>
        </div>
      ) : (
        <AssignmentCard assignment={assignment} />
      )}
      <p>
        <a className="button" href="#/assigned">
          All my assignments
        </a>
      </p>
    </section>
  );
}
