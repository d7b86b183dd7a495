import { isPrincipleId, PRINCIPLE_IDS, type PrincipleId } from '../principles/principles';
import type { Scenario } from '../scenario/scenarioSchema';
import { transcriptSchema, type Transcript } from '../transcript';
import type { Verdict } from './report';
import type { PrincipleRule } from './rule';
import { analyzeCall, type CallAnalysis } from './analyzeCall';
import { scoreAnalysis } from './scoreTranscript';

/** Overall grade a person gave a labelled call. */
export type CallQuality = 'good' | 'mixed' | 'poor';

/** A call with a person's verdict for each principle. */
export interface LabelledCall {
  /** Where it came from, for messages. */
  file?: string;
  transcript: Transcript;
  labels: Partial<Record<PrincipleId, Verdict>>;
  quality?: CallQuality;
}

/** One principle on which the scorer and the label differ. */
export interface Disagreement {
  file?: string;
  scenarioId: string;
  principle: PrincipleId;
  label: Verdict;
  scored: Verdict;
}

/** Agreed and total labelled verdicts. */
export interface Tally {
  agreed: number;
  total: number;
  /** agreed / total, 0 when there are none. */
  rate: number;
}

/** Two calls of one scenario whose scores are in the wrong order for their bands. */
export interface RankingInversion {
  scenarioId: string;
  /** The call labelled better, and its score. */
  higher: { file?: string; quality: CallQuality; overall: number };
  /** The call labelled worse, which scored as high or higher. */
  lower: { file?: string; quality: CallQuality; overall: number };
}

/** One scored call, for listings. */
export interface ScoredCall {
  file?: string;
  scenarioId: string;
  quality?: CallQuality;
  overall: number;
}

/** How closely the scorer's verdicts match people's labels. */
export interface AgreementReport {
  calls: number;
  overall: Tally;
  perPrinciple: Record<PrincipleId, Tally>;
  /** Verdict agreement on the calls of each band. */
  perBand: Partial<Record<CallQuality, Tally>>;
  /** Mean overall score of the calls of each quality. */
  meanOverallByQuality: Partial<Record<CallQuality, number>>;
  /** Within each scenario, every good call should outscore every mixed one, and every mixed one every poor one. */
  rankingInversions: RankingInversion[];
  /** Poor calls that scored 40 or more (LABELLING.md: a poor call belongs under 40). */
  poorAtOrAbove40: ScoredCall[];
  scored: ScoredCall[];
  disagreements: Disagreement[];
  /** Calls that could not be scored (unknown scenario, malformed transcript). */
  skipped: { file?: string; reason: string }[];
}

/** Options for measuring: a different rule set, to show that breaking a rule is noticed. */
export interface MeasureOptions {
  rules?: Readonly<Record<PrincipleId, PrincipleRule>>;
  /** How a call is read; pass a cached reading to measure several rule sets without reading every call again. */
  analyze?: (scenario: Scenario, transcript: Transcript) => CallAnalysis;
}

const VERDICTS = new Set<string>(['met', 'missed', 'n/a']);
const QUALITIES = new Set<string>(['good', 'mixed', 'poor']);
const RANK: Record<CallQuality, number> = { good: 2, mixed: 1, poor: 0 };

/** Reads a labelled-call file's parsed JSON (a transcript plus `labels` and `quality`); undefined when it is not one. */
export function toLabelledCall(data: unknown, file?: string): LabelledCall | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  const parsed = transcriptSchema.safeParse(record.transcript ?? record);
  if (!parsed.success || typeof record.labels !== 'object' || record.labels === null) return undefined;
  const labels: Partial<Record<PrincipleId, Verdict>> = {};
  for (const [id, verdict] of Object.entries(record.labels as Record<string, unknown>)) {
    if (isPrincipleId(id) && typeof verdict === 'string' && VERDICTS.has(verdict)) labels[id] = verdict as Verdict;
  }
  const quality = typeof record.quality === 'string' && QUALITIES.has(record.quality) ? (record.quality as CallQuality) : undefined;
  return { file, transcript: parsed.data as Transcript, labels, quality };
}

/** LABELLING.md: a label n/a is also satisfied by met, since a principle that did not come up cannot be failed. */
export function verdictAgrees(label: Verdict, scored: Verdict): boolean {
  return label === scored || (label === 'n/a' && scored === 'met');
}

function tally(agreed: number, total: number): Tally {
  return { agreed, total, rate: total === 0 ? 0 : agreed / total };
}

/** Pairs of calls within a scenario whose scores contradict their bands. */
export function findRankingInversions(scored: readonly ScoredCall[]): RankingInversion[] {
  const inversions: RankingInversion[] = [];
  for (const a of scored) {
    for (const b of scored) {
      if (a.scenarioId !== b.scenarioId || !a.quality || !b.quality || RANK[a.quality] <= RANK[b.quality]) continue;
      if (a.overall <= b.overall) {
        inversions.push({
          scenarioId: a.scenarioId,
          higher: { file: a.file, quality: a.quality, overall: a.overall },
          lower: { file: b.file, quality: b.quality, overall: b.overall },
        });
      }
    }
  }
  return inversions;
}

/** Scores every labelled call and compares each labelled verdict with the scorer's. */
export function measureAgreement(scenarios: readonly Scenario[], calls: readonly LabelledCall[], options: MeasureOptions = {}): AgreementReport {
  const byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
  const counts = new Map<PrincipleId, { agreed: number; total: number }>(PRINCIPLE_IDS.map((id) => [id, { agreed: 0, total: 0 }]));
  const bands = new Map<CallQuality, { agreed: number; total: number }>();
  const disagreements: Disagreement[] = [];
  const skipped: AgreementReport['skipped'] = [];
  const scored: ScoredCall[] = [];
  for (const call of calls) {
    const scenario = byId.get(call.transcript.scenarioId);
    if (!scenario) {
      skipped.push({ file: call.file, reason: `unknown scenario "${call.transcript.scenarioId}"` });
      continue;
    }
    const report = scoreAnalysis(scenario, (options.analyze ?? analyzeCall)(scenario, call.transcript), options.rules);
    scored.push({ file: call.file, scenarioId: scenario.id, quality: call.quality, overall: report.overall });
    const band = call.quality ? (bands.get(call.quality) ?? bands.set(call.quality, { agreed: 0, total: 0 }).get(call.quality)!) : undefined;
    for (const result of report.principles) {
      const label = call.labels[result.id];
      if (!label) continue;
      const count = counts.get(result.id)!;
      const agrees = verdictAgrees(label, result.verdict);
      count.total++;
      if (band) band.total++;
      if (agrees) {
        count.agreed++;
        if (band) band.agreed++;
      } else disagreements.push({ file: call.file, scenarioId: scenario.id, principle: result.id, label, scored: result.verdict });
    }
  }
  const perPrinciple = Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, tally(counts.get(id)!.agreed, counts.get(id)!.total)])) as Record<PrincipleId, Tally>;
  const all = [...counts.values()].reduce((sum, c) => ({ agreed: sum.agreed + c.agreed, total: sum.total + c.total }), { agreed: 0, total: 0 });
  const perBand: AgreementReport['perBand'] = {};
  for (const [quality, count] of bands) perBand[quality] = tally(count.agreed, count.total);
  const meanOverallByQuality: AgreementReport['meanOverallByQuality'] = {};
  for (const quality of ['good', 'mixed', 'poor'] as const) {
    const overalls = scored.filter((call) => call.quality === quality).map((call) => call.overall);
    if (overalls.length > 0) meanOverallByQuality[quality] = overalls.reduce((a, b) => a + b, 0) / overalls.length;
  }
  return {
    calls: scored.length,
    overall: tally(all.agreed, all.total),
    perPrinciple,
    perBand,
    meanOverallByQuality,
    rankingInversions: findRankingInversions(scored),
    poorAtOrAbove40: scored.filter((call) => call.quality === 'poor' && call.overall >= 40),
    scored,
    disagreements,
    skipped,
  };
}
