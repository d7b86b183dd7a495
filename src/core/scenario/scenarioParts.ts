// The building blocks of a scenario file, shared by every version's schema and by the series block.
import { z } from 'zod';

/** Most examples an item may carry; at least MIN_EXAMPLES unless the scenario was migrated from version 1. */
export const MAX_EXAMPLES = 6;
export const MIN_EXAMPLES = 2;

export const text = z.string().trim().min(1, 'expected a non-empty string');
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case id such as "lease-follow-up"');
/** Variants of one line; the persona picks one with the call's seeded randomness. */
export const lines = z.array(text).min(1, 'expected at least one line');
/** Phrases that show a topic came up; matched case-insensitively on word boundaries. */
export const keywords = z.array(text).min(1, 'expected at least one keyword');

/**
 * What makes an item recognisable in a rep's words: a plain sentence of what the rep would be saying, lines in the
 * rep's voice that say it in different words, and optional extra keywords. Matching reads all three.
 */
export const matchable = {
  meaning: text,
  /** At least MIN_EXAMPLES is checked beside the schema: a scenario migrated from version 1 has none yet. */
  examples: z.array(text).max(MAX_EXAMPLES, `expected at most ${MAX_EXAMPLES} examples`),
  keywords: z.array(text).min(1, 'expected at least one keyword, or leave keywords out').optional(),
};

export const crmNote = z.strictObject({
  date: text,
  note: text,
});

export const hiddenFact = z.strictObject({
  id: slug,
  /** What the customer says when it comes out. */
  text,
  /** What makes the customer say it: being asked about it, trusting the rep, or the issue being owned. */
  revealWhen: z.enum(['asked', 'trust', 'issue-owned']),
  // Its meaning and examples are the rep asking about it: a question is what reveals an 'asked' fact.
  ...matchable,
  /** For a fact that is a fault (a warning light): the customer's reply once the rep owns it, to a vague answer, and when the rep moves on. */
  ownedReply: lines.optional(),
  vagueReply: lines.optional(),
  ignoredReply: lines.optional(),
});

export const openIssue = z.strictObject({
  id: slug,
  summary: text,
  ...matchable,
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

export const referral = z.strictObject({
  /** The referral the customer gives when asked at the right moment. */
  give: lines,
  /** The reply when asked at the wrong moment. */
  decline: lines,
});

export const persona = z.strictObject({
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
export const dialogue = z.strictObject({
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
  /** Reply when the rep offers to send things a way the account's notes rule out; falls back to `knownInfoAsked`, then `nextStepVague`. */
  wrongChannel: lines.optional(),
  /** Reply to a concrete, timed step the customer has no reason, or not yet the trust, to take; falls back to `nextStepVague`. */
  stepUnconvinced: lines.optional(),
});

export const valueItem = z.strictObject({
  id: slug,
  summary: text,
  ...matchable,
  /** The customer's reaction to this item; falls back to `dialogue.valueHeard`. */
  reply: lines.optional(),
});

export const nextStep = z.strictObject({
  kind: z.enum(['appointment', 'demo', 'order', 'visit', 'callback', 'document']),
  // Its meaning and examples are the rep proposing the step.
  ...matchable,
});

export const facts = z.strictObject({
  /** Words that show the rep knows the account (names, prior commitments, dates). */
  historyKeywords: keywords,
  /** Things the rep could bring that the customer would value. */
  valueItems: z.array(valueItem),
  /** What a concrete next step for this call is about. */
  nextStep,
  /** Ids of open issues and value items that must be handled for the goal to count as reached. */
  goalRequires: z.array(slug),
  /** Whether the customer starts with a brush-off that persistence must answer. */
  startsWithNotNow: z.boolean(),
});

export const candidateLine = z.strictObject({
  text,
  quality: z.enum(['strong', 'weak', 'poor']),
});

/** Stages of a call at which guided mode offers three candidate lines. */
export const GUIDED_STAGES = ['opening', 'issue', 'value', 'not-now', 'referral', 'close', 'declined', 'voicemail'] as const;

export const guidedStage = z.strictObject({
  stage: z.enum(GUIDED_STAGES),
  /** The open issue or hidden fact (a fault the customer tells) these lines answer: offered only while it is open. */
  about: slug.optional(),
  lines: z.array(candidateLine).length(3, 'expected exactly three candidate lines'),
});

export const weight = z.number().min(0).max(10);

/** What the rep is told before dialling. */
export const briefing = z.strictObject({
  you: text,
  calling: text,
  history: z.array(crmNote).min(1, 'expected at least one CRM note'),
  openItems: z.array(text),
  goal: text,
});
