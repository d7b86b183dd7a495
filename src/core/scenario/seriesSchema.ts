import { z } from 'zod';
import { PRINCIPLE_IDS } from '../principles/principles';
import { briefing, crmNote, dialogue, facts, guidedStage, lines, persona, slug, text, weight } from './scenarioParts';

/** Most and fewest calls in a series. */
export const SERIES_CALLS = { min: 2, max: 4 } as const;

/**
 * The customer's own words about a promise the rep made in the last call: kept (the rep delivers it), broken (only
 * another vague promise), forgotten (the customer has to bring it up), ignored (the rep moves on after they did).
 */
export const memoryLines = z.strictObject({
  kept: lines,
  broken: lines,
  forgotten: lines,
  ignored: lines.optional(),
});

/**
 * One call of a series: what changes from the scenario's own fields. Lists and values given here replace the
 * scenario's, except `briefing.history` and `persona.history`, whose notes are added after what came before.
 */
export const seriesCallV3 = z.strictObject({
  id: slug,
  title: text,
  /** When this call happens, as the briefing shows it ("Thursday 16 April"). */
  day: text,
  /** Days since the call before; the first call has none. */
  daysLater: z.number().int().min(1, 'expected at least 1 day after the call before').max(90).optional(),
  channel: z.enum(['call', 'voicemail']).optional(),
  summary: text.optional(),
  briefing: briefing
    .extend({ history: z.array(crmNote) })
    .partial()
    .optional(),
  persona: persona.partial().optional(),
  dialogue: dialogue.partial().optional(),
  facts: facts.partial().optional(),
  principles: z.partialRecord(z.enum(PRINCIPLE_IDS), weight).optional(),
  betterLines: z.partialRecord(z.enum(PRINCIPLE_IDS), text).optional(),
  guided: z.array(guidedStage).optional(),
  /** How the customer answers the last call's promises in this call. */
  memory: memoryLines.optional(),
});

/** One call of a series (version 4): version 3 plus its own better lines for the middle of the call. */
export const seriesCall = seriesCallV3.extend({
  midCallBetterLines: z.partialRecord(z.enum(PRINCIPLE_IDS), text).optional(),
});

const callList = <T extends z.ZodType>(call: T) =>
  z
    .array(call)
    .min(SERIES_CALLS.min, `expected at least ${SERIES_CALLS.min} calls in a series`)
    .max(SERIES_CALLS.max, `expected at most ${SERIES_CALLS.max} calls in a series`);

/** A version 3 series block. */
export const seriesV3 = z.strictObject({ title: text, calls: callList(seriesCallV3) });

/** Two to four calls to the same customer, days apart; the scenario's own fields are the first call's. */
export const series = z.strictObject({ title: text, calls: callList(seriesCall) });

/** A series block. */
export type Series = z.infer<typeof series>;
/** One call of a series block. */
export type SeriesCall = z.infer<typeof seriesCall>;
/** The customer's words about last call's promises. */
export type MemoryLines = z.infer<typeof memoryLines>;
