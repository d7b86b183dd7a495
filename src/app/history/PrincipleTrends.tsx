import { PRINCIPLES } from '../../core/principles';
import type { TrendSeries } from './historySelectors';
import { TrendChart } from './TrendChart';

/** One small chart per principle, with its latest score; "not yet scored" where it never applied. */
export function PrincipleTrends({ series }: { series: TrendSeries }) {
  return (
    <ul className="hist-principles">
      {PRINCIPLES.map((principle) => {
        const line = series.principles[principle.id];
        return (
          <li key={principle.id} className="hist-principle">
            <div className="hist-principle-head">
              <span className="hist-principle-title">{principle.title}</span>
              <span className="hist-principle-latest">
                {line.latest === undefined ? (
                  '–'
                ) : (
                  <>
                    <span className="hist-principle-latest-label">latest </span>
                    {Math.round(line.latest)}
                  </>
                )}
              </span>
            </div>
            {line.scored > 0 ? (
              <TrendChart line={line} calls={series.calls} label={principle.title} compact />
            ) : (
              <p className="hist-principle-empty">Not scored in these calls yet.</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
