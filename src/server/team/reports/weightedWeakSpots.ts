// A team's weak spots, ranked by the Wilson lower bound of each principle's miss rate: the rate we can be 95% sure
// of at least, given how many calls it rests on. One miss in one call (lower bound 0.21) ranks below 6 misses in 10
// (0.31), so a single unlucky call cannot top the list.
import { PRINCIPLE_IDS, type PrincipleId, type Report } from '../../../core';

export interface WeightedWeakSpot {
  principleId: PrincipleId;
  /** Calls in which the principle applied. */
  applied: number;
  missed: number;
  /** missed / applied. */
  missRate: number;
  /** The ranking weight: the 95% Wilson lower bound of the miss rate. */
  weightedMissRate: number;
  /** Mean score over the calls where it applied, rounded. */
  meanScore: number;
  /** Trainees who missed it at least once. */
  traineeIds: string[];
}

const Z = 1.96;

/** The lower bound of the 95% Wilson score interval for `k` of `n`. */
export function wilsonLowerBound(k: number, n: number): number {
  if (n === 0) return 0;
  const p = k / n;
  const z2 = Z * Z;
  // Rounding can leave -1e-17 for 0 of n.
  return Math.max(0, (p + z2 / (2 * n) - Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Per-principle results over the calls, weakest first. */
export function weightedWeakSpots(calls: readonly { traineeId: string; report: Report }[]): WeightedWeakSpot[] {
  const spots = new Map<PrincipleId, { applied: number; missed: number; total: number; trainees: Set<string> }>();
  for (const { traineeId, report } of calls) {
    for (const result of report.principles) {
      if (result.verdict === 'n/a') continue;
      const spot = spots.get(result.id) ?? { applied: 0, missed: 0, total: 0, trainees: new Set<string>() };
      spot.applied++;
      spot.total += result.score;
      if (result.verdict === 'missed') {
        spot.missed++;
        spot.trainees.add(traineeId);
      }
      spots.set(result.id, spot);
    }
  }
  return [...spots]
    .map(([principleId, s]) => ({
      principleId,
      applied: s.applied,
      missed: s.missed,
      missRate: round(s.missed / s.applied),
      weightedMissRate: round(wilsonLowerBound(s.missed, s.applied)),
      meanScore: Math.round(s.total / s.applied),
      traineeIds: [...s.trainees].sort(),
    }))
    .sort(
      (a, b) =>
        b.weightedMissRate - a.weightedMissRate || a.meanScore - b.meanScore || PRINCIPLE_IDS.indexOf(a.principleId) - PRINCIPLE_IDS.indexOf(b.principleId),
    );
}
