import { describe, expect, it } from 'vitest';
import { problemFor } from '../../../src/app/voice/useSpeechRecognition';

describe('useSpeechRecognition', () => {
  it('explains each recognition error in plain words, and stays quiet when the trainee stopped it', () => {
    expect(problemFor('no-speech')).toMatch(/No speech was heard/);
    expect(problemFor('not-allowed')).toMatch(/microphone is blocked/);
    expect(problemFor('network')).toMatch(/not available in this browser right now/);
    expect(problemFor('audio-capture')).toMatch(/not available/);
    expect(problemFor('aborted')).toBe('');
    expect(problemFor('something-new')).toMatch(/stopped unexpectedly/);
  });
});
