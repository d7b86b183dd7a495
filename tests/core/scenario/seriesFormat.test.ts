import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseScenarioText } from '../../../src/core/scenario/parseScenarioText';
import { seriesCallScenario } from '../../../src/core/scenario/seriesCallScenario';
import { formatValidationError } from '../../../src/core/scenario/validationError';

const v2Text = readFileSync(new URL('../../fixtures/scenarios/minimal.yaml', import.meta.url), 'utf8');

const SERIES = {
  title: 'Pat and the flour',
  calls: [
    { id: 'first', title: 'The late flour', day: 'Monday 5 October' },
    {
      id: 'follow-up',
      title: 'The call you promised',
      day: 'Thursday 8 October',
      daysLater: 3,
      channel: 'voicemail',
      briefing: { goal: 'Leave Pat the delivery date you promised.', history: [{ date: 'Wednesday', note: 'The flour left the warehouse.' }] },
      persona: { greeting: ["Hi, you've reached Pat. Leave a message."], patience: 50 },
      memory: { kept: ['Good, you called when you said.'], broken: ['Still no date?'], forgotten: ['You said you would call me with a date.'] },
    },
  ],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the parsed file in any way they like, so its shape is not typed
function v3(change: (data: any) => void = () => {}): string {
  const data = parse(v2Text);
  data.schemaVersion = 3;
  data.series = structuredClone(SERIES);
  change(data);
  return stringify(data);
}

function messages(text: string): string[] {
  const result = parseScenarioText(text);
  return result.ok ? [] : result.errors.map(formatValidationError);
}

describe('a version 3 scenario with a series', () => {
  it('validates with two to four calls, each with its own day and channel', () => {
    const result = parseScenarioText(v3());
    expect(result.ok ? [] : result.errors.map(formatValidationError)).toEqual([]);
    if (!result.ok) return;
    expect(result.value.series?.calls.map((call) => call.channel ?? result.value.channel)).toEqual(['call', 'voicemail']);
  });

  it('reads a version 2 file unchanged but for its version, through migrateScenarioV2toV3', () => {
    const v2 = parseScenarioText(v2Text);
    const same = parseScenarioText(v3((d) => delete d.series));
    expect(v2.ok && same.ok).toBe(true);
    if (!v2.ok || !same.ok) return;
    expect(v2.value).toEqual(same.value);
    expect(v2.value.series).toBeUndefined();
  });

  it('tells a version 2 file that a series needs version 3', () => {
    expect(messages(v3((d) => (d.schemaVersion = 2)))).toEqual([
      'At series: unknown key in a version 2 file; "series" is a version 3 field: set schemaVersion: 3 to use it',
    ]);
  });

  it('rejects too few or too many calls, and unknown keys inside a call, with their paths', () => {
    expect(messages(v3((d) => d.series.calls.pop()))).toEqual(['At series.calls: expected at least 2 calls in a series']);
    expect(messages(v3((d) => d.series.calls.push(...[1, 2, 3].map((n) => ({ ...d.series.calls[1], id: `call-${n}` })))))).toEqual([
      'At series.calls: expected at most 4 calls in a series',
    ]);
    expect(messages(v3((d) => (d.series.calls[1].persona.mood = 'cross')))).toEqual(['At series.calls.1.persona.mood: unknown key']);
    expect(messages(v3((d) => (d.series.calls[1].memory.kept = [])))).toEqual(['At series.calls.1.memory.kept: expected at least one line']);
  });

  it('wants unique call ids and days between calls', () => {
    expect(
      messages(
        v3((d) => {
          d.series.calls[1].id = 'first';
          d.series.calls[0].daysLater = 2;
          delete d.series.calls[1].daysLater;
        }),
      ),
    ).toEqual([
      'At series.calls.0.daysLater: the first call has no call before it: leave daysLater out',
      'At series.calls.1.id: duplicate call id "first" (first used at series.calls.0.id)',
      'At series.calls.1.daysLater: missing (expected the number of days since the call before)',
    ]);
  });

  it('checks every call as it will be played, naming the call', () => {
    expect(messages(v3((d) => (d.series.calls[1].facts = { goalRequires: ['late-sugar'] })))).toEqual([
      'At series.calls.1: as played, facts.goalRequires.0: "late-sugar" is not the id of an open issue or value item in this scenario',
    ]);
  });
});

describe('seriesCallScenario', () => {
  it("plays a call as the scenario's fields with the call's changes on top and every history note so far", () => {
    const result = parseScenarioText(v3());
    if (!result.ok) throw new Error('fixture');
    const second = seriesCallScenario(result.value, 1);
    expect(second).toMatchObject({ id: 'minimal-call/follow-up', title: 'Pat and the flour · The call you promised', channel: 'voicemail' });
    expect(second.series).toBeUndefined();
    expect(second.briefing.goal).toBe('Leave Pat the delivery date you promised.');
    expect(second.briefing.history.map((note) => note.date)).toEqual(['2026-10-01', 'Wednesday']);
    expect(second.persona).toMatchObject({ name: 'Pat', patience: 50, greeting: ["Hi, you've reached Pat. Leave a message."] });
    expect(seriesCallScenario(result.value, 0)).toMatchObject({ id: 'minimal-call/first', channel: 'call', briefing: { goal: result.value.briefing.goal } });
  });
});
