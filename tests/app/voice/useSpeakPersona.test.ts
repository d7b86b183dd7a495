import { describe, expect, it } from 'vitest';
import { pickVoice } from '../../../src/app/voice/useSpeakPersona';

const voice = (name: string, lang: string, isDefault = false) => ({ name, lang, default: isDefault }) as SpeechSynthesisVoice;

describe('useSpeakPersona', () => {
  it('prefers the default English voice, then any English one, else the browser default', () => {
    expect(pickVoice([voice('fr', 'fr-FR', true), voice('gb', 'en-GB'), voice('us', 'en-US', true)])?.name).toBe('us');
    expect(pickVoice([voice('fr', 'fr-FR', true), voice('gb', 'en-GB')])?.name).toBe('gb');
    expect(pickVoice([voice('fr', 'fr-FR', true)])).toBeUndefined();
    expect(pickVoice([])).toBeUndefined();
  });
});
