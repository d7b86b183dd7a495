/** The YAML library's wording, matched loosely, and what it means for someone writing a file by hand. */
const PLAIN: [RegExp, string][] = [
  [/Missing closing ["']?quote/i, 'a quote mark is opened but never closed. Close it on the same line, or remove it.'],
  [/Flow sequence .*end with a \]/i, 'a list that starts with [ is never closed with ].'],
  [/Flow map .*end with a \}/i, 'a group that starts with { is never closed with }.'],
  [/Nested mappings are not allowed in compact mappings/i, 'a value contains a colon followed by a space. Put the whole value in quotes.'],
  [
    /All (mapping|sequence) items must start at the same column|bad indentation/i,
    'this line is indented differently from the lines beside it. Line up keys at the same level with the same number of spaces.',
  ],
  [/Tabs are not allowed/i, 'a tab is used for indentation. Indent with spaces only.'],
  [/Map keys must be unique/i, 'the same key appears twice at this level. Keep one of them.'],
  [/Implicit keys need to be on a single line/i, 'a line has no “key: value” form (a colon and a space are missing, or a list item “- ” is out of place).'],
  [/Implicit map keys need to be followed by map values/i, 'a key has no colon after it. Write it as “key: value”.'],
  [/Unexpected|Expected/i, 'something is out of place here: check the brackets, quotes and colons.'],
];

/**
 * A YAML syntax error in plain words; the library's own text, without its column, when no rule fits.
 * Plain text given back in goes out unchanged, so callers may apply it twice.
 */
export function plainYamlMessage(libraryMessage: string): string {
  const rule = PLAIN.find(([pattern]) => pattern.test(libraryMessage));
  if (rule) return rule[1];
  const detail = libraryMessage.replace(/ at line \d+, column \d+:?$/, '').trim();
  return /[.!?]$/.test(detail) ? detail : `${detail}.`;
}
