import { asArray, asObject, checkSchemaVersion, describeValue, type ValidationError } from '../scenario/validationError';

/** The kinds of file this project exchanges besides scenarios; each names itself in `kind`. */
export type FileKind = 'assignment' | 'results';

export { asArray, asObject };

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
  return checkSchemaVersion(root.schemaVersion, version);
}
