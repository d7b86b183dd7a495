import type { ScenarioOption } from './historySelectors';
import { ScoreBadge } from './ScoreBadge';

/** Best score per scenario; choosing one filters the screen to it. */
export function BestScores({ options, best, onPick }: { options: readonly ScenarioOption[]; best: Record<string, number>; onPick(id: string): void }) {
  return (
    <ul className="hist-best">
      {options.map((option) => (
        <li key={option.id}>
          <button
            type="button"
            className="hist-best-card"
            onClick={() => onPick(option.id)}
            aria-label={`${option.title}: best ${Math.round(best[option.id] ?? 0)}, ${option.count} call${option.count === 1 ? '' : 's'}. Show only this scenario`}
          >
            <ScoreBadge score={best[option.id] ?? 0} />
            <span className="hist-best-text">
              <span className="hist-best-title">{option.title}</span>
              <span className="hist-best-count">{`best of ${option.count} call${option.count === 1 ? '' : 's'}`}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
