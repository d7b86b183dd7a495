import { DiscardCallButton } from '../call/DiscardCallButton';
import { selectCallStage, selectOpenCall } from '../call/callSelectors';
import { useCall, useCallApi } from '../call/useCall';
import { useHistoryStore } from '../history/historyStore';
import { navigate } from '../navigation/navigate';
import { medalFor, medalLabel } from '../../core/scoring';
import { selectScenario, useScenarioCatalog } from '../scenarios/scenarioCatalog';
import { Avatar } from '../shared/Avatar';
import { Icon } from '../shared/Icon';
import { firstName } from '../shared/labels';

/** "Continue where you left off": an unfinished call to resume, or the last result to review. */
export function ContinueCard() {
  const call = useCallApi();
  const phase = useCall((s) => s.phase);
  const stage = useCall(selectCallStage);
  const session = useCall(selectOpenCall);
  const lastCall = useHistoryStore((s) => s.summaries.at(-1));
  // Reactive: a call restored on load is shown before the scenarios have arrived.
  const scenario = useScenarioCatalog(selectScenario(session?.scenarioId));

  if (session) {
    const name = scenario?.persona.name ?? 'your customer';
    const saving = stage === 'ended';
    const said = session.turns.filter((t) => t.speaker === 'rep').length;
    return (
      <section className="card continue-card continue-card-live" aria-labelledby="continue-title">
        <Avatar name={name} />
        <div className="continue-body">
          <h2 id="continue-title">
            {phase === 'save-failed'
              ? `Your call with ${firstName(name)} is not saved yet`
              : saving
                ? `Your call with ${firstName(name)} is being saved`
                : `Unfinished call with ${name}`}
          </h2>
          <p className="muted">
            {session.scenarioTitle} · {said === 0 ? 'not started yet' : `you said ${said} line${said === 1 ? '' : 's'}`}
          </p>
        </div>
        <div className="button-row">
          {saving ? (
            <a className="button button-primary" href="#/call">
              Open the call
            </a>
          ) : (
            <>
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  navigate({ name: 'call' });
                  void call.getState().resume();
                }}
              >
                <Icon name="phone" size={18} /> Resume call
              </button>
              <DiscardCallButton label="Discard" customerName={name} />
            </>
          )}
        </div>
      </section>
    );
  }

  if (!lastCall) return null;
  const overall = Math.round(lastCall.overall);
  const medal = medalFor(overall);
  return (
    <section className="card continue-card" aria-labelledby="continue-title">
      <div className={`score-badge score-badge-${medal}`} aria-hidden="true">
        {overall}
      </div>
      <div className="continue-body">
        <h2 id="continue-title">Your last call: {lastCall.scenarioTitle || lastCall.scenarioId}</h2>
        <p className="muted">
          Scored {overall} out of 100 · {medalLabel(medal)}
        </p>
      </div>
      <div className="button-row">
        <a className="button" href={`#/results/${encodeURIComponent(lastCall.id)}`}>
          See results
        </a>
        <a className="button" href={`#/replay/${encodeURIComponent(lastCall.id)}`}>
          <Icon name="replay" size={18} /> Replay
        </a>
      </div>
    </section>
  );
}
