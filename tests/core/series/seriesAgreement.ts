import { PRINCIPLE_IDS, type PrincipleId } from '../../../src/core/principles/principles';
import { verdictAgrees, type CallQuality } from '../../../src/core/scoring/agreement';
import type { Verdict } from '../../../src/core/scoring/report';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { scoreSeries } from '../../../src/core/series/scoreSeries';
import { loadScenario } from '../persona/personaFixtures';
import { loadLabelledSeries, SERIES_PRINCIPLES, type LabelledSeriesPath } from './labelledSeries';
import { playSeries } from './playSeries';

/** A labelled verdict the engine reads differently: on one call (its id) or across the series ("series"). */
export interface SeriesDisagreement {
  file: string;
  call: string;
  principle: PrincipleId;
  label: Verdict;
  scored: Verdict;
}

/** One path played and scored. */
export interface ScoredSeriesPath {
  file: string;
  seriesId: string;
  quality: CallQuality;
  /** The series score (scoreSeries). */
  overall: number;
  /** Each call's own score. */
  calls: number[];
  /** Lines of the path the rep never got to say because the customer ended a call first (0 for a path as it was labelled). */
  unsaid: number;
}

interface Count {
  agreed: number;
  total: number;
}

export interface SeriesAgreementReport {
  paths: ScoredSeriesPath[];
  /** Every call's verdicts on the eight principles (scoreTranscript) against the call labels. */
  callVerdicts: Count;
  /** The principles judged across calls (scoreSeries) against the series labels. */
  seriesVerdicts: Count;
  perPrinciple: Record<PrincipleId, Count>;
  disagreements: SeriesDisagreement[];
  /** Pairs within a series whose series scores contradict their bands: "higher > lower" (the better-labelled path first). */
  rankingInversions: string[];
  /** Poor paths whose series score is 40 or more. */
  poorAtOrAbove40: string[];
}

const RANK: Record<CallQuality, number> = { good: 2, mixed: 1, poor: 0 };

/** Plays one labelled path through the scripted customer with its seed, and scores it call by call and across calls. */
export async function playLabelledPath(path: LabelledSeriesPath) {
  const scenario = loadScenario(path.seriesId);
  const ids = scenario.series?.calls.map((call) => call.id) ?? [];
  const labelled = path.calls.map((call) => call.call);
  if (labelled.join() !== ids.join()) throw new Error(`${path.file}: calls ${labelled.join(', ')} are not the series' calls ${ids.join(', ')}`);
  const played = await playSeries(
    scenario,
    path.calls.map((call) => call.lines),
    path.seed,
  );
  const report = scoreSeries(scenario.id, played, ids.length);
  const unsaid = played.reduce((sum, call, i) => sum + path.calls[i]!.lines.length - call.transcript.turns.filter((t) => t.speaker === 'rep').length, 0);
  return { played, report, unsaid };
}

/** Plays and scores every labelled series path, and compares the engine's verdicts and scores with the labels. */
export async function measureSeriesAgreement(paths: readonly LabelledSeriesPath[] = loadLabelledSeries()): Promise<SeriesAgreementReport> {
  const perPrinciple = Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, { agreed: 0, total: 0 }])) as Record<PrincipleId, Count>;
  const callVerdicts = { agreed: 0, total: 0 };
  const seriesVerdicts = { agreed: 0, total: 0 };
  const disagreements: SeriesDisagreement[] = [];
  const scored: ScoredSeriesPath[] = [];
  const judge = (count: Count, file: string, call: string, principle: PrincipleId, label: Verdict, verdict: Verdict) => {
    const agrees = verdictAgrees(label, verdict);
    for (const c of [count, perPrinciple[principle]]) {
      c.total++;
      if (agrees) c.agreed++;
    }
    if (!agrees) disagreements.push({ file, call, principle, label, scored: verdict });
  };
  for (const path of paths) {
    const { played, report, unsaid } = await playLabelledPath(path);
    played.forEach((call, i) => {
      const labels = path.calls[i]!;
      for (const result of scoreTranscript(call.played, call.transcript).principles)
        judge(callVerdicts, path.file, labels.call, result.id, labels.labels[result.id], result.verdict);
    });
    for (const id of SERIES_PRINCIPLES) {
      const result = report.principles.find((p) => p.id === id)!;
      judge(seriesVerdicts, path.file, 'series', id, path.series[id], result.verdict);
    }
    scored.push({ file: path.file, seriesId: path.seriesId, quality: path.quality, overall: report.overall, calls: played.map((c) => c.overall), unsaid });
  }
  const rankingInversions = scored.flatMap((a) =>
    scored.filter((b) => a.seriesId === b.seriesId && RANK[a.quality] > RANK[b.quality] && a.overall <= b.overall).map((b) => `${a.file} > ${b.file}`),
  );
  return {
    paths: scored,
    callVerdicts,
    seriesVerdicts,
    perPrinciple,
    disagreements,
    rankingInversions,
    poorAtOrAbove40: scored.filter((p) => p.quality === 'poor' && p.overall >= 40).map((p) => p.file),
  };
}

const pct = ({ agreed, total }: Count) => (total === 0 ? null : Math.round((agreed / total) * 1000) / 10);

/** The figures for `npm run bench` and the test's report line. */
export function seriesSummary(report: SeriesAgreementReport) {
  const all = { agreed: report.callVerdicts.agreed + report.seriesVerdicts.agreed, total: report.callVerdicts.total + report.seriesVerdicts.total };
  const bands = ['good', 'mixed', 'poor'] as const;
  return {
    paths: report.paths.length,
    calls: report.paths.reduce((sum, p) => sum + p.calls.length, 0),
    verdictAgreementPct: pct(all),
    verdicts: `${all.agreed}/${all.total}`,
    callVerdicts: `${report.callVerdicts.agreed}/${report.callVerdicts.total}`,
    seriesVerdicts: `${report.seriesVerdicts.agreed}/${report.seriesVerdicts.total}`,
    perPrinciplePct: Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, pct(report.perPrinciple[id])])),
    seriesScores: Object.fromEntries(report.paths.map((p) => [p.file, p.overall])),
    meanScoreByBand: Object.fromEntries(
      bands.flatMap((band) => {
        const scores = report.paths.filter((p) => p.quality === band).map((p) => p.overall);
        return scores.length === 0 ? [] : [[band, Math.round(scores.reduce((a, b) => a + b, 0) / scores.length)]];
      }),
    ),
    rankingInversions: report.rankingInversions.length,
    poorAtOrAbove40: report.poorAtOrAbove40.length,
  };
}
