import { decodeText } from '../../core';
import { tooLargeMessage } from '../../core/scenario';

/**
 * A file's text (UTF-8, or UTF-16 with a byte-order mark), or a message when it is too large to read
 * or not text at all; the size is checked before reading. Every file the app opens is read here.
 */
export async function readTextFile(file: Blob, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > maxBytes) {
    return { ok: false, message: tooLargeMessage(file.size, maxBytes) };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: 'the file could not be read (it may have been moved or deleted)' };
  }
  const text = decodeText(bytes);
  if (text === undefined) return { ok: false, message: 'not a text file (it may be a picture, a spreadsheet or damaged)' };
  return { ok: true, text };
}

/** A file name made from a title: letters, digits and dashes only. */
export function fileNameFor(title: string, suffix: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${base || 'dialed-in'}${suffix}`;
}
