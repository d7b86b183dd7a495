import { tooLargeMessage } from '../../core/scenario/validationError';

/** A file's text, or a message when it is too large to read or not text at all; the size is checked before reading. */
export async function readTextFile(file: Blob, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > maxBytes) {
    return { ok: false, message: tooLargeMessage(file.size, maxBytes) };
  }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: 'not a text file (it may be a picture, a spreadsheet or damaged)' };
  }
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
