import { describe, expect, it } from 'vitest';
import { deriveMatchTerms, wordsOf } from '../../../src/core/language/deriveMatchTerms';
import { matchKeywords } from '../../../src/core/language/matchKeywords';
import { normalizeText } from '../../../src/core/language/normalizeText';

const none = { names: new Set<string>(), history: new Set<string>(), briefing: new Set<string>() };

describe('deriveMatchTerms', () => {
  it('derives two-word phrases of content words from an item’s meaning and examples, beside its keywords', () => {
    const [terms] = deriveMatchTerms(
      [
        {
          meaning: 'Says the blue car has arrived.',
          examples: ['Your Pearl Blue one is sitting outside.', 'It landed yesterday, um, the blue one.'],
          keywords: ['pearl blue'],
        },
      ],
      none,
    );
    expect(terms).toContain('sitting outside');
    expect(terms).toContain('blue car');
    // Already a keyword; and nothing of stopwords, fillers or generic words ("landed yesterday": yesterday is generic).
    expect(terms).not.toContain('pearl blue');
    expect(terms).not.toContain('landed yesterday');
    expect(terms!.every((term) => term.split(' ').length === 2)).toBe(true);
  });

  it('leaves out single words: on the development calls they over-matched', () => {
    const [terms] = deriveMatchTerms(
      [{ meaning: 'Tells her the financing rate ends soon.', examples: ['The rate finishes on the 30th.', 'That low rate is going.'] }],
      none,
    );
    expect(terms).not.toContain('rate');
    expect(
      deriveMatchTerms(
        [{ meaning: 'Tells her the financing rate ends soon.', examples: ['The rate finishes on the 30th.', 'That low rate is going.'] }],
        none,
        { singles: true, pairs: false },
      )[0],
    ).toEqual(['rate']);
  });

  it('keeps names, history words and phrases made only of the briefing’s words out of the terms', () => {
    const item = {
      meaning: 'Tells Art the lease covers servicing.',
      examples: ['Art, your lease covers servicing.', 'The reporting dashboard shows servicing dates.'],
    };
    const [terms] = deriveMatchTerms([item], {
      names: new Set(['art']),
      history: new Set(['lease']),
      briefing: wordsOf(['Priya showed Wendy the reporting dashboard.'], 'stem'),
    });
    expect(terms).toEqual(['covers servicing', 'shows servicing', 'servicing dates']);
  });

  it('drops a phrase that another item of the scenario also says: it points at neither', () => {
    const [issue, credit] = deriveMatchTerms(
      [
        { meaning: 'Owns the missing oat milk.', examples: ['Sorry about the oat milk.', 'Your oat milk went missing.'] },
        { meaning: 'A credit for the oat milk.', examples: ['We credited the oat milk.', 'A full refund on the oat milk.'] },
      ],
      none,
    );
    expect(issue).not.toContain('oat milk');
    expect(credit).not.toContain('oat milk');
    expect(credit).toContain('full refund');
  });

  it('gives a migrated item (a meaning, no examples) only the phrases of its meaning', () => {
    expect(
      deriveMatchTerms([{ meaning: 'The license plates are a month overdue, sitting at the county office.', examples: [], keywords: ['plates'] }], none),
    ).toEqual([['license plates', 'county office']]);
  });
});

describe('derived terms are matched in their order, word after word', () => {
  it('finds the phrase and its simple inflections, not the words apart or swapped', () => {
    const ordered = (text: string) => matchKeywords(normalizeText(text), ['storage tight'], true);
    expect(ordered('Is storage tight for you?')).toBe(true);
    expect(ordered('Is storage getting tight?')).toBe(false);
    expect(ordered('tight on storage')).toBe(false);
    expect(matchKeywords(normalizeText('Those large gloves'), ['large glove'], true)).toBe(true);
  });
});
