import { describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS } from '../../../src/core/principles/principles';
import { measureAgreement, toLabelledCall, type AgreementReport } from '../../../src/core/scoring/agreement';
import { loadLabelledCalls, loadShippedScenarios } from './loadLabelledCalls';
import { makeScenario } from './scenarioFactory';
import { PARAPHRASED_CALLS } from './paraphrasedCalls';

/**
 * Thresholds set below today's figures (73 fixture calls: 584/584 after tuning; 15 paraphrased calls: 120/120) because the
 * detectors were developed while looking at the fixtures: on the 28 blind second-batch calls, before tuning, the figure
 * was 206/224 (92%). The margin is for wording the detectors have not seen.
 */
const OVERALL_AT_LEAST = 0.9;
const PER_PRINCIPLE_AT_LEAST = 0.8;

function describeReport(report: AgreementReport): string {
  const lines = PRINCIPLE_IDS.map((id) => `${id}: ${report.perPrinciple[id].agreed}/${report.perPrinciple[id].total}`);
  const misses = report.disagreements.map((d) => `${d.file} ${d.principle}: labelled ${d.label}, scored ${d.scored}`);
  return [`overall ${report.overall.agreed}/${report.overall.total}`, ...lines, ...misses].join('\n');
}

function expectAgreement(report: AgreementReport) {
  expect(report.skipped).toEqual([]);
  expect(report.overall.rate, describeReport(report)).toBeGreaterThanOrEqual(OVERALL_AT_LEAST);
  for (const id of PRINCIPLE_IDS) {
    const tally = report.perPrinciple[id];
    if (tally.total > 0) expect(tally.rate, `${id}\n${describeReport(report)}`).toBeGreaterThanOrEqual(PER_PRINCIPLE_AT_LEAST);
  }
  const mean = report.meanOverallByQuality;
  expect(mean.good!).toBeGreaterThan(mean.mixed!);
  expect(mean.mixed!).toBeGreaterThan(mean.poor!);
}

describe('agreement with labelled calls', () => {
  const scenarios = loadShippedScenarios();

  it('agrees with the labelled fixture calls on at least 90% of verdicts and orders good > mixed > poor', () => {
    const calls = loadLabelledCalls();
    expect(calls.length).toBeGreaterThanOrEqual(30);
    const report = measureAgreement(scenarios, calls);
    expect(report.calls).toBe(calls.length);
    expect(report.overall.total).toBe(calls.length * PRINCIPLE_IDS.length);
    expectAgreement(report);
  });

  it('agrees with the paraphrased calls written after the detectors were built', () => {
    expectAgreement(measureAgreement(scenarios, PARAPHRASED_CALLS));
  });
});

describe('measureAgreement', () => {
  const scenario = makeScenario({ principles: { 'purpose-first': 1, 'next-step': 1 } });
  const transcript = {
    scenarioId: scenario.id,
    channel: 'call',
    turns: [
      { speaker: 'customer', text: 'Hello?' },
      { speaker: 'rep', text: 'Just checking in!' },
    ],
  };

  it('counts agreements per principle and lists each disagreement', () => {
    const call = toLabelledCall({ ...transcript, quality: 'poor', labels: { 'purpose-first': 'missed', 'next-step': 'met', persist: 'n/a' } }, 'a.json')!;
    const report = measureAgreement([scenario], [call]);
    expect(report.perPrinciple['purpose-first']).toEqual({ agreed: 1, total: 1, rate: 1 });
    expect(report.perPrinciple['next-step']).toEqual({ agreed: 0, total: 1, rate: 0 });
    expect(report.perPrinciple.persist).toEqual({ agreed: 1, total: 1, rate: 1 });
    expect(report.overall).toEqual({ agreed: 2, total: 3, rate: 2 / 3 });
    expect(report.disagreements).toEqual([{ file: 'a.json', scenarioId: scenario.id, principle: 'next-step', label: 'met', scored: 'missed' }]);
    expect(report.meanOverallByQuality.poor).toBeDefined();
  });

  it('skips calls for unknown scenarios and reads only well-formed labelled calls', () => {
    const stray = toLabelledCall({ ...transcript, scenarioId: 'nope', labels: {} }, 'b.json')!;
    expect(measureAgreement([scenario], [stray]).skipped).toEqual([{ file: 'b.json', reason: 'unknown scenario "nope"' }]);
    expect(toLabelledCall({ ...transcript })).toBeUndefined();
    expect(toLabelledCall('text')).toBeUndefined();
    expect(toLabelledCall({ ...transcript, labels: { 'purpose-first': 'maybe', bogus: 'met' } })!.labels).toEqual({});
    expect(toLabelledCall({ transcript, labels: {}, quality: 'good' })!.quality).toBe('good');
  });
});
