/**
 * A file's bytes as text: UTF-8 (a byte-order mark is dropped), or UTF-16 when its byte-order mark
 * says so, as editors on Windows save it. Undefined when the bytes are not text in these encodings.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  let encoding = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    return undefined;
  }
  // NUL never appears in a text file; it does in pictures, spreadsheets and UTF-16 without its mark.
  return text.includes('\u0000') ? undefined : text;
}
