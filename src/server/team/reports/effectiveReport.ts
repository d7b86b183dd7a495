// A call's report after a manager's verdict overrides: each override replaces one principle's verdict and score,
// and the overall score is worked out again with the scenario's weights (a hang-up cap still applies).
import { HUNG_UP_CAP, overallScore, type PrincipleId, type Report, type Scenario, type Verdict } from '../../../core';

export interface Override {
  principleId: string;
  verdict: Verdict;
  score: number;
}

/** The report with the latest override of each principle applied; the original is untouched. */
export function effectiveReport(report: Report, overrides: readonly Override[], scenario: Scenario | undefined): Report {
  if (overrides.length === 0) return report;
  const latest = new Map(overrides.map((o) => [o.principleId, o]));
  const principles = report.principles.map((p) => {
    const o = latest.get(p.id);
    return o ? { ...p, verdict: o.verdict, score: o.verdict === 'n/a' ? 0 : o.score } : p;
  });
  const weights = (scenario?.principles ?? {}) as Partial<Record<PrincipleId, number>>;
  const uncapped = overallScore(report.principles, weights);
  // The original was capped when its principles alone score higher than it does: a hang-up.
  const capped = uncapped > report.overall && report.overall <= HUNG_UP_CAP;
  const overall = overallScore(principles, weights);
  return { ...report, principles, overall: capped ? Math.min(overall, HUNG_UP_CAP) : overall };
}
