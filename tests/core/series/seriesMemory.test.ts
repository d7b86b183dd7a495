import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../persona/personaFixtures';
import { playSeries } from './playSeries';

type Paths = { kept: string[][]; broken: string[][] };
const linesOf = (id: string): Paths => JSON.parse(readFileSync(new URL(`../../fixtures/series/${id}.json`, import.meta.url), 'utf8'));

/** The customer's words in a call, all of them, after the greeting. */
const customerWords = (turns: { speaker: string; text: string }[]) =>
  turns
    .slice(1)
    .filter((t) => t.speaker === 'customer')
    .map((t) => t.text)
    .join(' ');
const memoryOf = (id: string, call: number) => loadScenario(id).series!.calls[call]!.memory!;

describe('lease-series: the plates promised in call 1', () => {
  const scenario = loadScenario('lease-series');
  const { kept, broken } = linesOf('lease-series');

  it('writes the second briefing from the first call: the promise with its time, in the rep’s own words', async () => {
    const [first, second] = await playSeries(scenario, kept);
    const promise = "The DMV is tracing them, and I'll call you by 4 pm Thursday with a pick-up date.";
    expect(first!.memory.promises).toEqual([expect.objectContaining({ issueId: 'plates', quote: promise, timed: true })]);
    expect(second!.played.briefing.history).toContainEqual({ date: 'Monday 13 April (call 1)', note: `You told Art: “${promise}”` });
    expect(second!.played.briefing.openItems[0]).toBe(`Promised last time (Monday 13 April): “${promise}”`);
    expect(second!.played.persona.history).toContainEqual({ date: 'Monday 13 April (call 1)', note: `They promised you: “${promise}”` });
  });

  it('a promise kept unprompted builds trust: Art says so, and the call records it as kept', async () => {
    const [, second] = await playSeries(scenario, kept);
    expect(memoryOf('lease-series', 1).kept.some((line) => customerWords(second!.transcript.turns).includes(line))).toBe(true);
    expect(second!.memory.followThrough.map((f) => f.status)).toEqual(['kept']);
  });

  it('a vague promise forgotten costs it: Art brings it up in his own words', async () => {
    const [first, second] = await playSeries(scenario, broken);
    expect(first!.memory.promises).toEqual([expect.objectContaining({ issueId: 'plates', quote: 'Sure, I will check on that.', timed: false })]);
    expect(second!.played.briefing.history).toContainEqual({
      date: 'Monday 13 April (call 1)',
      note: 'You told Art: “Sure, I will check on that.” (no time given)',
    });
    expect(memoryOf('lease-series', 1).forgotten.some((line) => customerWords(second!.transcript.turns).includes(line))).toBe(true);
    expect(second!.memory.followThrough.map((f) => f.status)).toEqual(['forgotten']);
  });

  it('plays the same series the same way for the same seed and lines', async () => {
    const [a, b] = [await playSeries(scenario, broken, 7), await playSeries(scenario, broken, 7)];
    expect(a).toEqual(b);
    const other = await playSeries(scenario, broken, 8);
    expect(other.map((call) => call.memory.followThrough.map((f) => f.status))).toEqual(a.map((call) => call.memory.followThrough.map((f) => f.status)));
  });
});

describe('not-now-series: a call, a voicemail, the call when the car arrives', () => {
  const scenario = loadScenario('not-now-series');
  const { kept, broken } = linesOf('not-now-series');

  it('carries the promise through the voicemail: kept twice, Dana is warmer and says so', async () => {
    const calls = await playSeries(scenario, kept);
    expect(calls.map((call) => call.memory.followThrough.map((f) => f.status))).toEqual([[], ['kept'], ['kept']]);
    expect(calls[2]!.played.persona.patience).toBe(scenario.persona.patience + 10);
    expect(calls[2]!.played.briefing.openItems[0]).toBe(
      "Promised last time (Monday 13 April): “Call me on 555-0142, or I'll call you Thursday at 6 when it's on the lot.”",
    );
    expect(memoryOf('not-now-series', 2).kept.some((line) => customerWords(calls[2]!.transcript.turns).includes(line))).toBe(true);
  });

  it('a promise forgotten in the voicemail is still owed in the next call, and Dana asks for it', async () => {
    const calls = await playSeries(scenario, broken);
    expect(calls.map((call) => call.memory.followThrough.map((f) => f.status))).toEqual([[], ['forgotten'], ['forgotten']]);
    expect(calls[2]!.played.briefing.openItems[0]).toBe("Promised before, still not done: “Sure, I'll look into that for you.”");
    expect(calls[2]!.played.persona.patience).toBeLessThan(scenario.persona.patience);
    expect(memoryOf('not-now-series', 2).forgotten.some((line) => customerWords(calls[2]!.transcript.turns).includes(line))).toBe(true);
  });
});

describe('demo-series: Wendy, then Kim, then the confirmation', () => {
  const scenario = loadScenario('demo-series');
  const { kept, broken } = linesOf('demo-series');

  it('tells Kim what was promised to Wendy, and Kim welcomes the call that keeps it', async () => {
    const calls = await playSeries(scenario, kept);
    expect(calls[1]!.played.persona.name).toBe('Kim');
    expect(calls[1]!.played.persona.history).toContainEqual({
      date: 'Monday 13 April (call 1)',
      note: "They promised Wendy: “I'll call Kim tomorrow morning and have two dates to you by 5 pm tomorrow.”",
    });
    expect(memoryOf('demo-series', 1).kept.some((line) => customerWords(calls[1]!.transcript.turns).includes(line))).toBe(true);
    expect(calls.map((call) => call.memory.followThrough.map((f) => f.status))).toEqual([[], ['kept'], ['kept']]);
  });

  it('a promise broken with Kim reaches Wendy: she asks whether the demo is happening at all', async () => {
    const calls = await playSeries(scenario, broken);
    expect(calls[2]!.memory.followThrough.map((f) => f.status)).toEqual(['forgotten']);
    expect(memoryOf('demo-series', 2).forgotten.some((line) => customerWords(calls[2]!.transcript.turns).includes(line))).toBe(true);
  });
});
