import { PRINCIPLE_IDS, type PrincipleId } from '../principles/principles';
import type { Report } from '../scoring/report';

/** How the team did on one principle, across the calls where it applied. */
export interface WeakSpot {
  principle: PrincipleId;
  /** Calls in which the principle applied. */
  applied: number;
  missed: number;
  /** Mean score (0 to 100) over the calls where it applied, rounded. */
  meanScore: number;
  /** Trainees who missed it at least once, in name order. */
  trainees: string[];
}

/** Per-principle results over the given calls, weakest first (highest miss rate, then lowest mean score). */
export function weakSpots(calls: readonly { trainee: string; report: Report }[]): WeakSpot[] {
  const spots = new Map<PrincipleId, { applied: number; missed: number; total: number; trainees: Set<string> }>();
  for (const { trainee, report } of calls) {
    for (const result of report.principles) {
      if (result.verdict === 'n/a' || !PRINCIPLE_IDS.includes(result.id)) continue;
      const spot = spots.get(result.id) ?? { applied: 0, missed: 0, total: 0, trainees: new Set<string>() };
      spot.applied++;
      spot.total += result.score;
      if (result.verdict === 'missed') {
        spot.missed++;
        spot.trainees.add(trainee);
      }
      spots.set(result.id, spot);
    }
  }
  return [...spots]
    .map(([principle, s]) => ({
      principle,
      applied: s.applied,
      missed: s.missed,
      meanScore: Math.round(s.total / s.applied),
      trainees: [...s.trainees].sort((a, b) => a.localeCompare(b)),
    }))
    .sort(
      (a, b) =>
        b.missed / b.applied - a.missed / a.applied || a.meanScore - b.meanScore || PRINCIPLE_IDS.indexOf(a.principle) - PRINCIPLE_IDS.indexOf(b.principle),
    );
}
