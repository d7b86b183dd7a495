import type { ValidationError } from './validationError';
import { scenarioSchema } from './scenarioSchema';

/** Just enough of a zod 4 schema to walk it by path. */
interface Walkable {
  def: { type: string; innerType?: Walkable; element?: Walkable; valueType?: Walkable; keyType?: { options?: readonly unknown[] } };
  shape?: Record<string, Walkable>;
}

function unwrap(schema: Walkable | undefined): Walkable | undefined {
  let node = schema;
  while (node && (node.def.type === 'optional' || node.def.type === 'default' || node.def.type === 'nullable' || node.def.type === 'readonly'))
    node = node.def.innerType;
  return node;
}

/** The keys the schema allows in the object at `segments`, if it is an object or a record with known keys. */
function keysAt(schema: unknown, segments: readonly string[]): string[] {
  let node = unwrap(schema as Walkable);
  for (const segment of segments) {
    if (!node) return [];
    if (node.def.type === 'object') node = unwrap(node.shape?.[segment]);
    else if (node.def.type === 'array') node = unwrap(node.def.element);
    else if (node.def.type === 'record') node = unwrap(node.def.valueType);
    else return [];
  }
  if (node?.def.type === 'object') return Object.keys(node.shape ?? {});
  if (node?.def.type === 'record') return (node.def.keyType?.options ?? []).filter((k): k is string => typeof k === 'string');
  return [];
}

/** Edit distance, for "did you mean" on a misspelt key. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const kept = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = kept;
    }
  }
  return row[b.length]!;
}

/** Adds "did you mean …?" to an unknown key that is a small slip away from a key the scenario format has. */
export function withKeySuggestions(errors: readonly ValidationError[], schema: unknown = scenarioSchema): ValidationError[] {
  return errors.map((error) => {
    if (error.message !== 'unknown key') return error;
    const segments = error.path.split('.');
    const key = segments.pop()!;
    const near = keysAt(schema, segments)
      .map((candidate) => ({ candidate, d: distance(key.toLowerCase(), candidate.toLowerCase()) }))
      .filter(({ d }) => d > 0 && d <= Math.max(1, Math.floor(key.length / 4)))
      .sort((a, b) => a.d - b.d)[0];
    return near ? { ...error, message: `unknown key; did you mean “${near.candidate}”?` } : error;
  });
}
