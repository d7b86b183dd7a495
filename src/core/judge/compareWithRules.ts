import type { PrincipleId } from '../principles/principles';
import type { Report, Verdict } from '../scoring/report';
import type { JudgeView } from './readJudgeOutput';

/** A principle where the judge and the rule-based score reach different verdicts. */
export interface Disagreement {
  principle: PrincipleId;
  rules: { verdict: Verdict; score: number };
  judge: { verdict: Verdict; score: number };
}

/** The principles where the judge's counted verdict differs from the canonical rule-based one; uncounted verdicts are left out. */
export function compareWithRules(report: Report, view: JudgeView): Disagreement[] {
  const rules = new Map(report.principles.map((p) => [p.id, p]));
  return view.principles.flatMap((judged): Disagreement[] => {
    const rule = rules.get(judged.id);
    if (!rule || judged.unsupported || judged.instructionQuotes.length > 0 || rule.verdict === judged.verdict) return [];
    return [{ principle: judged.id, rules: { verdict: rule.verdict, score: rule.score }, judge: { verdict: judged.verdict, score: judged.score } }];
  });
}
