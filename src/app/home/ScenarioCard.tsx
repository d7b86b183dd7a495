import { selectBestScore, useHistoryStore } from '../history/historyStore';
import { medalFor } from '../../core/scoring';
import type { ScenarioCardData } from '../scenarios/scenarioCatalog';
import { Avatar } from '../shared/Avatar';
import { Icon } from '../shared/Icon';
import { channelLabel, difficultyLabel } from '../shared/labels';

/** One scenario to pick: who you call, how hard, by phone or voicemail, and your best score so far. */
export function ScenarioCard({ scenario }: { scenario: ScenarioCardData }) {
  const best = useHistoryStore(selectBestScore(scenario.id));
  const { persona } = scenario;
  const titleId = `scenario-${scenario.id}-title`;
  return (
    <article className="scenario-card" aria-labelledby={titleId} data-scenario={scenario.id}>
      <div className="scenario-card-person">
        <Avatar name={persona.name} size={40} />
        <div>
          <p className="scenario-card-name">{persona.name}</p>
          <p className="scenario-card-role">{persona.company ? `${persona.role}, ${persona.company}` : persona.role}</p>
        </div>
      </div>
      <h3 id={titleId}>
        <a className="scenario-card-link" href={`#/briefing/${encodeURIComponent(scenario.id)}`}>
          {scenario.title}
        </a>
      </h3>
      <p className="scenario-card-summary">{scenario.summary}</p>
      <div className="scenario-card-meta">
        <span className={`chip chip-${scenario.difficulty}`}>{difficultyLabel(scenario.difficulty)}</span>
        <span className="chip">
          <Icon name={scenario.channel === 'voicemail' ? 'voicemail' : 'phone'} size={14} />
          {channelLabel(scenario.channel)}
        </span>
        <span className={`best-score ${best === undefined ? '' : `best-score-${medalFor(best)}`}`}>
          {best === undefined ? 'Not played yet' : `Best ${Math.round(best)}`}
        </span>
      </div>
    </article>
  );
}
