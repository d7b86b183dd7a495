import { useState, type FormEvent } from 'react';
import type { Failure } from '../teamState';
import { useTeamApi } from '../useTeam';

/** Extra attempts on one scenario for one trainee, with the reason kept on record. */
export function GrantForm({
  teamId,
  assignmentId,
  traineeId,
  scenarioId,
  scenarioTitle,
}: {
  teamId: string;
  assignmentId: string;
  traineeId: string;
  scenarioId: string;
  scenarioTitle: string;
}) {
  const store = useTeamApi();
  const [open, setOpen] = useState(false);
  const [extra, setExtra] = useState('1');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<Failure>();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const failed = await store.getState().grantAttempts(teamId, assignmentId, { traineeId, scenarioId, extraAttempts: Number(extra), reason });
    setFailure(failed);
    if (failed) return;
    setOpen(false);
    setReason('');
  }
  if (!open)
    return (
      <button type="button" className="button button-small button-ghost" onClick={() => setOpen(true)} aria-label={`Grant extra attempts on ${scenarioTitle}`}>
        Grant attempts
      </button>
    );
  return (
    <form className="tm-grant" onSubmit={(e) => void submit(e)} noValidate>
      <label>
        Extra attempts
        <input type="number" min={1} max={50} inputMode="numeric" value={extra} onChange={(e) => setExtra(e.target.value)} />
      </label>
      <label>
        Why (kept on record)
        <input type="text" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" className="button button-small button-primary">
        Grant
      </button>
      <button type="button" className="button button-small button-ghost" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {failure && <p className="error">{failure.message}</p>}
    </form>
  );
}
