import { PRINCIPLE_IDS } from '../src/core/principles';
import { measureAgreement, type AgreementReport } from '../src/core/scoring';
import { loadCorpus, loadShippedScenarios, type CorpusSet } from '../tests/core/scoring/loadLabelledCalls';
import { customerScorerKeys } from '../tests/core/scoring/customerScorerKeys';
import { runProbes } from '../tests/core/persona/reactionProbes';
import { measureSeriesAgreement, seriesSummary } from '../tests/core/series/seriesAgreement';

const pct = (agreed: number, total: number) => (total === 0 ? null : Math.round((agreed / total) * 1000) / 10);

function summary(report: AgreementReport, customerScorer: string[], probes: { steps: number; misses: string[] }) {
  return {
    calls: report.calls,
    verdictAgreementPct: pct(report.overall.agreed, report.overall.total),
    verdicts: `${report.overall.agreed}/${report.overall.total}`,
    perPrinciplePct: Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, pct(report.perPrinciple[id].agreed, report.perPrinciple[id].total)])),
    perBandPct: Object.fromEntries(Object.entries(report.perBand).map(([band, t]) => [band, pct(t!.agreed, t!.total)])),
    meanScoreByBand: Object.fromEntries(Object.entries(report.meanOverallByQuality).map(([band, mean]) => [band, Math.round(mean!)])),
    rankingInversions: report.rankingInversions.length,
    poorAtOrAbove40: report.poorAtOrAbove40.length,
    customerScorerMismatches: customerScorer.length,
    customerProbeSteps: `${probes.steps - probes.misses.length}/${probes.steps}`,
  };
}

/** Agreement with the labelled calls, the held-out set apart from the development set, with the targets. */
export function runJudgementBench(): Record<string, unknown> {
  const scenarios = loadShippedScenarios();
  const measure = (set: CorpusSet) => summary(measureAgreement(scenarios, loadCorpus(set)), customerScorerKeys(scenarios, set), runProbes(scenarios, set));
  const heldout = measure('heldout');
  return {
    heldout,
    dev: measure('dev'),
    target: { heldoutVerdictAgreementPct: 95, rankingInversions: 0, poorAtOrAbove40: 0, customerScorerMismatches: 0 },
    pass:
      (heldout.verdictAgreementPct ?? 0) >= 95 && heldout.rankingInversions === 0 && heldout.poorAtOrAbove40 === 0 && heldout.customerScorerMismatches === 0,
  };
}

/** Agreement with the labelled series paths (tests/fixtures/series-calls), each played through the scripted customer. */
export async function runSeriesJudgementBench(): Promise<ReturnType<typeof seriesSummary>> {
  return seriesSummary(await measureSeriesAgreement());
}
