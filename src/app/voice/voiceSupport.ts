import type { RecognitionConstructor } from './speechTypes';

/** What the browser offers: speaking the customer's lines, and hearing the trainee's. */
export interface VoiceSupport {
  speak: boolean;
  listen: boolean;
}

type SpeechWindow = Partial<{
  speechSynthesis: SpeechSynthesis;
  SpeechSynthesisUtterance: typeof SpeechSynthesisUtterance;
  SpeechRecognition: RecognitionConstructor;
  webkitSpeechRecognition: RecognitionConstructor;
}>;

function speechWindow(): SpeechWindow {
  return typeof window === 'undefined' ? {} : (window as unknown as SpeechWindow);
}

/** The speech recognition constructor, standard or webkit-prefixed, if any. */
export function recognitionConstructor(): RecognitionConstructor | undefined {
  const w = speechWindow();
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

/** Which voice features this browser has. */
export function voiceSupport(): VoiceSupport {
  const w = speechWindow();
  return { speak: Boolean(w.speechSynthesis && w.SpeechSynthesisUtterance), listen: Boolean(recognitionConstructor()) };
}

/** True when the browser can speak or listen; the settings screen hides the voice toggle otherwise. */
export function voiceSupported(): boolean {
  const { speak, listen } = voiceSupport();
  return speak || listen;
}
