// The DOM typings ship no SpeechRecognition (Chromium only has it prefixed), so the slice we use is typed here.

/** One recognised alternative. */
export interface RecognitionAlternative {
  transcript: string;
}

/** One result: its alternatives and whether it is final. */
export interface RecognitionResult {
  readonly isFinal: boolean;
  readonly length: number;
  [index: number]: RecognitionAlternative;
}

/** The `result` event. */
export interface RecognitionResultEvent {
  readonly resultIndex: number;
  readonly results: { readonly length: number; [index: number]: RecognitionResult };
}

/** The `error` event; `error` is a code such as "no-speech" or "not-allowed". */
export interface RecognitionErrorEvent {
  readonly error: string;
}

/** The part of SpeechRecognition the mic button drives. */
export interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  maxAlternatives: number;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onerror: ((event: RecognitionErrorEvent) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

/** A SpeechRecognition constructor, prefixed or not. */
export type RecognitionConstructor = new () => Recognition;
