import type { EndReason, Turn } from '../transcript';

/** How the customer feels right now, 0 to 100 each; drives the patience meter. */
export interface Mood {
  patience: number;
  trust: number;
}

/** The customer's next turn, or the end of the call. */
export interface PersonaTurn {
  /** What the customer says; may be empty when the call simply ends. */
  text: string;
  /** Set when the call ends with this turn. */
  end?: EndReason;
  mood?: Mood;
  /** Said by the second person on the line (the assistant), not the customer. */
  party?: 'gatekeeper';
}

/** A model persona waits before asking its model again: why, for how long, and which try comes next. */
export interface PersonaWait {
  /** A few plain words: "The model is busy (too many requests)". */
  reason: string;
  retryInMs: number;
  attempt: number;
  attempts: number;
}

/** Options for one reply: cancellation, streaming of partial text and word of waits. */
export interface RespondOptions {
  signal?: AbortSignal;
  /** Called with the text so far as it arrives (model personas stream; scripted ones call it once). */
  onText?: (textSoFar: string) => void;
  /** Called when a model persona waits to ask its model again (scripted ones never wait). */
  onWaiting?: (wait: PersonaWait) => void;
}

/** A customer: scripted or played by a model, both behind this one interface. */
export interface Persona {
  readonly kind: 'scripted' | 'llm';
  /** What the customer says on picking up, or the voicemail greeting. */
  open(options?: RespondOptions): Promise<PersonaTurn>;
  /** The customer's reply to the transcript so far, whose last turn is the rep's. */
  respond(turns: readonly Turn[], options?: RespondOptions): Promise<PersonaTurn>;
}
