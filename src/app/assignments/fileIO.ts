/** A file's text, or a message when it is too large to read or not text at all; the size is checked before reading. */
export async function readTextFile(file: Blob, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > maxBytes) {
    const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
    return { ok: false, message: `too large: ${mb(file.size)}, the limit is ${mb(maxBytes)}` };
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
