import type { SavedRead } from './guardedStorage';

/** How one saved field is checked, and how the notice names it. */
export interface FieldCheck {
  label: string;
  ok(value: unknown): boolean;
}

/**
 * Reads saved fields one by one: good values are kept, damaged ones are named (and the caller's defaults
 * stand in). A missing field is not a problem: older saves may not have it.
 */
export function readFields<S extends object>(state: unknown, checks: { [K in keyof S]: FieldCheck }): SavedRead<Partial<S>> {
  if (state === null || typeof state !== 'object' || Array.isArray(state)) return { unreadable: 'it is not in a form this version of Dialed In knows' };
  const saved = state as Record<string, unknown>;
  const value: Partial<S> = {};
  const problems: string[] = [];
  for (const key of Object.keys(checks) as (keyof S & string)[]) {
    const field = saved[key];
    if (field === undefined) continue;
    if (checks[key].ok(field)) value[key] = field as S[typeof key];
    else problems.push(`${checks[key].label}: not a value this version knows`);
  }
  return { value, problems };
}
