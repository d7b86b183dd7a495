import type { z } from 'zod';

/** One problem found in authored input, with the path to where it is. */
export interface ValidationError {
  /** Dotted path such as `persona.openIssues.0.keywords`, or `(file)` for the file as a whole. */
  path: string;
  message: string;
}

/** The result of validating authored input: the value, or every problem at once. */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

/** `At persona.openIssues.0.keywords: expected an array, got a string`. */
export function formatValidationError(error: ValidationError): string {
  return `At ${error.path}: ${error.message}`;
}

/** Path segments joined with dots; the root is `(root)`. */
export function joinPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** "a string", "an array", "nothing", … for messages about what was found. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function article(type: string): string {
  if (type === 'record') type = 'object';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Turns zod issues into path-precise messages, expanding unknown keys to one error each. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown, prefix: readonly PropertyKey[] = []): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) errors.push({ path: joinPath([...path, key]), message: 'unknown key' });
        break;
      case 'invalid_type': {
        const found = valueAt(input, issue.path);
        errors.push({
          path: joinPath(path),
          message: found === undefined ? `missing (expected ${article(issue.expected)})` : `expected ${article(issue.expected)}, got ${describeValue(found)}`,
        });
        break;
      }
      case 'invalid_value': {
        const found = valueAt(input, issue.path);
        const expected = issue.values.map((v) => JSON.stringify(v)).join(' or ');
        errors.push({
          path: joinPath(path),
          message: found === undefined ? `missing (expected ${expected})` : `expected ${expected}, got ${JSON.stringify(found)}`,
        });
        break;
      }
      case 'invalid_key':
        errors.push({ path: joinPath(path), message: `unknown key` });
        break;
      default:
        errors.push({ path: joinPath(path), message: issue.message });
    }
  }
  return errors;
}
