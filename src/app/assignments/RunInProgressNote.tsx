/** A series run under way on an assignment's scenario: which call is next, and when it becomes an attempt. */
export function RunInProgressNote({ run }: { run: { next: number; total: number } }) {
  return (
    <p className="wf-scenario-run" data-testid="run-in-progress">
      <strong>
        Run in progress — call {run.next + 1} of {run.total} next.
      </strong>{' '}
      It counts as an attempt, with its series score, once call {run.total} is played.
    </p>
  );
}
