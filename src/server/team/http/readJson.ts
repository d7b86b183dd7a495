// Reads a JSON request body within a size limit and validates it strictly, reporting every problem with its path.
import type { Context } from 'hono';
import type { z } from 'zod';
import { fromZodIssues } from '../../../core';
import { ApiError } from './ApiError';

/** Largest body of an ordinary request; uploads and imports name their own. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

const kb = (bytes: number) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);

/** The raw body text, refused before it is read whole when it is larger than `limit` bytes. */
async function readLimited(c: Context, limit: number): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit)
    throw new ApiError(413, `The request body is too large: ${kb(declared)}, the limit is ${kb(limit)}.`, 'too_large');
  const body = c.req.raw.body;
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new ApiError(413, `The request body is too large: over ${kb(limit)}.`, 'too_large');
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError(400, 'The request body is not UTF-8 text.', 'not_text');
  }
}

/** The body parsed as JSON and checked against `schema`; throws an ApiError naming what is wrong and where. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S, limit = DEFAULT_BODY_LIMIT): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type))
    throw new ApiError(415, 'Send the request body as JSON (Content-Type: application/json).', 'unsupported_media_type');
  const text = await readLimited(c, limit);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, `The request body is not valid JSON: ${(error as Error).message}`, 'invalid_json');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const problems = fromZodIssues(parsed.error.issues, data);
    throw new ApiError(400, `The request is not valid: ${problems.map((p) => `at ${p.path}: ${p.message}`).join('; ')}.`, 'invalid_request', problems);
  }
  return parsed.data;
}
