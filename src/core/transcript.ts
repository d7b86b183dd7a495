import { z } from 'zod';

/** Who said a turn. */
export type Speaker = 'rep' | 'customer';

/** One turn of a call. */
export interface Turn {
  speaker: Speaker;
  text: string;
  /** Milliseconds since the call started. */
  at?: number;
  /** The rep's text was cut to the maximum turn length. */
  cut?: boolean;
  /** A model reply that was cut off mid-stream and kept as it was. */
  partial?: boolean;
  /**
   * On the customer's side, said by the scenario's second person on the line (the assistant), not the customer. Absent
   * for the customer and in every call saved before there was a second person.
   */
  party?: 'gatekeeper';
}

/** Why a call ended. */
export type EndReason = 'hung-up' | 'goal-reached' | 'voicemail-recorded' | 'rep-ended' | 'turn-limit';

/** A call as exchanged between tools: the interchange format documented in the README. */
export interface Transcript {
  scenarioId: string;
  channel: 'call' | 'voicemail';
  turns: Turn[];
  seed?: number;
  difficulty?: 'easy' | 'medium' | 'hard';
  /** The goal the trainee wrote before dialling. */
  goal?: string;
  endReason?: EndReason;
}

const turnSchema = z.looseObject({
  speaker: z.enum(['rep', 'customer']),
  text: z.string(),
  at: z.number().nonnegative().optional(),
  cut: z.boolean().optional(),
  partial: z.boolean().optional(),
  party: z.literal('gatekeeper').optional(),
});

/** Transcripts are exchanged between tools, so extra fields are tolerated rather than rejected. */
export const transcriptSchema = z.looseObject({
  scenarioId: z.string().min(1),
  channel: z.enum(['call', 'voicemail']),
  turns: z.array(turnSchema),
  seed: z.number().int().optional(),
  difficulty: z.enum(['easy', 'medium', 'hard']).optional(),
  goal: z.string().optional(),
  endReason: z.enum(['hung-up', 'goal-reached', 'voicemail-recorded', 'rep-ended', 'turn-limit']).optional(),
});
