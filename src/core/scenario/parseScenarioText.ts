import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Scenario } from './scenarioSchema';
import { validateScenario } from './validateScenario';
import { tooLargeMessage, type Validated } from './validationError';
import { plainYamlMessage } from './plainYamlMessage';
import { TOO_DEEP_MESSAGE, valueTooDeep, yamlTooDeep } from './tooDeep';

/** Largest scenario file accepted; real ones are a few kilobytes. */
export const MAX_SCENARIO_BYTES = 1_000_000;

/** Parses YAML or JSON data, with a size limit and a readable message for text that is neither. */
export function parseDataText(text: string, maxBytes: number): Validated<unknown> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) {
    return { ok: false, errors: [{ path: '(file)', message: tooLargeMessage(bytes, maxBytes) }] };
  }
  if (text.trim() === '') return { ok: false, errors: [{ path: '(file)', message: 'the file is empty' }] };
  const tooDeep = { ok: false as const, errors: [{ path: '(file)', message: TOO_DEEP_MESSAGE }] };
  if (/^\s*[[{]/.test(text)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { ok: false, errors: [{ path: '(file)', message: `not valid JSON: ${(error as Error).message}` }] };
    }
    return valueTooDeep(value) ? tooDeep : { ok: true, value };
  }
  // Checked before parsing: the YAML library builds values recursively and overflows the stack on deep text.
  if (yamlTooDeep(text)) return tooDeep;
  try {
    return { ok: true, value: parseYaml(text, { maxAliasCount: 100, uniqueKeys: true }) };
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
    const first = (error as Error).message.split('\n')[0];
    return { ok: false, errors: [{ path: '(file)', message: `not valid YAML or JSON${where}: ${plainYamlMessage(first ?? '')}` }] };
  }
}

/** Parses and validates a scenario file's text (YAML or JSON). */
export function parseScenarioText(text: string): Validated<Scenario> {
  const data = parseDataText(text, MAX_SCENARIO_BYTES);
  return data.ok ? validateScenario(data.value) : data;
}
