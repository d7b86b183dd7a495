import type { Scenario } from '../../core/scenario';
import { Avatar } from '../shared/Avatar';
import { Icon } from '../shared/Icon';
import { openItemTone } from './openItemTone';
import { channelLabel, difficultyLabel } from '../shared/labels';

/** The account as a CRM would show it: the contact, the notes so far, what is open, and the goal set for the call. */
export function AccountCard({ scenario }: { scenario: Scenario }) {
  const { persona, briefing } = scenario;
  return (
    <article className="card account-card" aria-labelledby="account-title">
      <header className="account-head">
        <Avatar name={persona.name} size={56} />
        <div className="account-who">
          <h2 id="account-title">{persona.name}</h2>
          <p className="muted">{persona.company ? `${persona.role} · ${persona.company}` : persona.role}</p>
        </div>
        <div className="account-chips">
          <span className={`chip chip-${scenario.difficulty}`}>{difficultyLabel(scenario.difficulty)}</span>
          <span className="chip">
            <Icon name={scenario.channel === 'voicemail' ? 'voicemail' : 'phone'} size={14} />
            {channelLabel(scenario.channel)}
          </span>
        </div>
      </header>

      <dl className="account-facts">
        <div>
          <dt>You are</dt>
          <dd>{briefing.you}</dd>
        </div>
        <div>
          <dt>Calling</dt>
          <dd>{briefing.calling}</dd>
        </div>
      </dl>

      <section aria-labelledby="history-notes-title" className="account-section">
        <h3 id="history-notes-title">Account notes</h3>
        <ol className="crm-notes">
          {briefing.history.map((entry, i) => (
            <li key={i}>
              <span className="crm-date">{entry.date}</span>
              <span className="crm-note">{entry.note}</span>
            </li>
          ))}
        </ol>
      </section>

      {briefing.openItems.length > 0 && (
        <section aria-labelledby="open-items-title" className="account-section">
          <h3 id="open-items-title">Open items</h3>
          <ul className="open-items">
            {briefing.openItems.map((item, i) => {
              const tone = openItemTone(item, scenario);
              return (
                <li key={i} className={`open-item-${tone}`} data-tone={tone}>
                  <Icon name={tone === 'problem' ? 'alert' : 'sparkle'} size={16} className="open-item-icon" />
                  <span>
                    <span className="visually-hidden">{tone === 'problem' ? 'Problem: ' : 'News: '}</span>
                    {item}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section aria-labelledby="scenario-goal-title" className="account-section scenario-goal">
        <h3 id="scenario-goal-title">
          <Icon name="target" size={16} /> What your manager expects
        </h3>
        <p>{briefing.goal}</p>
      </section>
    </article>
  );
}
