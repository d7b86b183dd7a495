import { m } from 'framer-motion';
import { useState } from 'react';
import type { Scenario } from '../../core/scenario';
import type { OpenItemProgress, OpenItemState } from '../../core/scoring';
import type { Turn } from '../../core';
import { Icon } from '../shared/Icon';
import { useOpenItemProgress } from './useOpenItemProgress';

// Read before the item by screen readers, so the state is never carried by the tick or colour alone.
const STATE_TEXT: Record<OpenItemState, string> = { open: '', raised: 'Raised, not yet resolved: ', handled: 'Done: ' };

function OpenItem({ item, wasHandled }: { item: OpenItemProgress; wasHandled: boolean }) {
  // Unlinked items cannot be checked, so they never show a state.
  const state = item.linkedTo ? item.state : 'open';
  return (
    <li
      className={`call-checklist-item call-checklist-${state}`}
      data-state={state}
      data-linked={item.linkedTo ? `${item.linkedTo.kind}:${item.linkedTo.id}` : undefined}
    >
      <span className="call-checklist-mark" aria-hidden="true">
        {state === 'handled' ? (
          // An item already done when the screen opened (a resumed call) appears without the pop.
          <m.span
            className="call-checklist-tick"
            initial={wasHandled ? false : { scale: 0.3, opacity: 0 }}
            animate={{ scale: 1, opacity: 1 }}
            transition={{ type: 'spring', stiffness: 420, damping: 22 }}
          >
            <Icon name="check" size={12} />
          </m.span>
        ) : (
          <span className={state === 'raised' ? 'call-checklist-ring' : 'call-checklist-dot'} />
        )}
      </span>
      <span className="call-checklist-body">
        {STATE_TEXT[state] && <span className="visually-hidden">{STATE_TEXT[state]}</span>}
        <span className="call-checklist-text">{item.text}</span>
        {state === 'raised' && (
          <span className="call-checklist-note" aria-hidden="true">
            Raised, not resolved yet
          </span>
        )}
      </span>
    </li>
  );
}

/** The briefing's open items as a checklist that ticks off as the call deals with them. */
function OpenItems({ scenario, turns }: { scenario: Scenario; turns: readonly Turn[] }) {
  const progress = useOpenItemProgress(scenario, turns);
  const [handledAtOpen] = useState(() => progress.map((item) => item.state === 'handled'));
  const done = progress.filter((item) => item.linkedTo && item.state === 'handled').length;
  const checkable = progress.filter((item) => item.linkedTo).length;
  return (
    <section className="card side-card" aria-labelledby="call-checklist-title">
      <h2 id="call-checklist-title">
        Open items
        {checkable > 0 && (
          <span className="call-checklist-count">
            {done} of {checkable} done
          </span>
        )}
      </h2>
      <ul className="call-checklist">
        {progress.map((item, i) => (
          <OpenItem key={i} item={item} wasHandled={handledAtOpen[i] === true} />
        ))}
      </ul>
    </section>
  );
}

/** The notes beside the phone: the trainee's goal, the briefing's open items as a checklist, and the account notes. */
export function CallSidePanel({ scenario, goal, turns }: { scenario: Scenario; goal: string; turns: readonly Turn[] }) {
  return (
    <aside className="call-side" aria-label="Call notes">
      <section className="card side-card">
        <h2>
          <Icon name="target" size={16} /> Your goal
        </h2>
        <p>{goal || <span className="muted">No goal written.</span>}</p>
      </section>
      {scenario.briefing.openItems.length > 0 && <OpenItems scenario={scenario} turns={turns} />}
      <details className="card side-card side-notes">
        <summary>Account notes</summary>
        <ol>
          {scenario.briefing.history.map((entry, i) => (
            <li key={i}>
              <span className="crm-date">{entry.date}</span> {entry.note}
            </li>
          ))}
        </ol>
      </details>
    </aside>
  );
}
