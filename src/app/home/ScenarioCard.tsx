import { selectBestScore, useHistoryStore } from '../history/historyStore';
import { medalFor } from '../../core/scoring';
import { useScenarioCatalog, type ScenarioCardData } from '../scenarios/scenarioCatalog';
import { Avatar } from '../shared/Avatar';
import { Icon } from '../shared/Icon';
import { channelLabel, difficultyLabel } from '../shared/labels';

/** One scenario to pick: who you call, how hard, by phone or voicemail, and your best score so far. */
export function ScenarioCard({ scenario }: { scenario: ScenarioCardData }) {
  const best = useHistoryStore(selectBestScore(scenario.id));
  const progress = useScenarioCatalog((s) => s.seriesProgress[scenario.id]);
  const { persona } = scenario;
  const titleId = `scenario-${scenario.id}-title`;
  const calls = scenario.series?.calls;
  // A series opens at the call the trainee left off at; a finished one starts again at call 1.
  const nextIndex = progress?.next ?? 0;
  const href = calls ? `#/briefing/${encodeURIComponent(`${scenario.id}/${calls[nextIndex]!.id}`)}` : `#/briefing/${encodeURIComponent(scenario.id)}`;
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
        <a className="scenario-card-link" href={href}>
          {scenario.title}
        </a>
      </h3>
      <p className="scenario-card-summary">{scenario.summary}</p>
      <div className="scenario-card-meta">
        <span className={`chip chip-${scenario.difficulty}`}>{difficultyLabel(scenario.difficulty)}</span>
        {calls ? (
          <span className="chip" data-testid="series-chip">
            <Icon name="phone" size={14} />
            Series of {calls.length} calls
          </span>
        ) : (
          <span className="chip">
            <Icon name={scenario.channel === 'voicemail' ? 'voicemail' : 'phone'} size={14} />
            {channelLabel(scenario.channel)}
          </span>
        )}
        {calls ? (
          <span className={`best-score ${progress ? `best-score-${medalFor(progress.overall)}` : ''}`} data-testid="series-progress">
            {!progress ? 'Not started' : progress.next === null ? `Series ${progress.overall}` : `Next: call ${progress.next + 1} of ${calls.length}`}
          </span>
        ) : (
          <span className={`best-score ${best === undefined ? '' : `best-score-${medalFor(best)}`}`}>
            {best === undefined ? 'Not played yet' : `Best ${Math.round(best)}`}
          </span>
        )}
      </div>
    </article>
  );
}
