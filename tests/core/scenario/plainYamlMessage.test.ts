import { describe, expect, it } from 'vitest';
import { plainYamlMessage } from '../../../src/core/scenario/plainYamlMessage';
import { parseScenarioText } from '../../../src/core/scenario/parseScenarioText';

describe('plainYamlMessage', () => {
  it('says a known YAML syntax error in plain words', () => {
    expect(plainYamlMessage('Missing closing "quote at line 7, column 17:')).toBe(
      'a quote mark is opened but never closed. Close it on the same line, or remove it.',
    );
  });

  it('keeps the library’s words, without the column, when no rule fits', () => {
    expect(plainYamlMessage('Something odd at line 2, column 3:')).toBe('Something odd.');
  });

  it('gives plain words back unchanged, so applying it twice is harmless', () => {
    const once = plainYamlMessage('Missing closing "quote at line 7, column 17:');
    expect(plainYamlMessage(once)).toBe(once);
  });

  it('is what the command line and file imports say about a file that is not YAML, with the line', () => {
    const result = parseScenarioText('schemaVersion: 1\ntitle: "unclosed\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/^not valid YAML or JSON \(line \d+\): a quote mark is opened but never closed/);
  });
});
