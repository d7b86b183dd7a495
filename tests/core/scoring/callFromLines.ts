import type { PrincipleId } from '../../../src/core/principles/principles';
import type { Report } from '../../../src/core/scoring/report';
import type { Transcript } from '../../../src/core/transcript';

/** A transcript from alternating lines; the customer picks up first. */
export function callFromLines(scenarioId: string, lines: string[], channel: Transcript['channel'] = 'call'): Transcript {
  return { scenarioId, channel, turns: lines.map((text, i) => ({ speaker: i % 2 === 0 ? 'customer' : 'rep', text })) };
}

/** The verdict a report gives one principle. */
export function verdictOf(report: Report, id: PrincipleId) {
  return report.principles.find((p) => p.id === id)!.verdict;
}
