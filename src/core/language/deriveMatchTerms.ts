import type { MatchableItem } from '../scenario/scenarioSchema';
import { contentClauses } from './contentWords';

/** Which derived terms an item gets beside its keywords. */
export interface DeriveOptions {
  /** Content words said in at least two of the item's texts (its meaning and examples). */
  singles: boolean;
  /** Two content words side by side in one clause, neither of them generic. */
  pairs: boolean;
}

/** What the matcher uses. Single words are off: on the development calls they lowered agreement (README, "Scenario format"). */
export const DERIVE_OPTIONS: DeriveOptions = { singles: false, pairs: true };

interface Candidates {
  /** Stem to the shortest form seen, and in how many of the item's texts. */
  singles: Map<string, { word: string; texts: number }>;
  /** "stem stem" to the phrase as first written. */
  pairs: Map<string, string>;
  /** Every stem the item's texts and keywords use, to tell what another item also says. */
  stems: Set<string>;
}

/** Words a derived term must not hold: names say who is talking, history words say the account, not an item. */
export interface Exclusions {
  names: ReadonlySet<string>;
  history: ReadonlySet<string>;
  /** Stems of the rep's briefing: a phrase made only of them is how anyone on this account talks, not this item. */
  briefing: ReadonlySet<string>;
}

const NONE: Exclusions = { names: new Set(), history: new Set(), briefing: new Set() };

function candidates(item: MatchableItem, { names, history, briefing }: Exclusions): Candidates {
  const singles = new Map<string, { word: string; texts: number }>();
  const pairs = new Map<string, string>();
  const stems = new Set<string>();
  for (const keyword of item.keywords ?? []) for (const clause of contentClauses(keyword)) for (const token of clause) stems.add(token.stem);
  const texts = [item.meaning ?? '', ...(item.examples ?? [])].filter((text) => typeof text === 'string' && text.trim() !== '');
  for (const text of texts) {
    const seen = new Set<string>();
    for (const clause of contentClauses(text)) {
      clause.forEach((token, i) => {
        stems.add(token.stem);
        const usable = !token.stop && !names.has(token.word) && !history.has(token.word);
        if (usable && !token.generic && token.word.length >= 3 && !seen.has(token.stem)) {
          seen.add(token.stem);
          const known = singles.get(token.stem);
          if (!known) singles.set(token.stem, { word: token.word, texts: 1 });
          else singles.set(token.stem, { word: token.word.length < known.word.length ? token.word : known.word, texts: known.texts + 1 });
        }
        const next = clause[i + 1];
        if (!usable || !next || next.stop || names.has(next.word) || history.has(next.word) || token.generic || next.generic) return;
        if (briefing.has(token.stem) && briefing.has(next.stem)) return;
        const key = `${token.stem} ${next.stem}`;
        if (!pairs.has(key)) pairs.set(key, `${token.word} ${next.word}`);
      });
    }
  }
  return { singles, pairs, stems };
}

/**
 * Terms derived for each item of one scenario, beside its keywords: two-word phrases (and, if asked, words) of its
 * meaning and examples, matched in their order. Kept conservative: no stopword, generic word, name or history word;
 * no phrase made only of the briefing's words; nothing another item also says; a single word must recur in two texts.
 */
export function deriveMatchTerms(items: readonly MatchableItem[], exclude: Exclusions = NONE, options: DeriveOptions = DERIVE_OPTIONS): string[][] {
  const found = items.map((item) => candidates(item, exclude));
  const usedBy = (stem: string, self: number) => found.some((other, j) => j !== self && other.stems.has(stem));
  return items.map((item, i) => {
    const own = found[i]!;
    const keywords = new Set((item.keywords ?? []).map((keyword) => keyword.toLowerCase()));
    const terms = new Set<string>();
    const singleStems = new Set<string>();
    if (options.singles) {
      for (const [stem, { word, texts }] of own.singles) {
        if (texts < 2 || usedBy(stem, i)) continue;
        singleStems.add(stem);
        terms.add(word);
      }
    }
    if (options.pairs) {
      for (const [key, phrase] of own.pairs) {
        const [a, b] = key.split(' ') as [string, string];
        // A pair holding a word that already matches alone adds nothing.
        if (singleStems.has(a) || singleStems.has(b)) continue;
        if (found.some((other, j) => j !== i && other.stems.has(a) && other.stems.has(b))) continue;
        terms.add(phrase);
      }
    }
    return [...terms].filter((term) => !keywords.has(term));
  });
}

/** The words of some texts, normalized as derived terms are ("Mitchell's" gives "mitchell"), or their stems. */
export function wordsOf(texts: readonly (string | undefined)[], as: 'word' | 'stem' = 'word'): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const clause of contentClauses(text ?? '')) for (const token of clause) words.add(token[as]);
  return words;
}

/** Capitalised words of a text ("You are Sam, a rep at Riverside Motors" gives You, Sam, Riverside, Motors). */
export function capitalisedWords(text: string | undefined): string[] {
  return [...(text ?? '').matchAll(/\p{Lu}[\p{L}\p{N}]*/gu)].map((m) => m[0]);
}
