import type { Mood, Persona } from '../persona/Persona';
import type { Channel, Difficulty } from '../scenario/scenarioSchema';
import type { EndReason, Turn } from '../transcript';
import type { RetryLink } from '../history/callRecord';

/** How good a guided line was. */
export type GuidedQuality = 'strong' | 'weak' | 'poor';

// Who plays the customer.
type PersonaKind = Persona['kind'];

/** The call in progress; saved on every change so a reload can resume it. */
export interface CallSession {
  callId: string;
  scenarioId: string;
  scenarioTitle: string;
  channel: Channel;
  seed: number;
  difficulty: Difficulty;
  goal: string;
  personaKind: PersonaKind;
  /** The trainee picked at least one guided line. */
  usedGuided: boolean;
  /** The quality of each guided line picked, by turn index; shown on the rep's bubble after the pick. */
  guidedPicks?: Record<number, GuidedQuality>;
  startedAt: string;
  /** Clock time (ms) the customer picked up; turn times count from it. */
  connectedAt?: number;
  turns: Turn[];
  mood?: Mood;
  endReason?: EndReason;
  /** The voicemail beep has sounded: the recording is on. */
  beeped: boolean;
  /** Guided or free text, when a plan forces it. */
  forcedMode?: 'guided' | 'free';
  assignmentId?: string;
  /** A retry from a line of an earlier call: that call and the line. */
  retryOf?: RetryLink;
}
