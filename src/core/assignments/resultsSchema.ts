import { z } from 'zod';
import { PRINCIPLE_IDS } from '../principles/principles';
import type { Report } from '../scoring/report';
import type { Transcript } from '../transcript';
import { INPUT_MODES, instantSchema, PERSONA_KINDS, type Assignment } from './assignmentSchema';

/** The results file format version this build reads and writes. */
export const RESULTS_SCHEMA_VERSION = 1;

/** Limits that keep a crafted results file from costing much to read or score. */
export const RESULTS_LIMITS = {
  maxBytes: 10_000_000,
  maxNameChars: 80,
  maxAttempts: 500,
  maxTurns: 400,
  maxTurnChars: 10_000,
  maxQuoteChars: 10_000,
  maxMistakes: 400,
  maxEvidence: 100,
} as const;

const text = (max: number) => z.string().max(max, `too long: at most ${max} characters`);
const nonEmpty = (max: number) => z.string().trim().min(1, 'expected a non-empty string').max(max, `too long: at most ${max} characters`);
/** The scenario a call was played under: a scenario's id, or a series call's, the series' id and the call's. */
export const callScenarioIdSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/,
    'expected a scenario id such as "lease-follow-up", or a series call’s such as "lease-series/promised-call"',
  )
  .max(161, 'too long: at most 161 characters');
const turnIndex = z
  .number()
  .int('expected a whole number')
  .min(0, 'expected 0 or more')
  .max(RESULTS_LIMITS.maxTurns, `expected at most ${RESULTS_LIMITS.maxTurns}`);
const score = z.number().min(0, 'expected 0 to 100').max(100, 'expected 0 to 100');

const turnSchema = z.strictObject({
  speaker: z.enum(['rep', 'customer']),
  text: text(RESULTS_LIMITS.maxTurnChars),
  at: z.number().min(0, 'expected 0 or more').max(86_400_000, 'expected at most a day in milliseconds').optional(),
  cut: z.boolean().optional(),
  partial: z.boolean().optional(),
  party: z.literal('gatekeeper').optional(),
});

/** A transcript as a results file carries it: the interchange format, but strict. */
export const strictTranscriptSchema = z.strictObject({
  scenarioId: callScenarioIdSchema,
  channel: z.enum(['call', 'voicemail']),
  turns: z.array(turnSchema).max(RESULTS_LIMITS.maxTurns, `too many turns: at most ${RESULTS_LIMITS.maxTurns}`),
  seed: z.number().int('expected a whole number').min(0).max(0xffff_ffff).optional(),
  difficulty: z.enum(['easy', 'medium', 'hard']).optional(),
  goal: text(RESULTS_LIMITS.maxTurnChars).optional(),
  endReason: z.enum(['hung-up', 'goal-reached', 'voicemail-recorded', 'rep-ended', 'turn-limit']).optional(),
});

/** A report as a results file carries it: the interchange format, but strict. */
export const strictReportSchema = z.strictObject({
  scenarioId: callScenarioIdSchema,
  overall: score,
  principles: z
    .array(
      z.strictObject({
        id: z.enum(PRINCIPLE_IDS),
        verdict: z.enum(['met', 'missed', 'n/a']),
        score,
        evidence: z
          .array(z.strictObject({ turn: turnIndex, quote: text(RESULTS_LIMITS.maxQuoteChars) }))
          .max(RESULTS_LIMITS.maxEvidence, `too many quotes: at most ${RESULTS_LIMITS.maxEvidence}`),
      }),
    )
    .max(PRINCIPLE_IDS.length, `too many principles: at most ${PRINCIPLE_IDS.length}`),
  mistakes: z
    .array(
      z.strictObject({
        turn: turnIndex,
        principle: z.enum(PRINCIPLE_IDS),
        commentary: text(RESULTS_LIMITS.maxQuoteChars),
        betterLine: text(RESULTS_LIMITS.maxQuoteChars),
      }),
    )
    .max(RESULTS_LIMITS.maxMistakes, `too many mistakes: at most ${RESULTS_LIMITS.maxMistakes}`),
});

/** One call a trainee made under the assignment. */
export const attemptSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/, 'expected an id of letters, digits, ".", ":", "-" and "_" (at most 80 characters)'),
  scenarioId: callScenarioIdSchema,
  scenarioTitle: text(200),
  startedAt: instantSchema,
  endedAt: instantSchema,
  personaKind: z.enum(PERSONA_KINDS),
  mode: z.enum(INPUT_MODES),
  transcript: strictTranscriptSchema,
  report: strictReportSchema,
});

/** The strict shape of a results file; the embedded assignment is validated by the assignment validator. */
export const resultsSchema = z.strictObject({
  kind: z.literal('results'),
  schemaVersion: z.literal(RESULTS_SCHEMA_VERSION),
  trainee: nonEmpty(RESULTS_LIMITS.maxNameChars),
  exportedAt: instantSchema,
  assignment: z.record(z.string(), z.unknown()),
  attempts: z.array(attemptSchema).max(RESULTS_LIMITS.maxAttempts, `too many attempts: at most ${RESULTS_LIMITS.maxAttempts}`),
});

/** One attempt of a results file. */
export type Attempt = Omit<z.infer<typeof attemptSchema>, 'transcript' | 'report'> & { transcript: Transcript; report: Report };

/** A validated results file: who, which assignment, and every attempt. */
export interface ResultsFile {
  kind: 'results';
  schemaVersion: typeof RESULTS_SCHEMA_VERSION;
  trainee: string;
  exportedAt: string;
  assignment: Assignment;
  attempts: Attempt[];
}
