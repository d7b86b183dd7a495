import { z } from 'zod';
import { facts, hiddenFact, keywords, nextStep, openIssue, persona, valueItem } from './scenarioParts';
import { scenarioSchemaV2 } from './scenarioSchema';

/** Version 1 matched items by keywords alone: no meaning, no examples, keywords required. */
const v1Item = { meaning: true, examples: true, keywords: true } as const;

const hiddenFactV1 = hiddenFact.omit(v1Item).extend({ keywords });
const openIssueV1 = openIssue.omit(v1Item).extend({ keywords });
const valueItemV1 = valueItem.omit(v1Item).extend({ keywords });
const nextStepV1 = nextStep.omit(v1Item).extend({ keywords });

/** The strict schema of a version 1 scenario file, kept so that such files are checked against the rules they were written to. */
export const scenarioSchemaV1 = scenarioSchemaV2.omit({ migratedFrom: true }).extend({
  schemaVersion: z.literal(1),
  persona: persona.extend({ hiddenFacts: z.array(hiddenFactV1), openIssues: z.array(openIssueV1) }),
  facts: facts.extend({ valueItems: z.array(valueItemV1), nextStep: nextStepV1 }),
});

/** A validated version 1 scenario. */
export type ScenarioV1 = z.infer<typeof scenarioSchemaV1>;
