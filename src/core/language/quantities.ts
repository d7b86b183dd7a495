/** Things ordered by the count ("10 cases", "22 pallets"); money, percentages and plan allowances are not order sizes. */
const COUNT_NOUNS = 'cases|boxes|cartons|pallets|packs|crates|units';
/** "12 oz cartons" is a carton size, not twelve cartons. */
const MEASURE = 'oz|ounce|ml|cl|l|litre|liter|kg|g|lb|pound|inch|cm|mm|gallon|pint';

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const NUMBER = `\\d[\\d,]*|(?:${Object.keys(TENS).join('|')})(?: (?:${Object.keys(UNITS).slice(0, 9).join('|')}))?|${Object.keys(UNITS).join('|')}|a hundred|one hundred`;
const COUNTED = new RegExp(`\\b(${NUMBER}) (?:(?!(?:${MEASURE}) )[a-z]+ )?(${COUNT_NOUNS})\\b`, 'g');

function valueOf(number: string): number {
  if (/^\d/.test(number)) return Number(number.replace(/,/g, ''));
  if (number.endsWith('hundred')) return 100;
  const [tens, unit] = number.split(' ');
  return (TENS[tens!] ?? UNITS[tens!] ?? 0) + (unit ? (UNITS[unit] ?? 0) : 0);
}

/** The counts a normalised text gives, by the thing counted: "forty cases a month" gives cases: [40]. */
export function countedQuantities(normalized: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const match of normalized.matchAll(COUNTED)) {
    const noun = match[2]!;
    found.set(noun, [...(found.get(noun) ?? []), valueOf(match[1]!)]);
  }
  return found;
}

/** A money amount in figures: "$148.60", "840 dollars", "40 quid". */
export const MONEY_AMOUNT = '(?:[$£€] ?\\d[\\d,]*(?:\\.\\d+)?|\\d[\\d,]*(?:\\.\\d+)? ?(?:dollars|pounds|quid|bucks|euros)\\b)';
/** "save you about $480", "saves $840", "a $840 saving": the figure tied to the saving, not every price in the sentence. */
const SAVING = new RegExp(
  `\\bsav(?:e|es|ed|ing)(?: \\S+){0,3}? (${MONEY_AMOUNT})|(${MONEY_AMOUNT}) (?:a year |a month |per year |per month |annual )?(?:saving|savings)\\b`,
  'g',
);

/** The money figures a normalised text gives as a saving ("you save about $480 a year" gives 480); not prices. */
export function savingAmounts(normalized: string): number[] {
  return [...normalized.matchAll(SAVING)].map((m) => Number((m[1] ?? m[2])!.replace(/[^\d.]/g, '')));
}
