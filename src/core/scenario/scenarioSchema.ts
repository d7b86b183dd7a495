import { z } from 'zod';
import { PRINCIPLE_IDS } from '../principles/principles';
import { briefing, dialogue, facts, GUIDED_STAGES, guidedStage, persona, slug, text, weight } from './scenarioParts';
import { series, seriesV3 } from './seriesSchema';
import { gatekeeper } from './gatekeeperSchema';

export { facts, GUIDED_STAGES, hiddenFact, keywords, MAX_EXAMPLES, MIN_EXAMPLES, nextStep, openIssue, persona, valueItem } from './scenarioParts';

/**
 * The scenario file format version this build writes and reads; version 1 files are read through migrateScenarioV1toV2,
 * version 2 files through migrateScenarioV2toV3 and version 3 files through migrateScenarioV3toV4.
 */
export const SCENARIO_SCHEMA_VERSION = 4;

/** The strict schema of a version 2 scenario file: unknown keys are rejected everywhere. */
export const scenarioSchemaV2 = z.strictObject({
  schemaVersion: z.literal(2),
  /** Set by migrateScenarioV1toV2: the items have a meaning but no examples yet. */
  migratedFrom: z.literal(1).optional(),
  id: slug,
  title: text,
  summary: text,
  difficulty: z.enum(['easy', 'medium', 'hard']),
  channel: z.enum(['call', 'voicemail']),
  briefing,
  persona,
  dialogue,
  /** The principles that apply to this scenario and their weights; the rest are n/a. */
  principles: z.partialRecord(z.enum(PRINCIPLE_IDS), weight),
  facts,
  /** A better line per principle, used in commentary when that principle is missed. */
  betterLines: z.partialRecord(z.enum(PRINCIPLE_IDS), text),
  guided: z.array(guidedStage),
});

/** The strict schema of a version 3 scenario file: version 2 plus an optional series of calls to the same customer and an optional second person on the line. */
export const scenarioSchemaV3 = scenarioSchemaV2.extend({
  schemaVersion: z.literal(3),
  /** Two to four calls to the same customer, days apart; absent for a single call. */
  series: seriesV3.optional(),
  /** A second person on the customer's line (an assistant who answers first or whom the rep can ask for); absent for one. */
  gatekeeper: gatekeeper.optional(),
});

/** Better lines for a mistake made after the rep's first line: no greeting, no introduction, since the call is under way. */
export const midCallBetterLines = z.partialRecord(z.enum(PRINCIPLE_IDS), text);

/** The strict schema of a scenario file (version 4): version 3 plus optional better lines that fit the middle of a call. */
export const scenarioSchema = scenarioSchemaV3.extend({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  series: series.optional(),
  /** A better line per principle for a mistake after the rep's first line; `betterLines` are for the opening. */
  midCallBetterLines: midCallBetterLines.optional(),
});

/** A validated version 2 scenario. */
export type ScenarioV2 = z.infer<typeof scenarioSchemaV2>;
/** A validated version 3 scenario. */
export type ScenarioV3 = z.infer<typeof scenarioSchemaV3>;
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
/** A fact the customer keeps back until asked or trusted. */
export type HiddenFact = Scenario['persona']['hiddenFacts'][number];
/** The next step a call should end with. */
export type NextStep = Scenario['facts']['nextStep'];
/** Anything a rep's words are matched against: an issue, a value item, a hidden fact, the next step. */
export type MatchableItem = Pick<ValueItem, 'meaning' | 'examples' | 'keywords'>;
