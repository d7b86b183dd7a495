// Field schemas the request bodies share: plain names, emails, passwords, ids.
import { z } from 'zod';
import type { Context } from 'hono';
import { ApiError } from './ApiError';

/** A name shown to people: plain text, so no angle brackets (no markup) and no control characters. */
export const plainName = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'expected a non-empty name')
    .max(max, `too long: at most ${max} characters`)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    .refine((value) => !/[<>\u0000-\u001f\u007f]/.test(value), 'names are plain text: no "<", ">" or control characters');

/** Free text such as a note or a reason: any characters but control ones other than line breaks and tabs. */
export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'expected a non-empty text')
    .max(max, `too long: at most ${max} characters`)
    // eslint-disable-next-line no-control-regex -- control characters other than tab and line breaks are refused
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), 'expected text without control characters');

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'too long: at most 254 characters')
  .regex(/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/, 'expected an email address such as "sam@example.com"');

export const passwordField = z.string().min(10, 'too short: at least 10 characters').max(200, 'too long: at most 200 characters');

export const roleField = z.enum(['admin', 'manager', 'trainee']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const uuidField = z.string().regex(UUID, 'expected an id such as "1b4e28ba-2fa1-11d2-883f-0016d3cca427"');

/** Assignment ids: the server's UUIDs, or the ids of assignments imported from files. */
export const assignmentRef = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'expected an assignment id');
/** Call ids, as the app makes them. */
export const callRef = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/, 'expected a call id');

/** A path parameter checked against its schema: a malformed id is a 400 naming the parameter. */
export function pathParam(c: Context, name: string, schema: z.ZodType<string>): string {
  const value = c.req.param(name) ?? '';
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new ApiError(400, `The ${name} in the address is not valid: ${parsed.error.issues[0]?.message ?? 'malformed'}.`, 'invalid_request', [
      { path: name, message: parsed.error.issues[0]?.message ?? 'malformed' },
    ]);
  return parsed.data;
}
