import { useCallback, useEffect, useRef, useState } from 'react';
import { useClock } from '../../clock/useClock';
import type { PendingInvite } from '../teamApiTypes';
import type { Failure } from '../teamState';
import { useLiveRefresh } from '../useLiveRefresh';
import { useTeam, useTeamApi } from '../useTeam';
import { timeLeft } from './timeLeft';

const ROLE_LABEL = { admin: 'Admin', manager: 'Manager', trainee: 'Trainee' } as const;

/** What the list says after a row left it: withdrawn, or found no longer pending. */
type Note = { text: string; warning: boolean };

const when = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

function InviteRow({ teamId, invite, now, onLeave }: { teamId: string; invite: PendingInvite; now: number; onLeave: (note: Note) => void }) {
  const store = useTeamApi();
  const mine = useTeam((s) => s.me?.user.id === invite.createdBy);
  // Managers withdraw trainees' invites only, as the server allows.
  const mayWithdraw = useTeam((s) => s.me?.user.role === 'admin' || invite.role === 'trainee');
  const [step, setStep] = useState<'idle' | 'confirm' | 'withdrawing'>('idle');
  const [failure, setFailure] = useState<Failure>();
  const refocus = useRef(false);
  const maker = mine ? 'you' : invite.createdByName;

  async function withdraw() {
    setStep('withdrawing');
    const failed = await store.getState().withdrawInvite(teamId, invite.id);
    // Withdrawn, or no longer pending, the row leaves the list and the list says so; refused, it stays and says why.
    if (!failed) onLeave({ text: `Withdrawn: the ${invite.role} invite made by ${maker} no longer works.`, warning: false });
    else if (failed.gone)
      onLeave({ text: `The ${invite.role} invite made by ${maker} was already used, withdrawn or expired, so it is off the list.`, warning: true });
    else {
      setFailure(failed);
      setStep('idle');
    }
  }

  function keep() {
    refocus.current = true;
    setStep('idle');
  }

  return (
    <li className="tm-pending-invite" data-invite-role={invite.role} aria-busy={step === 'withdrawing'}>
      <div className="tm-pending-what">
        <span className="chip">{ROLE_LABEL[invite.role]}</span>{' '}
        <strong>
          expires{' '}
          <time dateTime={invite.expiresAt} title={when(invite.expiresAt)}>
            {timeLeft(invite.expiresAt, now)}
          </time>
        </strong>
        <span className="tm-sub">
          Made by {maker} on {when(invite.createdAt)}
        </span>
      </div>
      {!mayWithdraw ? (
        <span className="tm-sub tm-pending-actions">Only an admin can withdraw a manager’s invite.</span>
      ) : step === 'idle' ? (
        <div className="tm-pending-actions">
          <button
            type="button"
            className="button button-small"
            ref={(button) => {
              if (button && refocus.current) {
                refocus.current = false;
                button.focus();
              }
            }}
            onClick={() => (setFailure(undefined), setStep('confirm'))}
          >
            Withdraw
          </button>
        </div>
      ) : (
        <div className="tm-pending-actions" role="group" aria-label="Withdraw this invite?">
          <span className="tm-pending-question">Withdraw it? The link stops working at once.</span>
          {/* aria-disabled, not disabled, so focus stays on the button while it works. */}
          <button
            type="button"
            className="button button-small button-danger"
            aria-disabled={step === 'withdrawing'}
            onClick={() => void (step === 'confirm' && withdraw())}
          >
            {step === 'withdrawing' ? 'Withdrawing…' : 'Yes, withdraw'}
          </button>
          <button type="button" className="button button-small button-ghost" disabled={step === 'withdrawing'} autoFocus onClick={keep}>
            Keep it
          </button>
        </div>
      )}
      {failure && (
        <p className="error tm-pending-error" role="alert">
          Not withdrawn: {failure.message}
        </p>
      )}
    </li>
  );
}

/** Loads a team's pending invites now and on each live tick, for a list whose screen does not load it on its own tick. */
function OwnRefresh({ teamId }: { teamId: string }) {
  const store = useTeamApi();
  const refresh = useCallback(() => void store.getState().loadInvites(teamId), [store, teamId]);
  useLiveRefresh(refresh, 15_000);
  return null;
}

/**
 * A team's invites not used, withdrawn or expired yet, each with its role, maker and time left, and a way to withdraw it.
 * `loadedByScreen`: the screen loads the list on its own live tick (the manager's view), so it stays in step with the members.
 */
export function PendingInvites({ teamId, loadedByScreen = false }: { teamId: string; loadedByScreen?: boolean }) {
  const clock = useClock();
  const listed = useTeam((s) => s.teamInvites[teamId]?.invites);
  const error = useTeam((s) => s.teamInvites[teamId]?.error);
  const [note, setNote] = useState<Note>();
  const noteRef = useRef<HTMLParagraphElement>(null);
  // The row that had focus is gone: focus goes to the note that says what became of it.
  useEffect(() => noteRef.current?.focus(), [note]);
  const now = clock.now();
  // One that expired since the last fetch is no longer pending: it goes without waiting for the next.
  const invites = listed?.filter((invite) => Date.parse(invite.expiresAt) > now);
  return (
    <section className="tm-pending" aria-labelledby={`pending-invites-${teamId}`} data-testid="pending-invites">
      {!loadedByScreen && <OwnRefresh teamId={teamId} />}
      <h3 id={`pending-invites-${teamId}`}>Pending invites</h3>
      {error && (
        <p className={`notice ${invites ? 'notice-warning' : 'notice-danger'}`} role={invites ? 'status' : 'alert'}>
          {invites ? `Not up to date: ${error}` : `Pending invites could not be loaded: ${error}`}
        </p>
      )}
      {note && (
        <p className={`notice tm-pending-note ${note.warning ? 'notice-warning' : ''}`} role="status" tabIndex={-1} ref={noteRef}>
          <span className="notice-body">{note.text}</span>
          <button type="button" className="button button-small button-ghost" onClick={() => setNote(undefined)}>
            Dismiss
          </button>
        </p>
      )}
      {!invites ? (
        !error && (
          <p className="muted" role="status">
            Loading pending invites…
          </p>
        )
      ) : invites.length === 0 ? (
        <p className="muted">No pending invites: every link made for this team was used, withdrawn or has expired.</p>
      ) : (
        <ul className="tm-pending-list">
          {invites.map((invite) => (
            <InviteRow key={invite.id} teamId={teamId} invite={invite} now={now} onLeave={setNote} />
          ))}
        </ul>
      )}
      <p className="hint">Each link was shown once, when it was made: the server keeps no copy. If one is lost, withdraw it and make a new one.</p>
    </section>
  );
}
