import { useState } from 'react';
import type { Role } from '../teamApiTypes';
import type { Failure } from '../teamState';
import { useTeamApi } from '../useTeam';
import { FailureNotice } from './FailureNotice';

/** Makes a single-use invite link (with the server's public address) and offers to copy it. */
export function InviteLink({ role, teamId, teamName }: { role: Role; teamId?: string; teamName?: string }) {
  const store = useTeamApi();
  const [link, setLink] = useState<{ url: string; expiresAt: string }>();
  const [failure, setFailure] = useState<Failure>();
  const [copied, setCopied] = useState(false);
  const who = role === 'manager' ? 'a manager' : role === 'admin' ? 'an admin' : 'a trainee';

  async function make() {
    const made = await store.getState().invite(role, teamId);
    if ('url' in made) {
      setLink({ url: made.url, expiresAt: made.invite.expiresAt });
      setFailure(undefined);
      setCopied(false);
    } else setFailure(made);
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin): the field is selected so the link can be copied by hand.
      document.getElementById(`invite-${role}-${teamId ?? 'all'}`)?.focus();
    }
  }

  return (
    <div className="tm-invite">
      <button type="button" className="button button-small" onClick={() => void make()}>
        {link ? `New link for ${who}` : `Invite ${who}${teamName ? ` to ${teamName}` : ''}`}
      </button>
      {link && (
        <div className="tm-invite-link">
          <label className="visually-hidden" htmlFor={`invite-${role}-${teamId ?? 'all'}`}>
            Invite link for {who}
          </label>
          <input
            type="text"
            id={`invite-${role}-${teamId ?? 'all'}`}
            data-testid={`invite-link-${role}`}
            readOnly
            value={link.url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button button-small button-primary" onClick={() => void copy()}>
            {copied ? 'Copied' : 'Copy link'}
          </button>
          <p className="hint">
            Send it to one person: it works once, until{' '}
            {new Date(link.expiresAt).toLocaleDateString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}.
          </p>
        </div>
      )}
      <FailureNotice failure={failure} />
    </div>
  );
}
