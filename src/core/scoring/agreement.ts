import { isPrincipleId, PRINCIPLE_IDS, type PrincipleId } from '../principles/principles';
import type { Scenario } from '../scenario/scenarioSchema';
import { transcriptSchema, type Transcript } from '../transcript';
import type { Verdict } from './report';
import { scoreTranscript } from './scoreTranscript';

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

/** How closely the scorer's verdicts match people's labels. */
export interface AgreementReport {
  calls: number;
  overall: Tally;
  perPrinciple: Record<PrincipleId, Tally>;
  /** Mean overall score of the calls of each quality. */
  meanOverallByQuality: Partial<Record<CallQuality, number>>;
  disagreements: Disagreement[];
  /** Calls that could not be scored (unknown scenario, malformed transcript). */
  skipped: { file?: string; reason: string }[];
}

const VERDICTS = new Set<string>(['met', 'missed', 'n/a']);
const QUALITIES = new Set<string>(['good', 'mixed', 'poor']);

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

function tally(agreed: number, total: number): Tally {
  return { agreed, total, rate: total === 0 ? 0 : agreed / total };
}

/** Scores every labelled call and compares each labelled verdict with the scorer's. */
export function measureAgreement(scenarios: readonly Scenario[], calls: readonly LabelledCall[]): AgreementReport {
  const byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
  const counts = new Map<PrincipleId, { agreed: number; total: number }>(PRINCIPLE_IDS.map((id) => [id, { agreed: 0, total: 0 }]));
  const overallByQuality = new Map<CallQuality, number[]>();
  const disagreements: Disagreement[] = [];
  const skipped: AgreementReport['skipped'] = [];
  let scored = 0;
  for (const call of calls) {
    const scenario = byId.get(call.transcript.scenarioId);
    if (!scenario) {
      skipped.push({ file: call.file, reason: `unknown scenario "${call.transcript.scenarioId}"` });
      continue;
    }
    const report = scoreTranscript(scenario, call.transcript);
    scored++;
    if (call.quality) overallByQuality.set(call.quality, [...(overallByQuality.get(call.quality) ?? []), report.overall]);
    for (const result of report.principles) {
      const label = call.labels[result.id];
      if (!label) continue;
      const count = counts.get(result.id)!;
      count.total++;
      if (label === result.verdict) count.agreed++;
      else disagreements.push({ file: call.file, scenarioId: scenario.id, principle: result.id, label, scored: result.verdict });
    }
  }
  const perPrinciple = Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, tally(counts.get(id)!.agreed, counts.get(id)!.total)])) as Record<PrincipleId, Tally>;
  const all = [...counts.values()].reduce((sum, c) => ({ agreed: sum.agreed + c.agreed, total: sum.total + c.total }), { agreed: 0, total: 0 });
  const meanOverallByQuality: AgreementReport['meanOverallByQuality'] = {};
  for (const [quality, overalls] of overallByQuality) meanOverallByQuality[quality] = overalls.reduce((a, b) => a + b, 0) / overalls.length;
  return { calls: scored, overall: tally(all.agreed, all.total), perPrinciple, meanOverallByQuality, disagreements, skipped };
}
