import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playedSeriesCall } from '../../src/core/series/playedSeriesCall';
import { buildPersonaPrompt } from '../../src/llm/personaPrompt';
import { loadScenario } from '../core/persona/personaFixtures';
import { playSeries } from '../core/series/playSeries';

const scenario = loadScenario('lease-series');
const memoryOf = (call: number) => scenario.series!.calls[call]!.memory!;
const { kept } = JSON.parse(readFileSync(new URL('../fixtures/series/lease-series.json', import.meta.url), 'utf8')) as { kept: string[][] };

describe('the persona prompt of a series call', () => {
  it('tells a model customer the same memory through its prompt', async () => {
    const [first] = await playSeries(scenario, kept);
    const prompt = buildPersonaPrompt(playedSeriesCall(scenario, 1, [first!.memory]), 'medium');
    expect(prompt).toContain("They promised you: “The DMV is tracing them, and I'll call you by 4 pm Thursday with a pick-up date.”");
    expect(prompt).toContain(memoryOf(1).kept[0]);
    expect(prompt).toContain(memoryOf(1).forgotten[0]);
  });
});
