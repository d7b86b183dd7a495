import { describe, expect, it } from 'vitest';
import { pathLines } from '../../../src/app/authoring/pathLines';

const YAML = ['id: bakery', 'persona:', '  name: Pat', '  patience: 0', '  openIssues:', '    - topic: flour', '      keywords: flour', 'extra: 1', ''].join(
  '\n',
);

describe('pathLines', () => {
  it('finds the line of a nested value, a list item and an unknown key', () => {
    const lineOf = pathLines(YAML);
    expect(lineOf('persona.patience')).toBe(4);
    expect(lineOf('persona.openIssues.0.keywords')).toBe(7);
    expect(lineOf('extra')).toBe(8);
  });

  it('points a missing key at its nearest parent, and the file as a whole at no line', () => {
    const lineOf = pathLines(YAML);
    expect(lineOf('persona.voice')).toBe(2);
    expect(lineOf('(file)')).toBeUndefined();
  });

  it('reads JSON text too', () => {
    const lineOf = pathLines('{\n  "id": "x",\n  "persona": {\n    "patience": 500\n  }\n}\n');
    expect(lineOf('persona.patience')).toBe(4);
  });
});
