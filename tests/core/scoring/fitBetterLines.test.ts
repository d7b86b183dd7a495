import { describe, expect, it } from 'vitest';
import { describeRepTurn } from '../../../src/core/language/classifyRepTurn';
import { analyzeCall } from '../../../src/core/scoring/analyzeCall';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { isOpen } from '../../../src/core/scoring/trackIssues';
import type { Transcript } from '../../../src/core/transcript';
import { playGuided } from '../persona/guidedPlay';
import { loadScenario, SCENARIO_IDS } from '../persona/personaFixtures';

describe('the “try instead” line of a mistake', () => {
  it('owns Art’s plates instead of asking for a referral while they are still missing', () => {
    const lease = loadScenario('lease-follow-up');
    const call: Transcript = {
      scenarioId: lease.id,
      channel: 'call',
      turns: [
        { speaker: 'customer', text: 'Art speaking.' },
        { speaker: 'rep', text: 'Hi Art, Sam from Riverside Motors, about your lease.' },
        { speaker: 'customer', text: 'My plates were due weeks ago and I still don’t have them. When am I getting them?' },
        { speaker: 'rep', text: 'Sorry about that. Do you know anyone else who might be looking for a car?' },
        { speaker: 'customer', text: 'Hang on, what about my plates?' },
      ],
    };
    const referral = scoreTranscript(lease, call).mistakes.find((m) => m.principle === 'referral-timing')!;
    expect(referral.turn).toBe(3);
    expect(referral.betterLine).toBe(lease.betterLines['own-the-issue']);
  });

  it('fits the moment in every guided call: it speaks to the customer’s open problem, and asks a favour only of a pleased customer', () => {
    let checked = 0;
    for (const scenario of SCENARIO_IDS.map(loadScenario)) {
      for (const policy of ['strong', 'weak', 'poor', 'mixed'] as const) {
        for (const seed of [1, 2, 3]) {
          const { transcript } = playGuided(scenario, policy, scenario.difficulty, seed);
          const call = analyzeCall(scenario, transcript);
          for (const mistake of scoreTranscript(scenario, transcript).mistakes) {
            checked++;
            const moves = describeRepTurn(mistake.betterLine, scenario);
            const raisedOpen = call.issues.filter((e) => e.raisedAt !== null && e.raisedAt < mistake.turn && isOpen(e, mistake.turn));
            const where = `${scenario.id} ${policy} ${seed} turn ${mistake.turn} ${mistake.principle}: ${mistake.betterLine}`;
            if (raisedOpen.length > 0) {
              expect(moves.asksReferral, where).toBe(false);
              if (mistake.principle !== 'own-the-issue') expect(raisedOpen.some((e) => moves.issueIds.includes(e.id)) || moves.commitsAction, where).toBe(true);
            }
            if (moves.asksReferral) {
              const pleased = call.customerTurns
                .filter((t) => t.index < mistake.turn)
                .slice(-3)
                .some((t) => t.customer.satisfied);
              expect(pleased, where).toBe(true);
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  }, 120_000);
});
