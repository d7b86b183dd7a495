import { z } from 'zod';
import { PRINCIPLE_IDS } from '../principles/principles';

/** The scenario file format version this build reads. */
export const SCENARIO_SCHEMA_VERSION = 1;

const text = z.string().trim().min(1, 'expected a non-empty string');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case id such as "lease-follow-up"');
/** Variants of one line; the persona picks one with the call's seeded randomness. */
const lines = z.array(text).min(1, 'expected at least one line');
/** Phrases that show a topic came up; matched case-insensitively on word boundaries. */
const keywords = z.array(text).min(1, 'expected at least one keyword');

const crmNote = z.strictObject({
  date: text,
  note: text,
});

const hiddenFact = z.strictObject({
  id: slug,
  text,
  /** What makes the customer say it: being asked about it, trusting the rep, or the issue being owned. */
  revealWhen: z.enum(['asked', 'trust', 'issue-owned']),
  /** Words in a rep question that count as asking about this fact. */
  keywords,
});

const openIssue = z.strictObject({
  id: slug,
  summary: text,
  keywords,
  /** How the customer brings it up. */
  raise: lines,
  /** When the customer brings it up unprompted: on the first turn that gives an opening, or only if asked. */
  raiseWhen: z.enum(['opening', 'asked']),
  /** Customer's reply when the rep commits to a specific action and time. */
  ownedReply: lines,
  /** Customer's reply to a vague promise ("I'll look into it"). */
  vagueReply: lines,
  /** Customer's reply when the rep moves on without addressing it. */
  ignoredReply: lines,
});

const referral = z.strictObject({
  /** The referral the customer gives when asked at the right moment. */
  give: lines,
  /** The reply when asked at the wrong moment. */
  decline: lines,
});

const persona = z.strictObject({
  name: text,
  role: text,
  company: text.optional(),
  /**
   * The account history as the customer remembers it, addressed to them ("You leased…"). A model customer is told
   * only this, never the rep's CRM notes, so it holds nothing the rep is meant to bring as news.
   */
  history: z.array(crmNote).optional(),
  temperament: text,
  /** Starting patience, 0 to 100; difficulty scales it. */
  patience: z.number().int().min(1).max(100),
  /** Whether the customer is pressed for time today. */
  busy: z.boolean(),
  greeting: lines,
  wants: z.array(text),
  opensUpWhen: z.array(text),
  endsCallWhen: z.array(text),
  hiddenFacts: z.array(hiddenFact),
  openIssues: z.array(openIssue),
  referral: referral.optional(),
});

/** Customer lines by situation; each is a list of variants. */
const dialogue = z.strictObject({
  smallTalk: lines,
  purposeless: lines,
  purposeHeard: lines,
  valueHeard: lines,
  historyHeard: lines,
  timeChecked: lines,
  notNow: lines,
  firmNo: lines,
  nextStepAccepted: lines,
  nextStepVague: lines,
  referralEarly: lines,
  ramble: lines,
  question: lines,
  fallback: lines,
  hangUp: lines,
  goodbye: lines,
  /** Reply when the rep asks for what they should already know; falls back to `purposeless`. */
  knownInfoAsked: lines.optional(),
  /** Reply when the rep repeats themselves; falls back to `ramble`. */
  repeated: lines.optional(),
});

const valueItem = z.strictObject({
  id: slug,
  summary: text,
  keywords,
  /** The customer's reaction to this item; falls back to `dialogue.valueHeard`. */
  reply: lines.optional(),
});

const facts = z.strictObject({
  /** Words that show the rep knows the account (names, prior commitments, dates). */
  historyKeywords: keywords,
  /** Things the rep could bring that the customer would value. */
  valueItems: z.array(valueItem),
  /** What a concrete next step for this call is about. */
  nextStep: z.strictObject({
    kind: z.enum(['appointment', 'demo', 'order', 'visit', 'callback', 'document']),
    keywords,
  }),
  /** Ids of open issues and value items that must be handled for the goal to count as reached. */
  goalRequires: z.array(slug),
  /** Whether the customer starts with a brush-off that persistence must answer. */
  startsWithNotNow: z.boolean(),
});

const candidateLine = z.strictObject({
  text,
  quality: z.enum(['strong', 'weak', 'poor']),
});

/** Stages of a call at which guided mode offers three candidate lines. */
export const GUIDED_STAGES = ['opening', 'issue', 'value', 'not-now', 'referral', 'close', 'voicemail'] as const;

const guidedStage = z.strictObject({
  stage: z.enum(GUIDED_STAGES),
  lines: z.array(candidateLine).length(3, 'expected exactly three candidate lines'),
});

const weight = z.number().min(0).max(10);

/** The strict schema of a scenario file: unknown keys are rejected everywhere. */
export const scenarioSchema = z.strictObject({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  id: slug,
  title: text,
  summary: text,
  difficulty: z.enum(['easy', 'medium', 'hard']),
  channel: z.enum(['call', 'voicemail']),
  briefing: z.strictObject({
    you: text,
    calling: text,
    history: z.array(crmNote).min(1, 'expected at least one CRM note'),
    openItems: z.array(text),
    goal: text,
  }),
  persona,
  dialogue,
  /** The principles that apply to this scenario and their weights; the rest are n/a. */
  principles: z.partialRecord(z.enum(PRINCIPLE_IDS), weight),
  facts,
  /** A better line per principle, used in commentary when that principle is missed. */
  betterLines: z.partialRecord(z.enum(PRINCIPLE_IDS), text),
  guided: z.array(guidedStage),
});

/** A validated scenario. */
export type Scenario = z.infer<typeof scenarioSchema>;
/** Difficulty of a scenario or of a call. */
export type Difficulty = Scenario['difficulty'];
/** Call or voicemail. */
export type Channel = Scenario['channel'];
/** A guided-mode stage. */
export type GuidedStage = (typeof GUIDED_STAGES)[number];
/** An open issue of a persona. */
export type OpenIssue = Scenario['persona']['openIssues'][number];
/** A value item the rep could bring. */
export type ValueItem = Scenario['facts']['valueItems'][number];
