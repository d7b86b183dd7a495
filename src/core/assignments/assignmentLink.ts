import { tooLargeMessage, type Validated } from '../scenario/validationError';
import { ASSIGNMENT_LIMITS, type Assignment } from './assignmentSchema';
import { validateAssignment, type AssignmentContext } from './validateAssignment';

/** Longest link payload made or accepted; longer links break in chat apps and mail, so use a file instead. */
export const MAX_LINK_PAYLOAD_CHARS = 32_000;

/** Compression handed in by the app (CompressionStream 'deflate-raw'); absent where the browser lacks it. */
export interface LinkCodec {
  deflate?: (bytes: Uint8Array) => Promise<Uint8Array>;
  /**
   * Must stop and reject once the output passes `maxBytes`, so a crafted link cannot expand without
   * bound; with a LinkTooLargeError then, so the link is called too large rather than damaged.
   */
  inflate?: (bytes: Uint8Array, maxBytes: number) => Promise<Uint8Array>;
}

/** What a LinkCodec's inflate rejects with when the output passes its limit. */
export class LinkTooLargeError extends Error {
  override readonly name = 'LinkTooLargeError';

  constructor() {
    super('too large');
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Bytes as base64url without padding. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += ALPHABET[(n >> (18 - 6 * j)) & 63];
  }
  return out;
}

/** Base64url text (padding optional) as bytes, or undefined when it is not base64url. */
export function base64UrlToBytes(text: string): Uint8Array | undefined {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((clean.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (const char of clean) {
    const value = INDEX.get(char);
    if (value === undefined) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

function refuse(message: string): { ok: false; errors: { path: string; message: string }[] } {
  return { ok: false, errors: [{ path: '(link)', message }] };
}

/**
 * The link payload for an assignment: `z` + base64url of deflate-raw JSON when compression is available,
 * else `j` + base64url of the JSON. Refuses a payload too long to share as a link.
 */
export async function encodeAssignmentLink(assignment: Assignment, codec: LinkCodec): Promise<Validated<string>> {
  const json = new TextEncoder().encode(JSON.stringify(assignment));
  const payload = codec.deflate ? `z${bytesToBase64Url(await codec.deflate(json))}` : `j${bytesToBase64Url(json)}`;
  if (payload.length > MAX_LINK_PAYLOAD_CHARS) {
    return refuse(
      `the assignment is too large for a link (${payload.length.toLocaleString('en')} characters, the limit is ${MAX_LINK_PAYLOAD_CHARS.toLocaleString('en')}); share it as a file instead`,
    );
  }
  return { ok: true, value: payload };
}

/** Reads an assignment back from a link payload, refusing anything broken with a message that says what. */
export async function decodeAssignmentLink(payload: string, codec: LinkCodec, context: AssignmentContext = {}): Promise<Validated<Assignment>> {
  if (payload.length === 0) return refuse('the link carries no assignment');
  if (payload.length > MAX_LINK_PAYLOAD_CHARS + 1)
    return refuse(`the link is too long (${payload.length.toLocaleString('en')} characters, the limit is ${MAX_LINK_PAYLOAD_CHARS.toLocaleString('en')})`);
  const format = payload[0];
  if (format !== 'z' && format !== 'j') return refuse('the link is not an assignment link from Dialed In, or it was cut short');
  if (!/^[A-Za-z0-9_-]*$/.test(payload.slice(1))) return refuse('the link is damaged: it contains characters an assignment link never has (was it changed?)');
  const bytes = base64UrlToBytes(payload.slice(1));
  if (!bytes) return refuse('the link is damaged: it was cut short');
  let json = bytes;
  if (format === 'z') {
    if (!codec.inflate) return refuse('this browser cannot unpack compressed links; ask for the assignment as a file');
    try {
      json = await codec.inflate(bytes, ASSIGNMENT_LIMITS.maxBytes);
    } catch (error) {
      if (error instanceof Error && error.name === 'LinkTooLargeError') {
        return refuse(`the link is too large: it unpacks to more than ${(ASSIGNMENT_LIMITS.maxBytes / 1_000_000).toFixed(1)} MB, the limit for an assignment`);
      }
      return refuse('the link is damaged: it could not be unpacked (was it cut short or changed?)');
    }
  }
  if (json.length > ASSIGNMENT_LIMITS.maxBytes) return refuse(`the assignment in the link is ${tooLargeMessage(json.length, ASSIGNMENT_LIMITS.maxBytes)}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch {
    return refuse('the link is damaged: its content is not text');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('the link is damaged: its content is not a readable assignment');
  }
  return validateAssignment(data, context);
}
