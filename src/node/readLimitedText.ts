import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tooLargeMessage } from '../core/scenario';

/** A file's text, or why it was not read, in words. */
export type ReadText = { ok: true; text: string } | { ok: false; message: string };

/** The app's wording for bytes that are not text (see src/app/assignments/fileIO.ts). */
export const NOT_TEXT_MESSAGE = 'not a text file (it may be a picture, a spreadsheet or damaged)';

const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

function decode(bytes: Uint8Array): ReadText {
  try {
    // A byte-order mark says UTF-16, which History reads too; anything else must be UTF-8.
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes) };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes) };
    if (bytes.includes(0)) return { ok: false, message: NOT_TEXT_MESSAGE };
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: NOT_TEXT_MESSAGE };
  }
}

function unreadable(error: unknown): ReadText {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { ok: false, message: 'no such file' };
  if (code === 'EISDIR') return { ok: false, message: 'this is a folder, not a file' };
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: 'not allowed to read it' };
  return { ok: false, message: `cannot read it: ${code ?? (error as Error).message}` };
}

/**
 * Reads a file (or a stream such as standard input) as text, holding at most `maxBytes` in memory: a regular
 * file over the limit is refused from its size, anything else (a pipe, /dev/zero) as soon as it passes the
 * limit, and binary data as soon as a chunk shows a NUL byte.
 */
export async function readLimitedText(source: string | AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<ReadText> {
  if (typeof source === 'string') {
    try {
      const info = await stat(source);
      if (info.isDirectory()) return { ok: false, message: 'this is a folder, not a file' };
      if (info.isFile() && info.size > maxBytes) return { ok: false, message: tooLargeMessage(info.size, maxBytes) };
    } catch (error) {
      return unreadable(error);
    }
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  let utf16: boolean | undefined;
  try {
    for await (const piece of typeof source === 'string' ? createReadStream(source, { highWaterMark: 64 * 1024 }) : source) {
      const chunk = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      utf16 ??= (chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff);
      // Leaving the loop closes the stream, so neither an endless source nor a binary one is read to the end.
      if (!utf16 && chunk.includes(0)) return { ok: false, message: NOT_TEXT_MESSAGE };
      total += chunk.length;
      if (total > maxBytes) return { ok: false, message: `too large: over the limit of ${mb(maxBytes)}` };
      chunks.push(chunk);
    }
  } catch (error) {
    return unreadable(error);
  }
  return decode(Buffer.concat(chunks));
}
