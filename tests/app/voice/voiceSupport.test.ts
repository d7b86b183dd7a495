// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { voiceSupport, voiceSupported } from '../../../src/app/voice/voiceSupport';
import { installRecognition, installSynthesis, removeSpeechApis } from './speechMocks';

afterEach(removeSpeechApis);

describe('voiceSupport', () => {
  it('reports nothing in a browser without speech APIs', () => {
    removeSpeechApis();
    expect(voiceSupport()).toEqual({ speak: false, listen: false });
    expect(voiceSupported()).toBe(false);
  });

  it('finds speech synthesis and the webkit-prefixed recogniser', () => {
    installSynthesis();
    installRecognition();
    expect(voiceSupport()).toEqual({ speak: true, listen: true });
    expect(voiceSupported()).toBe(true);
  });

  it('counts a browser that can only speak as supported', () => {
    installSynthesis();
    expect(voiceSupport()).toEqual({ speak: true, listen: false });
    expect(voiceSupported()).toBe(true);
  });
});
