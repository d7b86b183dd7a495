import { z } from 'zod';
import { PRINCIPLE_IDS, type PrincipleId } from '../principles/principles';
import type { Scenario } from '../scenario/scenarioSchema';

/** Most quotes kept per principle; a judge that quotes the whole call is not pointing at anything. */
export const MAX_QUOTES_PER_PRINCIPLE = 5;

const evidenceSchema = z.object({
  turn: z.number().int().min(0),
  quote: z.string().trim().min(1).max(600),
});

/** One principle as the judge must give it; unknown fields are ignored, wrong types reject the entry. */
export const judgeEntrySchema = z.object({
  id: z.enum(PRINCIPLE_IDS),
  verdict: z.enum(['met', 'missed', 'n/a']),
  score: z.number().min(0).max(100).transform(Math.round),
  reason: z.string().transform((text) => text.trim().slice(0, 400)),
  evidence: z
    .array(evidenceSchema)
    .max(20)
    .transform((list) => list.slice(0, MAX_QUOTES_PER_PRINCIPLE)),
});

/** A judge entry that passed the schema. */
export type JudgeEntry = z.infer<typeof judgeEntrySchema>;

/** The principles a scenario scores, in the order of PRINCIPLE_IDS. */
export function applicablePrinciples(scenario: Scenario): PrincipleId[] {
  return PRINCIPLE_IDS.filter((id) => scenario.principles[id] !== undefined);
}

/**
 * The JSON schema sent as the structured-output format. It only restricts what strict mode allows;
 * the zod schema above is what the answer is actually held to.
 */
export function judgeJsonSchema(scenario: Scenario): Record<string, unknown> {
  return {
    type: 'object',
    properties: {
      principles: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: { type: 'string', enum: applicablePrinciples(scenario) },
            verdict: { type: 'string', enum: ['met', 'missed', 'n/a'] },
            score: { type: 'integer', description: '0 to 100' },
            reason: { type: 'string', description: 'One sentence.' },
            evidence: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  turn: { type: 'integer', description: '0-based index of the turn quoted' },
                  quote: { type: 'string', description: 'Exact words copied from that turn' },
                },
                required: ['turn', 'quote'],
                additionalProperties: false,
              },
            },
          },
          required: ['id', 'verdict', 'score', 'reason', 'evidence'],
          additionalProperties: false,
        },
      },
    },
    required: ['principles'],
    additionalProperties: false,
  };
}
