// Trainees × principles: how each trainee does on each principle overall, and the trend across assignments.
import { PRINCIPLE_IDS, type PrincipleId, type Report } from '../../../core';

export interface GridCell {
  applied: number;
  missed: number;
  /** Mean score where it applied, rounded; null when it never applied. */
  meanScore: number | null;
  /** Mean score per assignment, in the order of `assignments`; null where it did not apply. */
  trend: (number | null)[];
  /** The last two scored assignments compared: up, down or flat (within 5 points); null with fewer than two. */
  direction: 'up' | 'down' | 'flat' | null;
}

export interface GridCall {
  traineeId: string;
  assignmentId: string | null;
  report: Report;
}

const mean = (xs: number[]) => (xs.length === 0 ? null : Math.round(xs.reduce((a, b) => a + b, 0) / xs.length));

/** One row per trainee, one cell per principle; `assignmentIds` orders the trend (oldest first). */
export function principleGrid(
  traineeIds: readonly string[],
  assignmentIds: readonly string[],
  calls: readonly GridCall[],
): { traineeId: string; cells: Record<PrincipleId, GridCell> }[] {
  return traineeIds.map((traineeId) => {
    const mine = calls.filter((c) => c.traineeId === traineeId);
    const cells = {} as Record<PrincipleId, GridCell>;
    for (const principle of PRINCIPLE_IDS) {
      const results = (list: readonly GridCall[]) => list.flatMap((c) => c.report.principles.filter((p) => p.id === principle && p.verdict !== 'n/a'));
      const all = results(mine);
      const trend = assignmentIds.map((a) => mean(results(mine.filter((c) => c.assignmentId === a)).map((p) => p.score)));
      const scored = trend.filter((x): x is number => x !== null);
      const [before, last] = scored.slice(-2);
      const direction = scored.length < 2 ? null : last! - before! > 5 ? 'up' : before! - last! > 5 ? 'down' : 'flat';
      cells[principle] = {
        applied: all.length,
        missed: all.filter((p) => p.verdict === 'missed').length,
        meanScore: mean(all.map((p) => p.score)),
        trend,
        direction,
      };
    }
    return { traineeId, cells };
  });
}
