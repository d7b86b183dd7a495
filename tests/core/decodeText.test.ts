import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/core/decodeText';

const utf16le = (text: string) => new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le').swap16());

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark, which is dropped', () => {
    expect(decodeText(new TextEncoder().encode('id: café'))).toBe('id: café');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id: x')]))).toBe('id: x');
  });

  it('reads UTF-16 in either byte order when its byte-order mark says so', () => {
    expect(decodeText(utf16le('{"kind": "assignment", "title": "Wöche 1"}'))).toBe('{"kind": "assignment", "title": "Wöche 1"}');
    expect(decodeText(utf16be('title: Art’s plates'))).toBe('title: Art’s plates');
  });

  it('refuses bytes that are not text: invalid UTF-8, NUL characters, UTF-16 without its mark', () => {
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00]))).toBeUndefined();
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBeUndefined();
    expect(decodeText(utf16le('{"a": 1}').subarray(2))).toBeUndefined();
  });
});
