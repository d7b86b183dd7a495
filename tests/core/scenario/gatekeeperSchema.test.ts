import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseScenarioText } from '../../../src/core/scenario/parseScenarioText';
import { formatValidationError } from '../../../src/core/scenario/validationError';

const v2Text = readFileSync(new URL('../../fixtures/scenarios/minimal.yaml', import.meta.url), 'utf8');

const GATEKEEPER = {
  name: 'Sam',
  role: "Pat's assistant",
  handOver: ['Sam does my diary. Putting you through.'],
  booked: ["That's in the diary."],
  needsTime: ['What day and time?'],
  declinesPitch: ["I don't pass on pitches."],
  screens: ["Pat's busy. Can I help?"],
  cools: ["I can't help with that. Goodbye."],
  fallback: ['How can I help?'],
  goodbye: ['Bye.'],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the parsed file in any way they like, so its shape is not typed
function withGatekeeper(change: (data: any) => void = () => {}, version = 3): string {
  const data = parse(v2Text);
  data.schemaVersion = version;
  data.gatekeeper = structuredClone(GATEKEEPER);
  change(data);
  return stringify(data);
}

function messages(text: string): string[] {
  const result = parseScenarioText(text);
  return result.ok ? [] : result.errors.map(formatValidationError);
}

describe('a scenario with a second person on the line', () => {
  it('loads with the assistant, who does not answer first unless the file says so', () => {
    const result = parseScenarioText(withGatekeeper());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.gatekeeper?.name).toBe('Sam');
      expect(result.value.gatekeeper?.answersFirst).toBeUndefined();
    }
  });

  it('loads a file without one unchanged, with no assistant', () => {
    const result = parseScenarioText(v2Text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.gatekeeper).toBeUndefined();
  });

  it('names an unknown key inside the block by its path', () => {
    expect(messages(withGatekeeper((data) => (data.gatekeeper.mood = 'cheerful')))).toContain('At gatekeeper.mood: unknown key');
  });

  it('names every missing line list by its path, all at once', () => {
    const found = messages(
      withGatekeeper((data) => {
        delete data.gatekeeper.booked;
        data.gatekeeper.cools = [];
      }),
    );
    expect(found.some((message) => message.startsWith('At gatekeeper.booked:'))).toBe(true);
    expect(found).toContain('At gatekeeper.cools: expected at least one line');
  });

  it('asks for greeting lines when the assistant answers first', () => {
    expect(messages(withGatekeeper((data) => (data.gatekeeper.answersFirst = true)))).toContain(
      'At gatekeeper.greeting: expected greeting lines: she answers first',
    );
    expect(messages(withGatekeeper((data) => Object.assign(data.gatekeeper, { answersFirst: true, greeting: ['Sam speaking.'] })))).toEqual([]);
  });

  it('wants her guided lines to be one strong, one weak and one poor', () => {
    const guided = (qualities: string[]) => qualities.map((quality, i) => ({ text: `Line ${i}`, quality }));
    expect(messages(withGatekeeper((data) => (data.gatekeeper.guided = guided(['strong', 'weak', 'poor']))))).toEqual([]);
    expect(messages(withGatekeeper((data) => (data.gatekeeper.guided = guided(['strong', 'strong', 'poor']))))).toContain(
      'At gatekeeper.guided: expected one strong, one weak and one poor line',
    );
    expect(messages(withGatekeeper((data) => (data.gatekeeper.guided = guided(['strong']))))).toContain(
      'At gatekeeper.guided: expected exactly three candidate lines',
    );
  });

  it('refuses an assistant on a voicemail, and one with the customer’s own name', () => {
    expect(messages(withGatekeeper((data) => (data.channel = 'voicemail')))).toContain(
      'At gatekeeper: a voicemail has nobody on the line: leave gatekeeper out',
    );
    const customer = parse(v2Text).persona.name.split(' ')[0];
    expect(messages(withGatekeeper((data) => (data.gatekeeper.name = customer))).some((m) => m.startsWith('At gatekeeper.name:'))).toBe(true);
  });

  it('tells a version 2 file that the block is a version 3 field', () => {
    expect(messages(withGatekeeper(() => {}, 2))).toContain(
      'At gatekeeper: unknown key in a version 2 file; "gatekeeper" is a version 3 field: set schemaVersion: 3 to use it',
    );
  });
});
