// Reads a chat request from the browser: JSON, not too large, and rebuilt from the allow-list.
import type { IncomingMessage } from 'node:http';
import { formatValidationError } from '../core/scenario';
import { buildUpstreamRequest, replyTokensOf, type UpstreamRequestRules } from './buildUpstreamRequest';

/** Largest request body forwarded; a practice call's prompt is a few kilobytes. */
const MAX_BODY_BYTES = 512_000;

/** The body to send upstream, or why the request is refused. */
export type ChatRequestRead = { ok: true; body: string; replyTokens: number } | { ok: false; status: number; message: string; problems?: string };

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads, parses and rebuilds the request; every problem is named with its path. */
export async function readChatRequest(req: IncomingMessage, rules: UpstreamRequestRules): Promise<ChatRequestRead> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return { ok: false, status: 415, message: 'Send JSON.' };
  const raw = await readBody(req);
  if (!raw) return { ok: false, status: 413, message: 'The request is too large.' };
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON.' };
  }
  const built = buildUpstreamRequest(json, rules);
  if (!built.ok) {
    const problems = built.errors.slice(0, 10).map(formatValidationError).join('; ');
    return { ok: false, status: 400, message: `The team server refused the request. ${problems}.`, problems };
  }
  return { ok: true, body: JSON.stringify(built.value), replyTokens: replyTokensOf(built.value) };
}
