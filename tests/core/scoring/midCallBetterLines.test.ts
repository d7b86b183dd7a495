import { describe, expect, it } from 'vitest';
import { opensCall } from '../../../src/core/language/opensCall';
import { seriesCallScenario } from '../../../src/core/scenario/seriesCallScenario';
import type { Scenario } from '../../../src/core/scenario/scenarioSchema';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import type { Transcript, Turn } from '../../../src/core/transcript';
import { loadScenario, SCENARIO_IDS, SERIES_IDS } from '../persona/personaFixtures';

/** Every shipped call (each call of a series as played) that scores a principle, voicemails left out: they are one message. */
function callsScoring(principle: 'purpose-first' | 'respect-time'): Scenario[] {
  const singles = SCENARIO_IDS.map(loadScenario);
  const series = SERIES_IDS.map(loadScenario).flatMap((s) => s.series!.calls.map((_, i) => seriesCallScenario(s, i)));
  return [...singles, ...series].filter((s) => s.channel === 'call' && s.principles[principle] !== undefined);
}

function call(scenario: Scenario, lines: string[]): Transcript {
  const turns: Turn[] = [{ speaker: 'customer', text: scenario.persona.greeting[0]! }];
  lines.forEach((text, i) => {
    turns.push({ speaker: 'rep', text });
    if (i < lines.length - 1) turns.push({ speaker: 'customer', text: 'Hello. Go on.' });
  });
  return { scenarioId: scenario.id, channel: 'call', turns };
}

const mistakeOf = (scenario: Scenario, lines: string[], principle: string) =>
  scoreTranscript(scenario, call(scenario, lines)).mistakes.find((m) => m.principle === principle);

describe('the “try instead” line of a mistake after the rep’s first line', () => {
  it('is the scenario’s mid-call line for purpose-first, in every shipped call that scores it', () => {
    const calls = callsScoring('purpose-first');
    expect(calls.length).toBeGreaterThanOrEqual(12);
    for (const scenario of calls) {
      // A hello with no reason, then filler: the second line is the mistake.
      const mistake = mistakeOf(scenario, ['Hi, good to speak to you.', 'Just checking in to see how everything is going.'], 'purpose-first');
      expect(mistake?.turn, scenario.id).toBe(3);
      expect(mistake?.betterLine, scenario.id).toBe(scenario.midCallBetterLines?.['purpose-first']);
      expect(opensCall(mistake!.betterLine), scenario.id).toBe(false);
    }
  });

  it('is the scenario’s mid-call line for respect-time, in every shipped call that scores it', () => {
    const calls = callsScoring('respect-time');
    expect(calls.length).toBeGreaterThanOrEqual(12);
    for (const scenario of calls) {
      // The same question again after it was answered: the repeat is the mistake.
      const again = 'Is there anything else at all I can help you with today?';
      const mistake = mistakeOf(scenario, ['Hi, good to speak to you.', again, again], 'respect-time');
      expect(mistake?.turn, scenario.id).toBe(5);
      expect(mistake?.betterLine, scenario.id).toBe(scenario.midCallBetterLines?.['respect-time']);
      expect(opensCall(mistake!.betterLine), scenario.id).toBe(false);
    }
  });

  it('is still the opener on the rep’s first line', () => {
    for (const scenario of callsScoring('purpose-first')) {
      const mistake = mistakeOf(scenario, ['Hi, just checking in to see how everything is going.'], 'purpose-first');
      expect(mistake?.turn, scenario.id).toBe(1);
      expect(mistake?.betterLine, scenario.id).toBe(scenario.betterLines['purpose-first']);
    }
    const wendy = loadScenario('busy-executive');
    const rushed = mistakeOf(wendy, ['Hi Wendy, how are things? Just checking in.'], 'respect-time');
    expect(rushed).toMatchObject({ turn: 1, betterLine: wendy.betterLines['respect-time'] });
  });

  it('never introduces the rep again for a scenario written before mid-call lines: a line without a greeting, or none', () => {
    const { midCallBetterLines: _lines, ...lease } = loadScenario('lease-follow-up');
    const old: Scenario = { ...lease };
    const purpose = mistakeOf(old, ['Hi, good to speak to you.', 'Just checking in to see how everything is going.'], 'purpose-first');
    // Both the scenario's opener and the principle's example say hello: no line is better than a second introduction.
    expect(purpose?.betterLine).toBe('');
    const again = 'Is there anything else at all I can help you with today?';
    const time = mistakeOf(old, ['Hi, good to speak to you.', again, again], 'respect-time');
    expect(time?.betterLine).toBe(old.betterLines['respect-time']);
    expect(opensCall(time!.betterLine)).toBe(false);
  });
});
