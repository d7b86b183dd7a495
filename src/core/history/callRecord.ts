import type { Report } from '../scoring/report';
import type { Transcript } from '../transcript';

/** The version of saved call records this build writes. */
export const CALL_RECORD_VERSION = 2;

/** A finished practice call as kept in history. */
export interface CallRecord {
  version: typeof CALL_RECORD_VERSION;
  /** Unique id, assigned when the call starts. */
  id: string;
  scenarioId: string;
  /** The scenario's title when played, so history reads well even if the scenario is later removed. */
  scenarioTitle: string;
  /** ISO timestamps. */
  startedAt: string;
  endedAt: string;
  personaKind: 'scripted' | 'llm';
  mode: 'guided' | 'free';
  transcript: Transcript;
  report: Report;
  /** The assignment this call was played under, if any. */
  assignmentId?: string;
  /** A retry from one of the rep's lines of an earlier call: that call, and the line (turn index) said again. */
  retryOf?: RetryLink;
}

/** Where a retried call branched off its parent call. */
export interface RetryLink {
  recordId: string;
  turn: number;
}
