import { describe, expect, it } from 'vitest';
import { medalFor, medalLabel } from '../../../src/core/scoring/medalFor';

describe('medal tiers', () => {
  it('gives bronze from 50, silver from 75 and gold from 90', () => {
    expect(medalFor(49)).toBe('none');
    expect(medalFor(50)).toBe('bronze');
    expect(medalFor(74)).toBe('bronze');
    expect(medalFor(75)).toBe('silver');
    expect(medalFor(89)).toBe('silver');
    expect(medalFor(90)).toBe('gold');
    expect(medalFor(100)).toBe('gold');
  });

  it('names the medal for the trainee', () => {
    expect(medalLabel('gold')).toBe('Gold medal');
    expect(medalLabel('none')).toBe('No medal yet');
  });
});
