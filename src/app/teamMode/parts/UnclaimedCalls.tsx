import { useState } from 'react';
import { firstName } from '../../shared/labels';
import type { UnclaimedCall } from '../outboxStorage';
import { useTeam, useTeamApi } from '../useTeam';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** One call played while signed out: what it was, and Mine / Not mine / Discard (after a confirmation). */
function UnclaimedRow({ call, left }: { call: UnclaimedCall; left: boolean }) {
  const store = useTeamApi();
  const [confirming, setConfirming] = useState(false);
  const { id, scenarioTitle, endedAt, assignmentId, report } = call.upload;
  const ids = [id];
  return (
    <li className="tm-unclaimed-call" role="group" aria-label={`${scenarioTitle}, ${when(endedAt)}`} data-call={id}>
      <div className="tm-pending-what">
        <strong>{scenarioTitle}</strong>
        <span className="tm-sub">
          {when(endedAt)} · {assignmentId ? 'assignment' : 'practice'} · score {Math.round(report.overall)}
        </span>
      </div>
      {confirming ? (
        <div className="tm-pending-actions">
          <span className="tm-pending-question">Discard it? It will never upload (it stays in this browser’s History).</span>
          <button type="button" className="button button-small button-danger" onClick={() => store.getState().discardCalls(ids)}>
            Yes, discard
          </button>
          <button type="button" className="button button-small button-ghost" autoFocus onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <div className="tm-pending-actions">
          <button type="button" className="button button-small button-primary" onClick={() => store.getState().claimCalls(ids)}>
            {left ? 'Mine after all: upload it' : 'Mine: upload it'}
          </button>
          {!left && (
            <button type="button" className="button button-small" onClick={() => store.getState().leaveCalls(ids)}>
              Not mine
            </button>
          )}
          <button type="button" className="button button-small button-ghost" onClick={() => setConfirming(true)}>
            Discard…
          </button>
        </div>
      )}
    </li>
  );
}

/** On a trainee's Home: calls played in this browser while nobody was signed in, asking whether they are theirs before any uploads. */
export function UnclaimedCalls() {
  const store = useTeamApi();
  const me = useTeam((s) => s.me?.user);
  const unclaimed = useTeam((s) => s.unclaimed);
  const [showLeft, setShowLeft] = useState(false);
  if (me?.role !== 'trainee' || unclaimed.length === 0) return null;
  const asked = unclaimed.filter((u) => !u.leftBy.includes(me.id));
  const left = unclaimed.filter((u) => u.leftBy.includes(me.id));
  const askedIds = asked.map((u) => u.upload.id);
  const name = firstName(me.displayName);
  return (
    <section className="notice notice-warning tm-unclaimed" aria-labelledby="unclaimed-title" data-testid="unclaimed-calls">
      <div className="notice-body">
        <h3 id="unclaimed-title">
          {asked.length === 0
            ? `Calls played here while signed out: ${left.length} you said are not yours`
            : asked.length === 1
              ? `A call was played here while signed out. Is it yours, ${name}?`
              : `${asked.length} calls were played here while signed out. Are they yours, ${name}?`}
        </h3>
        {asked.length > 0 && (
          <>
            <p>Only the calls you say are yours upload to your team, under your name. Calls you leave stay in this browser and are not sent.</p>
            <ul className="tm-pending-list">
              {asked.map((u) => (
                <UnclaimedRow key={u.upload.id} call={u} left={false} />
              ))}
            </ul>
            {asked.length > 1 && (
              <div className="button-row">
                <button type="button" className="button button-primary" onClick={() => store.getState().claimCalls(askedIds)}>
                  All {asked.length} are mine: upload them
                </button>
                <button type="button" className="button" onClick={() => store.getState().leaveCalls(askedIds)}>
                  None are mine
                </button>
              </div>
            )}
          </>
        )}
        {left.length > 0 && (
          <p>
            {left.length === 1 ? '1 call you said is not yours is' : `${left.length} calls you said are not yours are`} kept in this browser, not uploaded.{' '}
            <button type="button" className="button button-small button-ghost" aria-expanded={showLeft} onClick={() => setShowLeft(!showLeft)}>
              {showLeft ? 'Hide them' : 'Show them'}
            </button>
          </p>
        )}
        {left.length > 0 && showLeft && (
          <ul className="tm-pending-list" aria-label="Calls you said are not yours">
            {left.map((u) => (
              <UnclaimedRow key={u.upload.id} call={u} left />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
