import { z } from 'zod';
import type { Scenario } from '../scenario/scenarioSchema';

/** The assignment file format version this build reads and writes. */
export const ASSIGNMENT_SCHEMA_VERSION = 1;

/** Limits that keep a crafted assignment from costing much to read. */
export const ASSIGNMENT_LIMITS = {
  /** Largest assignment file or decoded link, in bytes (custom scenarios make up most of it). */
  maxBytes: 2_000_000,
  maxScenarios: 20,
  maxCustomScenarios: 10,
  maxTitleChars: 120,
  maxNoteChars: 1_000,
  maxAttempts: 50,
} as const;

/** Who plays the customer in an assignment's calls. */
export const PERSONA_KINDS = ['scripted', 'llm'] as const;
/** How the trainee speaks in an assignment's calls. */
export const INPUT_MODES = ['guided', 'free'] as const;
/** How hard the customer is in an assignment's calls. */
export const ASSIGNMENT_DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

const text = (max: number) => z.string().trim().min(1, 'expected a non-empty string').max(max, `too long: at most ${max} characters`);

/** Ids travel in links and file names, so they stay short and plain. */
export const assignmentIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'expected an id of letters, digits, "-" and "_" (at most 64 characters)');

const scenarioId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a scenario id such as "lease-follow-up"')
  .max(80, 'too long: at most 80 characters');

/** A moment in time; the year range rules out absurd dates. */
export const instantSchema = z.iso.datetime({ offset: true, error: 'expected a date and time such as "2026-12-01T17:00:00Z"' }).refine((value) => {
  // Only text that starts like a date gets this message; the format check has spoken for the rest.
  if (!/^\d{4}-/.test(value)) return true;
  const year = Number(value.slice(0, 4));
  return year >= 2000 && year <= 2200;
}, 'expected a year between 2000 and 2200');

/**
 * The strict shape of an assignment. Custom scenarios are checked here only as objects;
 * each is then validated with the scenario validator so its messages keep their paths.
 */
export const assignmentSchema = z.strictObject({
  kind: z.literal('assignment'),
  schemaVersion: z.literal(ASSIGNMENT_SCHEMA_VERSION),
  id: assignmentIdSchema,
  title: text(ASSIGNMENT_LIMITS.maxTitleChars),
  /** Instructions from the manager, shown to the trainee as text. */
  note: text(ASSIGNMENT_LIMITS.maxNoteChars).optional(),
  /** The scenarios to play, in order: built-in ids or ids of the custom scenarios below. */
  scenarioIds: z
    .array(scenarioId)
    .min(1, 'expected at least one scenario')
    .max(ASSIGNMENT_LIMITS.maxScenarios, `too many scenarios: at most ${ASSIGNMENT_LIMITS.maxScenarios}`),
  /** Full scenario objects for the ids that are not built in. */
  customScenarios: z
    .array(z.record(z.string(), z.unknown()))
    .max(ASSIGNMENT_LIMITS.maxCustomScenarios, `too many custom scenarios: at most ${ASSIGNMENT_LIMITS.maxCustomScenarios}`)
    .optional(),
  /** Overall score (0 to 100) a call needs to pass. */
  passMark: z.number().min(0, { error: 'expected 0 to 100', abort: true }).max(100, { error: 'expected 0 to 100', abort: true }).int('expected a whole number'),
  /** When the work is due; absent means no due date. */
  dueDate: instantSchema.optional(),
  /** Calls allowed per scenario. */
  attemptsAllowed: z
    .number()
    .min(1, { error: 'expected at least 1', abort: true })
    .max(ASSIGNMENT_LIMITS.maxAttempts, { error: `expected at most ${ASSIGNMENT_LIMITS.maxAttempts}`, abort: true })
    .int('expected a whole number'),
  personaKind: z.enum(PERSONA_KINDS),
  mode: z.enum(INPUT_MODES),
  /** Every call is played at this difficulty; absent, each scenario at its own. Either way the trainee cannot change it. */
  difficulty: z.enum(ASSIGNMENT_DIFFICULTIES).optional(),
  createdAt: instantSchema,
});

/** An assignment whose custom scenarios have been validated. */
export type Assignment = Omit<z.infer<typeof assignmentSchema>, 'customScenarios'> & { customScenarios: Scenario[] };
/** Who plays the customer. */
export type PersonaKind = (typeof PERSONA_KINDS)[number];
/** The difficulty an assignment fixes. */
export type AssignmentDifficulty = (typeof ASSIGNMENT_DIFFICULTIES)[number];
/** Guided lines or free text. */
export type InputMode = (typeof INPUT_MODES)[number];
