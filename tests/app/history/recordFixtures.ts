import { CALL_RECORD_VERSION, type CallRecord } from '../../../src/core/history/callRecord';
import { PRINCIPLE_IDS } from '../../../src/core/principles/principles';
import type { Report } from '../../../src/core/scoring/report';

/** A plausible report with the given overall score; principles after the first four are n/a. */
export function reportOf(scenarioId: string, overall: number): Report {
  return {
    scenarioId,
    overall,
    principles: PRINCIPLE_IDS.map((id, i) =>
      i < 4
        ? {
            id,
            verdict: overall >= 50 ? 'met' : 'missed',
            score: Math.min(100, overall + i * 5),
            evidence: [{ turn: 1, quote: 'I am calling about your plates.' }],
          }
        : { id, verdict: 'n/a', score: 0, evidence: [] },
    ),
    mistakes:
      overall >= 90
        ? []
        : [{ turn: 1, principle: 'purpose-first', commentary: 'No reason was given for the call.', betterLine: 'I am calling about your plates.' }],
  };
}

/** A finished call; `n` orders it in time (one minute apart). */
export function makeRecord(n: number, overrides: Partial<CallRecord> = {}): CallRecord {
  const scenarioId = overrides.scenarioId ?? 'lease-follow-up';
  const minute = (m: number) => new Date(Date.UTC(2025, 0, 1, 9, m)).toISOString();
  return {
    version: CALL_RECORD_VERSION,
    id: `call-${n}`,
    scenarioId,
    scenarioTitle: scenarioId === 'lease-follow-up' ? 'Art’s overdue plates' : 'Wendy on a deadline',
    startedAt: minute(n),
    endedAt: minute(n),
    personaKind: 'scripted',
    mode: 'free',
    transcript: {
      scenarioId,
      channel: 'call',
      goal: 'Give Art a date for his plates',
      endReason: 'goal-reached',
      turns: [
        { speaker: 'customer', text: 'Hello, Art speaking.' },
        { speaker: 'rep', text: 'Hi Art, I am calling about your plates.' },
      ],
    },
    report: reportOf(scenarioId, 40 + ((n * 7) % 60)),
    ...overrides,
  };
}
