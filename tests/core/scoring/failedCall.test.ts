import { describe, expect, it } from 'vitest';
import { analyzeCall } from '../../../src/core/scoring/analyzeCall';
import { failedCall, HUNG_UP_CAP } from '../../../src/core/scoring/failedCall';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { loadShippedScenarios } from './loadLabelledCalls';
import { callFromLines } from './callFromLines';

const dana = loadShippedScenarios().find((s) => s.id === 'not-now-shopper')!;
const news = 'Hi Dana, Alex at Harbour Motors. The Aria in Pearl Blue you drove has come in, and the 1.9% finance you liked runs to the end of April.';
const read = (lines: string[]) => failedCall(analyzeCall(dana, callFromLines(dana.id, lines)));

describe('failedCall', () => {
  it('fails a call where the rep presses for money on the call after the customer turned it down', () => {
    const lines = [
      'Hello?',
      news,
      'Oh nice. I’m not ready though.',
      'Put a deposit down on your card now and it’s yours.',
      'No, not over the phone.',
      'Come on Dana, it’ll be gone by tonight, just read me the card number.',
    ];
    expect(read(lines)).toBe('pressed-past-no');
    expect(scoreTranscript(dana, callFromLines(dana.id, lines)).overall).toBeLessThanOrEqual(HUNG_UP_CAP);
  });

  it('does not fail a call that meets a no with a reason and a time instead of pressure', () => {
    const lines = [
      'Hello?',
      news,
      'No, not today, I’m not ready.',
      'Fair enough. Could you pop in Saturday morning, say ten, just to see the colour in daylight?',
      'OK, ten’s fine.',
    ];
    expect(read(lines)).toBeUndefined();
  });

  it('does not count pressure before any no as pressing past one', () => {
    const lines = ['Hello?', `${news} It won’t be here past tonight, mind.`, 'OK, I’ll come Saturday at ten.'];
    expect(read(lines)).toBeUndefined();
  });

  it('calls a call the customer hung up on a hang-up first', () => {
    const lines = ['Hello?', news, 'No. Not interested.', 'Come on, sign today or it’s gone.', 'I said no. Goodbye.'];
    expect(read(lines)).toBe('hung-up');
  });
});
