import type { PrincipleId } from '../principles/principles';
import type { PrincipleResult, Report, Verdict } from '../scoring/report';

/** How a principle moved between two attempts at a call. */
export type AttemptChange = 'better' | 'worse' | 'same';

/** One principle before and after a retry. */
export interface PrincipleChange {
  id: PrincipleId;
  before: { verdict: Verdict; score: number };
  after: { verdict: Verdict; score: number };
  change: AttemptChange;
}

/** Two attempts at the same call side by side: the overall score and each principle, with what changed. */
export interface AttemptComparison {
  overall: { before: number; after: number; change: AttemptChange };
  /** Every principle that applied in either attempt, the ones that changed first (biggest move first). */
  principles: PrincipleChange[];
  better: number;
  worse: number;
}

const NOT_APPLIED = { verdict: 'n/a' as Verdict, score: 0 };
const VERDICT_RANK: Record<Verdict, number> = { missed: 0, 'n/a': 1, met: 2 };

/** Scores are shown rounded, so a move under half a point reads as no move. */
function changeOf(before: number, after: number): AttemptChange {
  const delta = Math.round(after) - Math.round(before);
  return delta > 0 ? 'better' : delta < 0 ? 'worse' : 'same';
}

function principleChange(before: PrincipleResult | undefined, after: PrincipleResult | undefined): AttemptChange {
  const b = before ?? { ...NOT_APPLIED };
  const a = after ?? { ...NOT_APPLIED };
  if (b.verdict !== a.verdict) return VERDICT_RANK[a.verdict] > VERDICT_RANK[b.verdict] ? 'better' : 'worse';
  return a.verdict === 'n/a' ? 'same' : changeOf(b.score, a.score);
}

/** Compares a call's report with its retry's. Pure. */
export function compareAttempts(before: Report, after: Report): AttemptComparison {
  const ids: PrincipleId[] = [];
  for (const result of [...before.principles, ...after.principles]) if (!ids.includes(result.id)) ids.push(result.id);
  const find = (report: Report, id: PrincipleId) => report.principles.find((p) => p.id === id);
  const principles = ids
    .map((id): PrincipleChange => {
      const b = find(before, id);
      const a = find(after, id);
      return {
        id,
        before: b ? { verdict: b.verdict, score: b.score } : { ...NOT_APPLIED },
        after: a ? { verdict: a.verdict, score: a.score } : { ...NOT_APPLIED },
        change: principleChange(b, a),
      };
    })
    .filter((p) => p.before.verdict !== 'n/a' || p.after.verdict !== 'n/a');
  const moved = (p: PrincipleChange) => (p.change === 'same' ? 0 : 1000 + Math.abs(p.after.score - p.before.score));
  // Stable: principles that moved the same amount keep the report's order.
  principles.sort((x, y) => moved(y) - moved(x));
  return {
    overall: { before: before.overall, after: after.overall, change: changeOf(before.overall, after.overall) },
    principles,
    better: principles.filter((p) => p.change === 'better').length,
    worse: principles.filter((p) => p.change === 'worse').length,
  };
}
