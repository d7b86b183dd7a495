import { describe, expect, it } from 'vitest';
import { explainPoints, pointsLostSummary } from '../../../src/core/scoring/explainPoints';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import type { Transcript } from '../../../src/core/transcript';
import { playGuided } from '../persona/guidedPlay';
import { loadScenario, SCENARIO_IDS } from '../persona/personaFixtures';

const SCENARIOS = SCENARIO_IDS.map(loadScenario);

/** Guided calls of every kind on every scenario: strong, weak, poor and mixed play. */
const CALLS = SCENARIOS.flatMap((scenario) =>
  (['strong', 'weak', 'poor', 'mixed'] as const).flatMap((policy) =>
    [1, 2].map((seed) => {
      const { transcript } = playGuided(scenario, policy, scenario.difficulty, seed);
      return { scenario, transcript, report: scoreTranscript(scenario, transcript) };
    }),
  ),
);

describe('explainPoints', () => {
  it('says what cost the points of every principle below 100, on a line the rep said, or that nothing in the call showed it', () => {
    let explained = 0;
    for (const { scenario, transcript, report } of CALLS) {
      for (const e of explainPoints(scenario, transcript, report)) {
        if (e.score >= 100) continue;
        explained++;
        expect(e.lostOn.length > 0 || e.nothingShowed !== undefined, `${scenario.id} ${e.id} ${e.score}`).toBe(true);
        for (const lost of e.lostOn) {
          expect(lost.reason.length).toBeGreaterThan(20);
          expect(lost.reason).not.toMatch(/\(See /);
          if (lost.turn !== undefined) expect(transcript.turns[lost.turn]?.speaker, `${scenario.id} ${e.id}: ${lost.reason}`).toBe('rep');
        }
      }
    }
    expect(explained).toBeGreaterThan(50);
  }, 60_000);

  it('explains the 90 on respect-time as no line asking whether now was a good time, on the opening line', () => {
    const lease = loadScenario('lease-follow-up');
    const { transcript } = playGuided(lease, 'strong', 'medium', 1);
    const report = scoreTranscript(lease, transcript);
    const respect = explainPoints(lease, transcript, report).find((e) => e.id === 'respect-time')!;
    expect(respect).toMatchObject({ verdict: 'met', score: 90, lost: 10 });
    expect(respect.lostOn).toEqual([{ turn: 1, reason: expect.stringMatching(/No line asked whether now was a good time.*10 points/) }]);
  });

  it('pins a missed principle’s points to the lines of its mistakes', () => {
    const lease = loadScenario('lease-follow-up');
    const { transcript } = playGuided(lease, 'poor', 'medium', 1);
    const report = scoreTranscript(lease, transcript);
    const missed = explainPoints(lease, transcript, report).filter((e) => e.verdict === 'missed' && !e.nothingShowed);
    expect(missed.length).toBeGreaterThan(0);
    for (const e of missed) expect(e.lostOn.map((l) => l.turn)).toEqual(report.mistakes.filter((m) => m.principle === e.id).map((m) => m.turn));
  });

  it('says “nothing in this call showed …” for a principle with no evidence instead of a bare number', () => {
    const lease = loadScenario('lease-follow-up');
    const silent: Transcript = { scenarioId: lease.id, channel: 'call', turns: [{ speaker: 'customer', text: 'Art speaking.' }] };
    const explanations = explainPoints(lease, silent, scoreTranscript(lease, silent));
    expect(explanations.length).toBeGreaterThan(0);
    for (const e of explanations) expect(e.nothingShowed).toMatch(/^Nothing in this call /);
  });
});

describe('pointsLostSummary', () => {
  it('never says “0 mistakes” beside a score below 100 without saying where the points went', () => {
    expect(pointsLostSummary({ overall: 88, mistakes: 0, scores: { 'respect-time': 90, 'purpose-first': 100 } })).toBe(
      'No mistakes; points lost on Respect their time',
    );
    expect(pointsLostSummary({ overall: 60, mistakes: 2, scores: {} })).toBe('2 mistakes');
    expect(pointsLostSummary({ overall: 100, mistakes: 0, scores: { 'next-step': 100 } })).toBe('No mistakes');
    for (const { report } of CALLS) {
      const scores = Object.fromEntries(report.principles.filter((p) => p.verdict !== 'n/a').map((p) => [p.id, p.score]));
      const chip = pointsLostSummary({ overall: report.overall, mistakes: report.mistakes.length, scores });
      expect(chip).not.toMatch(/^0 mistakes/);
      if (report.mistakes.length === 0 && report.overall < 100) expect(chip).toMatch(/points lost on/);
    }
  });
});
