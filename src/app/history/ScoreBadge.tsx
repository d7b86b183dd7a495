import { medalFor } from '../../core/scoring';

const LABEL = { gold: 'Gold', silver: 'Silver', bronze: 'Bronze', none: 'No medal' } as const;

/** The score in a badge coloured by medal tier. */
export function ScoreBadge({ score }: { score: number }) {
  const medal = medalFor(score);
  const rounded = Math.round(score);
  return (
    <span className={`hist-score hist-score-${medal}`} title={LABEL[medal]}>
      <span className="hist-score-value">{rounded}</span>
      <span className="visually-hidden">{` out of 100, ${LABEL[medal].toLowerCase()}`}</span>
    </span>
  );
}
