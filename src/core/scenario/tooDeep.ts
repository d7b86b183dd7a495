import { Parser } from 'yaml';

/** Deepest nesting of lists and mappings read; real files need under ten, and the YAML library recurses per level. */
export const MAX_NESTING_DEPTH = 64;

/** One wording wherever nesting refuses input. */
export const TOO_DEEP_MESSAGE = `nested too deeply: more than ${MAX_NESTING_DEPTH} levels of lists and mappings inside each other; real files need fewer than ten`;

type CstNode = { type?: string; value?: CstNode; key?: CstNode | null; items?: { key?: CstNode | null; value?: CstNode }[] };

/**
 * Whether YAML text nests lists and mappings more than `max` deep, read from the parser's token tree with a loop
 * (the parser itself does not recurse), so that text too deep for the library's recursive steps is refused first.
 */
export function yamlTooDeep(text: string, max = MAX_NESTING_DEPTH): boolean {
  // "- - - … x" nests a list per dash, and the library lexes such a line in quadratic time: count them first.
  if (new RegExp(`^[ \\t]*(?:[-?][ \\t]+){${max + 1}}`, 'm').test(text)) return true;
  const stack: [CstNode, number][] = [];
  for (const token of new Parser().parse(text)) if ((token as CstNode).value) stack.push([(token as CstNode).value!, 0]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!Array.isArray(node.items)) continue;
    if (depth + 1 > max) return true;
    for (const item of node.items) {
      if (item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return false;
}

/** Whether parsed data nests arrays and objects more than `max` deep; a loop, not recursion. */
export function valueTooDeep(value: unknown, max = MAX_NESTING_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}
