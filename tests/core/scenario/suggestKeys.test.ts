import { describe, expect, it } from 'vitest';
import { withKeySuggestions } from '../../../src/core/scenario/suggestKeys';

describe('did-you-mean for unknown keys', () => {
  it('suggests the key a slip away, at any depth, including principle ids', () => {
    const errors = withKeySuggestions([
      { path: 'principles.purpose-frist', message: 'unknown key' },
      { path: 'persona.patiense', message: 'unknown key' },
      { path: 'persona.openIssues.0.keywrods', message: 'unknown key' },
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      'unknown key; did you mean “purpose-first”?',
      'unknown key; did you mean “patience”?',
      'unknown key; did you mean “keywords”?',
    ]);
  });

  it('leaves a key far from every known one, and other problems, as they are', () => {
    const errors = [
      { path: 'persona.mood', message: 'unknown key' },
      { path: 'persona.patience', message: 'missing (expected a number)' },
    ];
    expect(withKeySuggestions(errors)).toEqual(errors);
  });
});
