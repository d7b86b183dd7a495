import { isCollection, LineCounter, parseDocument } from 'yaml';

/** Path segments of a dotted error path: numbers for list items. */
function segments(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * The line (1-based) of each error path in the editor text, from the YAML document's node ranges (JSON parses too).
 * A path that is not in the text (a missing key) points at its nearest parent; `(file)` and `(root)` have none.
 */
export function pathLines(text: string): (path: string) => number | undefined {
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false });
  } catch {
    return () => undefined;
  }
  return (path) => {
    if (path.startsWith('(')) return undefined;
    const parts = segments(path);
    for (let n = parts.length; n > 0; n--) {
      const node = doc.getIn(parts.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      const offset = node && typeof node === 'object' && node.range ? node.range[0] : undefined;
      if (offset === undefined) continue;
      // An unknown key's line is the key's own; a collection value may start on the next line, so prefer the key.
      const parent = n > 1 ? doc.getIn(parts.slice(0, n - 1), true) : doc.contents;
      if (isCollection(parent)) {
        const pair = (parent.items as unknown[]).find((item) => (item as { key?: { value?: unknown } }).key?.value === parts[n - 1]) as
          { key?: { range?: [number, number, number] } } | undefined;
        if (pair?.key?.range) return lineCounter.linePos(pair.key.range[0]).line;
      }
      return lineCounter.linePos(offset).line;
    }
    return undefined;
  };
}
