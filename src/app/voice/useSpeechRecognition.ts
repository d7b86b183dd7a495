import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Recognition } from './speechTypes';
import { recognitionConstructor } from './voiceSupport';

/** Listening for one spoken line at a time. */
export interface SpeechInput {
  /** The browser has speech recognition and it has not reported itself unusable. */
  available: boolean;
  listening: boolean;
  /** Words heard so far in the current line. */
  interim: string;
  /** Plain-words trouble to show (no speech heard, microphone refused, service unavailable). */
  problem: string;
  start(): void;
  stop(): void;
}

/** Errors after which recognition cannot work in this browser session, so the control is hidden. */
const FATAL = new Set(['network', 'service-not-allowed', 'language-not-supported', 'audio-capture', 'bad-grammar']);

/** What to tell the trainee for a recognition error code. */
export function problemFor(code: string): string {
  if (code === 'no-speech') return 'No speech was heard. Press the microphone and try again.';
  if (code === 'aborted') return '';
  if (code === 'not-allowed') return 'The microphone is blocked for this page. Allow it in the browser, or type your line.';
  if (FATAL.has(code)) return 'Speech input is not available in this browser right now. Type your line instead.';
  return 'Speech input stopped unexpectedly. Try again or type your line.';
}

function joinResults(event: { results: { length: number; [i: number]: { isFinal: boolean; 0?: { transcript: string } } } }) {
  let final = '';
  let interim = '';
  for (let i = 0; i < event.results.length; i++) {
    const result = event.results[i]!;
    const text = result[0]?.transcript ?? '';
    if (result.isFinal) final += text;
    else interim += text;
  }
  return { final, interim };
}

/** Speech recognition for the trainee's line; `onText` gets the final words once the trainee stops speaking. */
export function useSpeechRecognition(onText: (text: string) => void, lang = 'en-US'): SpeechInput {
  const [available, setAvailable] = useState(() => Boolean(recognitionConstructor()));
  const [listening, setListening] = useState(false);
  const [interim, setInterim] = useState('');
  const [problem, setProblem] = useState('');
  const recognition = useRef<Recognition | null>(null);
  const onTextRef = useRef(onText);
  // Recognition ends after a render has committed, so the latest committed callback is the one to call.
  useLayoutEffect(() => {
    onTextRef.current = onText;
  });

  const stop = useCallback(() => recognition.current?.stop(), []);

  const start = useCallback(() => {
    const Constructor = recognitionConstructor();
    if (!Constructor || recognition.current) return;
    let r: Recognition;
    try {
      r = new Constructor();
    } catch {
      setAvailable(false);
      setProblem(problemFor('service-not-allowed'));
      return;
    }
    let final = '';
    r.lang = lang;
    r.continuous = false;
    r.interimResults = true;
    r.maxAlternatives = 1;
    r.onresult = (event) => {
      const heard = joinResults(event);
      final = heard.final;
      setInterim(heard.final + heard.interim);
    };
    r.onerror = (event) => {
      setProblem(problemFor(event.error));
      if (FATAL.has(event.error)) setAvailable(false);
    };
    r.onend = () => {
      recognition.current = null;
      setListening(false);
      setInterim('');
      const text = final.trim();
      if (text) onTextRef.current(text);
    };
    recognition.current = r;
    setProblem('');
    setInterim('');
    try {
      r.start();
      setListening(true);
    } catch {
      recognition.current = null;
      setProblem(problemFor('unknown'));
    }
  }, [lang]);

  useEffect(
    () => () => {
      const r = recognition.current;
      if (!r) return;
      // Unmounting mid-line: drop the handlers so nothing is sent after the call screen is gone.
      r.onresult = r.onerror = r.onend = null;
      recognition.current = null;
      r.abort();
    },
    [],
  );

  return { available, listening, interim, problem, start, stop };
}
