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

/** zod's own wording (which a browser build may shorten to "Invalid input"), as opposed to a message the schema set. */
function isDefaultMessage(message: string): boolean {
  return message === '' || /^(Too small|Too big|Invalid input)/.test(message);
}

function plural(n: number | bigint, one: string): string {
  return `${n} ${one}${Number(n) === 1 ? '' : 's'}`;
}

/** "expected a number of at least 1, got 0", "expected at least 1 item, got none", … for out-of-range values. */
function rangeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, found: unknown): string {
  const small = issue.code === 'too_small';
  const bound = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
  const inclusive = issue.inclusive !== false;
  const limit = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
  switch (issue.origin) {
    case 'number':
    case 'int':
    case 'bigint':
      return `expected a number of ${limit} ${bound}${typeof found === 'number' ? `, got ${found}` : ''}`;
    case 'array':
    case 'set': {
      const count = Array.isArray(found) ? found.length : undefined;
      return `expected ${limit} ${plural(bound as number, 'item')}${count === undefined ? '' : `, got ${count === 0 ? 'none' : count}`}`;
    }
    case 'string':
      if (small && Number(bound) === 1 && inclusive) return 'expected a non-empty string';
      return `expected ${limit} ${plural(bound as number, 'character')}${typeof found === 'string' ? `, got ${found.length}` : ''}`;
    default:
      return `expected ${limit} ${bound}`;
  }
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
        const expected = issue.expected === 'int' ? 'a whole number' : article(issue.expected);
        errors.push({
          path: joinPath(path),
          message:
            found === undefined ? `missing (expected ${expected})` : `expected ${expected}, got ${typeof found === 'number' ? found : describeValue(found)}`,
        });
        break;
      }
      case 'too_small':
      case 'too_big':
        errors.push({ path: joinPath(path), message: isDefaultMessage(issue.message) ? rangeMessage(issue, valueAt(input, issue.path)) : issue.message });
        break;
      case 'invalid_value': {
        const found = valueAt(input, issue.path);
        const quoted = issue.values.map((v) => JSON.stringify(v));
        const expected = quoted.length > 2 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : quoted.join(' or ');
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

/** The value as a plain object, or undefined. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The value as an array, or an empty one. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Checks a file's `schemaVersion` before anything else: a file of another version is not read field by field.
 * `older` lists earlier versions this build still reads (through a named migration).
 */
export function checkSchemaVersion(found: unknown, version: number, older: readonly number[] = []): ValidationError | undefined {
  if (found === undefined) return { path: 'schemaVersion', message: `missing (expected ${version})` };
  if (found === version || older.includes(found as number)) return undefined;
  const readable = [...older, version];
  const reads = readable.length === 1 ? `version ${version}` : `versions ${readable.slice(0, -1).join(', ')} and ${version}`;
  return typeof found === 'number'
    ? { path: 'schemaVersion', message: `unknown version ${found}; this build reads ${reads}` }
    : { path: 'schemaVersion', message: `expected the number ${version}, got ${describeValue(found)}` };
}

/** "too large: 5.0 MB, the limit is 1.0 MB": one wording wherever a size limit refuses input. */
export function tooLargeMessage(bytes: number, maxBytes: number): string {
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
  return `too large: ${mb(bytes)}, the limit is ${mb(maxBytes)}`;
}
