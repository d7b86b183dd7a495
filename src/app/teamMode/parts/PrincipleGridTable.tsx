import type { Grid, GridCell } from '../teamApiTypes';
import { principleTitle } from './principleTitle';

const ARROW = { up: '↑', down: '↓', flat: '→' } as const;
const TREND_WORDS = { up: 'improving', down: 'slipping', flat: 'steady' } as const;

function tone(score: number | null): string {
  if (score === null) return 'tm-cell-none';
  return score >= 75 ? 'tm-cell-good' : score >= 50 ? 'tm-cell-mid' : 'tm-cell-bad';
}

function Cell({ cell, trainee, principle }: { cell: GridCell; trainee: string; principle: string }) {
  if (cell.applied === 0)
    return (
      <td className="tm-cell tm-cell-none" aria-label={`${trainee}, ${principle}: not scored yet`}>
        —
      </td>
    );
  const trend = cell.trend.filter((x): x is number => x !== null);
  return (
    <td className={`tm-cell ${tone(cell.meanScore)}`} title={trend.length > 1 ? `By assignment: ${trend.join(' → ')}` : undefined}>
      <span className="tm-cell-score">
        {cell.meanScore}
        {cell.direction && (
          <span className={`tm-trend tm-trend-${cell.direction}`} aria-label={TREND_WORDS[cell.direction]}>
            {ARROW[cell.direction]}
          </span>
        )}
      </span>
      <span className="tm-sub">
        missed {cell.missed}/{cell.applied}
      </span>
    </td>
  );
}

/** Trainees × principles: mean score, misses, and the trend across assignments. */
export function PrincipleGridTable({ grid }: { grid: Grid }) {
  if (grid.trainees.length === 0) return <p className="muted tm-empty">No trainees yet.</p>;
  return (
    <>
      <p className="hint">
        Mean score per principle over every uploaded call; the arrow compares the last two assignments (more than 5 points up or down). Hover a cell for the
        trend.
      </p>
      <div className="tm-table-wrap">
        <table className="tm-table tm-grid" data-testid="grid">
          <thead>
            <tr>
              <th scope="col">Trainee</th>
              {grid.principles.map((p) => (
                <th scope="col" key={p} className="tm-grid-head">
                  {principleTitle(p)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.trainees.map((t) => (
              <tr key={t.id} data-trainee={t.displayName}>
                <th scope="row">{t.displayName}</th>
                {grid.principles.map((p) => (
                  <Cell key={p} cell={t.cells[p]!} trainee={t.displayName ?? ''} principle={principleTitle(p)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
