import { normalizeText } from './normalizeText';
import { has, phraseSet } from './phraseSet';

/** A product pitch: telling about the product and what it would do for the listener, rather than arranging anything. */
const PITCH = phraseSet(
  'let me tell you (?:all )?about',
  'tell you (?:a (?:bit|little) )?(?:more )?about (?:our|the) (?:new |latest )?(?:product|software|platform|dashboard|features?|solution|tool)',
  '(?:our|the) (?:new|latest) (?:reporting )?(?:features?|dashboard|release|version|module|platform)',
  '(?:you|your team|they) (?:would|will) (?:really )?(?:love|like|enjoy) (?:it|this|the|our)',
  '(?:i think|i am sure|honestly) you (?:would|will) (?:really )?(?:love|like) (?:it|this)',
  'game changer',
  '(?:best|leading) (?:product|solution|platform|software) (?:on|in) the market',
);

/** A turn that pitches the product to whoever is listening. */
export function pitchesProduct(text: string): boolean {
  return has(PITCH, normalizeText(text));
}
