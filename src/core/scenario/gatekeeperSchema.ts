import { z } from 'zod';
import { candidateLine, lines, text } from './scenarioParts';

/**
 * A second person on the customer's line: an assistant who answers first or whom the rep can ask for (Kim, who keeps
 * Wendy's diary). Her lines are hers alone; what she does with the rep's words follows the same readings as the customer.
 */
export const gatekeeper = z
  .strictObject({
    /** Her first name, as the rep would ask for her ("Kim"). */
    name: z.string().trim().min(1, 'expected a non-empty string').max(40, 'expected a name of at most 40 characters'),
    role: text,
    /** She picks up the phone, and the rep reaches the customer only through her. */
    answersFirst: z.boolean().optional(),
    /** What she says on picking up; required when she answers first. */
    greeting: lines.optional(),
    /** The customer putting the rep through to her ("Kim runs my diary. I'll put you through."). */
    handOver: lines,
    /** She books a concrete, timed proposal: the goal's next step, agreed through her. */
    booked: lines,
    /** A proposal with no day and time she could put in the diary. */
    needsTime: lines,
    /** A pitch made to her: she will not pass it on. */
    declinesPitch: lines,
    /** Asked to put the rep through to the customer: she offers to help instead. */
    screens: lines,
    /** Pressed, pitched at twice or gone around: she ends the call without booking anything. */
    cools: lines,
    /** Anything else: she asks how she can help. */
    fallback: lines,
    goodbye: lines,
    /** Guided mode's three lines (strong, weak, poor) while she has the line. */
    guided: z.array(candidateLine).length(3, 'expected exactly three candidate lines').optional(),
  })
  .superRefine((value, context) => {
    if (value.answersFirst && !value.greeting) {
      context.addIssue({ code: 'custom', path: ['greeting'], message: 'expected greeting lines: she answers first' });
    }
    if (value.guided && new Set(value.guided.map((line) => line.quality)).size !== 3) {
      context.addIssue({ code: 'custom', path: ['guided'], message: 'expected one strong, one weak and one poor line' });
    }
  });

/** The second person on the line. */
export type Gatekeeper = z.infer<typeof gatekeeper>;
/** Which of her lists a reply draws from. */
export type GatekeeperLineKey = Exclude<keyof Gatekeeper, 'name' | 'role' | 'answersFirst' | 'guided'>;
