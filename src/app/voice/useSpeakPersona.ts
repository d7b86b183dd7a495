import { useCallback, useEffect, useRef, useState } from 'react';
import { voiceSupport } from './voiceSupport';

/** Speaking the customer's lines aloud. */
export interface SpeakPersona {
  supported: boolean;
  speaking: boolean;
  /** Speaks a line, cutting off whatever was still being said. */
  speak(text: string): void;
  cancel(): void;
}

/** An English voice if the browser has one; otherwise the browser's default. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang = 'en'): SpeechSynthesisVoice | undefined {
  return voices.find((v) => v.lang.toLowerCase().startsWith(lang) && v.default) ?? voices.find((v) => v.lang.toLowerCase().startsWith(lang));
}

/** Speech synthesis for the persona; does nothing where unsupported, and stops speaking on unmount. */
export function useSpeakPersona(lang = 'en'): SpeakPersona {
  const supported = voiceSupport().speak;
  const [speaking, setSpeaking] = useState(false);
  const current = useRef<SpeechSynthesisUtterance | null>(null);

  const cancel = useCallback(() => {
    if (!supported) return;
    current.current = null;
    try {
      window.speechSynthesis.cancel();
    } catch {
      // Nothing to stop if the engine is broken.
    }
    setSpeaking(false);
  }, [supported]);

  const speak = useCallback(
    (text: string) => {
      if (!supported || text.trim() === '') return;
      // Speech engines can throw (no voices, a broken platform service): the call must go on silently.
      try {
        const synth = window.speechSynthesis;
        synth.cancel();
        const utterance = new window.SpeechSynthesisUtterance(text);
        const voice = pickVoice(synth.getVoices(), lang);
        if (voice) utterance.voice = voice;
        utterance.lang = voice?.lang ?? 'en-US';
        // Only the latest utterance may change the state: a cancelled one ends after its successor starts.
        const done = () => {
          if (current.current === utterance) {
            current.current = null;
            setSpeaking(false);
          }
        };
        utterance.onend = done;
        utterance.onerror = done;
        current.current = utterance;
        setSpeaking(true);
        synth.speak(utterance);
      } catch {
        current.current = null;
        setSpeaking(false);
      }
    },
    [supported, lang],
  );

  useEffect(
    () => () => {
      if (!supported || !current.current) return;
      try {
        window.speechSynthesis.cancel();
      } catch {
        // Unmounting anyway.
      }
    },
    [supported],
  );

  return { supported, speaking, speak, cancel };
}
