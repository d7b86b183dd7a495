import { useTeam } from '../useTeam';

/** "Waiting to upload", "Waiting for <name> to sign in", "Not uploaded" (unclaimed), "Uploaded" or why the server refused it, for one finished call; nothing if it is not for the team. */
export function UploadState({ callId }: { callId: string }) {
  const waiting = useTeam((s) => s.outbox.find((e) => e.upload.id === callId));
  const uploaded = useTeam((s) => s.uploaded.includes(callId));
  const meId = useTeam((s) => s.me?.user.id);
  const unclaimed = useTeam((s) => s.unclaimed.some((u) => u.upload.id === callId));
  if (uploaded)
    return (
      <span className="chip chip-easy tm-upload" data-upload="uploaded">
        Uploaded to your team
      </span>
    );
  // The server's reason says what to do, so it is shown whole: a sentence or two, not a chip.
  if (waiting?.refused)
    return (
      <div className="notice notice-danger tm-upload" data-upload="refused" role="status">
        <p className="notice-body">
          <span>
            <strong>Not accepted by your team’s server.</strong> {waiting.refused}
          </span>
        </p>
      </div>
    );
  // Another person's call (or nobody signed in): it waits for its owner and is never sent under this session.
  if (waiting && waiting.userId !== meId)
    return (
      <span className="chip chip-medium tm-upload" data-upload="waiting-owner">
        Waiting for {waiting.userName ?? 'the trainee who made it'} to sign in
      </span>
    );
  // Played while nobody was signed in: it uploads only once a trainee says on Home that it is theirs.
  if (unclaimed)
    return (
      <span className="chip chip-medium tm-upload" data-upload="unclaimed">
        {meId ? 'Not uploaded: say on Home whether it is yours' : 'Not uploaded: played while signed out. Sign in to claim it'}
      </span>
    );
  if (waiting)
    return (
      <span className="chip chip-medium tm-upload" data-upload="waiting">
        Waiting to upload
      </span>
    );
  return null;
}
