import type { CallRecord } from '../history/callRecord';
import type { Scenario } from '../scenario/scenarioSchema';
import type { CallSession } from './CallSession';
import { retryFrom } from './retryFrom';

/** A new call session that starts just before one of a saved call's rep lines, or why it cannot. */
export type RetrySession = { ok: true; session: CallSession } | { ok: false; problem: string };

/**
 * The session of a retry: the saved call's turns before the chosen rep line, its seed, difficulty and goal, the
 * customer's mood at that point, the scripted customer, and a link back to the call. Pure: ids and time come in.
 */
export function retrySession(scenario: Scenario, record: CallRecord, turnIndex: number, start: { callId: string; startedAt: string }): RetrySession {
  // A model's replies cannot be replayed exactly, so only a scripted customer's call can be taken back.
  if (record.personaKind !== 'scripted')
    return { ok: false, problem: 'A language model played the customer in this call, so it cannot be taken back to a line exactly.' };
  const retry = retryFrom(scenario, record.transcript, turnIndex);
  if (!retry.ok) return retry;
  const { point } = retry;
  return {
    ok: true,
    session: {
      callId: start.callId,
      scenarioId: scenario.id,
      scenarioTitle: record.scenarioTitle || scenario.title,
      channel: point.channel,
      seed: point.seed,
      difficulty: point.difficulty,
      goal: point.goal ?? '',
      personaKind: 'scripted',
      usedGuided: false,
      startedAt: start.startedAt,
      turns: point.turns,
      ...(point.mood ? { mood: point.mood } : {}),
      // A voicemail is taken back to the greeting: the beep has sounded and the message is re-recorded.
      beeped: point.channel === 'voicemail',
      retryOf: { recordId: record.id, turn: turnIndex },
    },
  };
}
