import { describeValue, type ValidationError } from '../scenario/validationError';

/** The kinds of file this project exchanges besides scenarios; each names itself in `kind`. */
export type FileKind = 'assignment' | 'results';

/** The value as a plain object, or undefined. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The value as an array, or an empty one. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Errors of a nested value with their paths moved under `prefix`. */
export function prefixErrors(errors: readonly ValidationError[], prefix: string): ValidationError[] {
  return errors.map((error) => ({
    ...error,
    path: error.path === '(file)' || error.path === '(root)' ? prefix : `${prefix}.${error.path}`,
  }));
}

const NAMES: Record<FileKind, string> = { assignment: 'an assignment', results: 'a results file' };

/** Checks `kind` and `schemaVersion` first: the wrong kind of file, or another version, is not read field by field. */
export function checkFileHeader(root: Record<string, unknown>, kind: FileKind, version: number): ValidationError | undefined {
  const found = root.kind;
  if (found !== kind) {
    if (found === 'assignment' || found === 'results') return { path: 'kind', message: `this is ${NAMES[found]}, not ${NAMES[kind]}` };
    if (found === undefined) {
      const looksLikeScenario = 'persona' in root && 'dialogue' in root;
      return { path: 'kind', message: looksLikeScenario ? `this is a scenario file, not ${NAMES[kind]}` : `missing (expected "${kind}")` };
    }
    return { path: 'kind', message: `expected "${kind}", got ${typeof found === 'string' ? JSON.stringify(found) : describeValue(found)}` };
  }
  const v = root.schemaVersion;
  if (v === undefined) return { path: 'schemaVersion', message: `missing (expected ${version})` };
  if (v !== version) {
    return typeof v === 'number'
      ? { path: 'schemaVersion', message: `unknown version ${v}; this build reads version ${version}` }
      : { path: 'schemaVersion', message: `expected the number ${version}, got ${describeValue(v)}` };
  }
  return undefined;
}
