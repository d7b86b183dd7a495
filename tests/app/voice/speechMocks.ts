import { vi } from 'vitest';
import type { Recognition, RecognitionErrorEvent, RecognitionResultEvent } from '../../../src/app/voice/speechTypes';

/** A fake utterance that records what it was asked to say. */
export class FakeUtterance {
  voice: unknown = null;
  lang = '';
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}

/** Installs a fake speechSynthesis; returns it so tests can inspect speak/cancel calls. */
export function installSynthesis(voices: { lang: string; default: boolean; name: string }[] = [{ lang: 'en-US', default: true, name: 'Test voice' }]) {
  const synth = { speak: vi.fn(), cancel: vi.fn(), getVoices: vi.fn(() => voices) };
  Object.assign(window, { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
  return synth;
}

/** A fake recogniser the test drives by hand. */
export class FakeRecognition implements Recognition {
  static instances: FakeRecognition[] = [];
  lang = '';
  continuous = true;
  interimResults = false;
  maxAlternatives = 5;
  onresult: ((event: RecognitionResultEvent) => void) | null = null;
  onerror: ((event: RecognitionErrorEvent) => void) | null = null;
  onend: (() => void) | null = null;
  start = vi.fn();
  stop = vi.fn(() => this.onend?.());
  abort = vi.fn();
  constructor() {
    FakeRecognition.instances.push(this);
  }
  /** Delivers heard words; `final` marks the last result as final. */
  hear(text: string, final: boolean) {
    const result = Object.assign([{ transcript: text }], { isFinal: final });
    this.onresult?.({ resultIndex: 0, results: Object.assign([result], {}) });
  }
  fail(error: string) {
    this.onerror?.({ error });
    this.onend?.();
  }
}

/** Installs the webkit-prefixed recogniser, as Chromium has it. */
export function installRecognition() {
  FakeRecognition.instances = [];
  Object.assign(window, { webkitSpeechRecognition: FakeRecognition });
}

/** Removes every speech API, as in a browser without them. */
export function removeSpeechApis() {
  for (const key of ['speechSynthesis', 'SpeechSynthesisUtterance', 'SpeechRecognition', 'webkitSpeechRecognition']) {
    delete (window as unknown as Record<string, unknown>)[key];
  }
}
