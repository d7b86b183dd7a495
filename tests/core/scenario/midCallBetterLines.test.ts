import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseScenarioText } from '../../../src/core/scenario/parseScenarioText';
import { formatValidationError } from '../../../src/core/scenario/validationError';

const v2Text = readFileSync(new URL('../../fixtures/scenarios/minimal.yaml', import.meta.url), 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests change the parsed file in any way they like, so its shape is not typed
function variant(change: (data: any) => void): string {
  const data = parse(v2Text);
  change(data);
  return stringify(data);
}

function messages(text: string): string[] {
  const result = parseScenarioText(text);
  return result.ok ? [] : result.errors.map(formatValidationError);
}

const MID_CALL = { 'purpose-first': 'The reason I’m calling: your flour arrives Thursday by 9.' };

describe('mid-call better lines in a scenario file', () => {
  it('reads them in a version 4 file', () => {
    const result = parseScenarioText(
      variant((d) => {
        d.schemaVersion = 4;
        d.midCallBetterLines = MID_CALL;
      }),
    );
    expect(result.ok && result.value.midCallBetterLines).toEqual(MID_CALL);
  });

  it('reads a version 3 file without them as version 4, through migrateScenarioV3toV4', () => {
    const result = parseScenarioText(variant((d) => (d.schemaVersion = 3)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.schemaVersion).toBe(4);
    expect(result.value.midCallBetterLines).toBeUndefined();
  });

  it('tells a version 3 or 2 file that they are a version 4 field, and nothing more about them', () => {
    for (const version of [2, 3]) {
      expect(
        messages(
          variant((d) => {
            d.schemaVersion = version;
            d.midCallBetterLines = { ...MID_CALL, persist: 'Hi Priya, it’s Sam from Millstone.' };
          }),
        ),
      ).toEqual([`At midCallBetterLines: unknown key in a version ${version} file; "midCallBetterLines" is a version 4 field: set schemaVersion: 4 to use it`]);
    }
  });

  it('rejects a line that greets or introduces the rep, and one for a principle the scenario does not score, with their paths', () => {
    expect(
      messages(
        variant((d) => {
          d.schemaVersion = 4;
          d.midCallBetterLines = { 'purpose-first': 'Hi Priya, it’s Sam from Millstone: your flour arrives Thursday.', persist: 'Can I call you Friday?' };
        }),
      ),
    ).toEqual([
      'At midCallBetterLines.persist: principle "persist" is not listed under principles',
      'At midCallBetterLines.purpose-first: greets or introduces you ("Hi …", "it\'s Sam from …"), but the call is already under way: say the line without the greeting',
    ]);
  });

  it('rejects an empty line and an unknown principle', () => {
    const errors = messages(
      variant((d) => {
        d.schemaVersion = 4;
        d.midCallBetterLines = { 'purpose-first': ' ', 'be-nice': 'Thanks.' };
      }),
    );
    expect(errors).toContain('At midCallBetterLines.purpose-first: expected a non-empty string');
    expect(errors.some((e) => e.startsWith('At midCallBetterLines'))).toBe(true);
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses them on a voicemail, which is one message with no middle', () => {
    expect(
      messages(
        variant((d) => {
          d.schemaVersion = 4;
          d.channel = 'voicemail';
          d.midCallBetterLines = MID_CALL;
        }),
      ),
    ).toContain('At midCallBetterLines: a voicemail is one message, with no middle: leave midCallBetterLines out');
  });
});
