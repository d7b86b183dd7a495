import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  base64UrlToBytes,
  bytesToBase64Url,
  decodeAssignmentLink,
  encodeAssignmentLink,
  LinkTooLargeError,
  MAX_LINK_PAYLOAD_CHARS,
  type LinkCodec,
} from '../../../src/core/assignments/assignmentLink';
import { formatValidationError } from '../../../src/core/scenario/validationError';
import { BUILTIN_IDS, loadAssignment } from '../../fixtures/assignments/fakeCalls';

/** Node's zlib stands in for the browser's CompressionStream; past the limit it rejects as the contract says. */
const codec: LinkCodec = {
  deflate: async (bytes) => new Uint8Array(deflateRawSync(bytes)),
  inflate: async (bytes, maxBytes) => {
    try {
      return new Uint8Array(inflateRawSync(bytes, { maxOutputLength: maxBytes }));
    } catch (error) {
      throw (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? new LinkTooLargeError() : error;
    }
  },
};
const context = { builtinScenarioIds: BUILTIN_IDS };

async function refusal(payload: string, using: LinkCodec = codec): Promise<string[]> {
  const result = await decodeAssignmentLink(payload, using, context);
  return result.ok ? [] : result.errors.map(formatValidationError);
}

describe('base64url', () => {
  it('round-trips bytes of every length', () => {
    for (let n = 0; n < 20; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n) & 0xff);
      expect(base64UrlToBytes(bytesToBase64Url(bytes))).toEqual(bytes);
    }
  });

  it('matches the standard encoding with the URL-safe alphabet', () => {
    const bytes = new Uint8Array([0xfb, 0xff, 0xbf, 0x00, 0x10]);
    expect(bytesToBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
  });

  it('refuses characters outside the alphabet', () => {
    expect(base64UrlToBytes('abc$')).toBeUndefined();
    expect(base64UrlToBytes('a+b/')).toBeUndefined();
  });
});

describe('assignment links', () => {
  it('round-trips an assignment through a compressed link', async () => {
    const assignment = loadAssignment('valid-assignment-custom.json');
    const encoded = await encodeAssignmentLink(assignment, codec);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.value.startsWith('z')).toBe(true);
    expect(encoded.value).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = await decodeAssignmentLink(encoded.value, codec, context);
    expect(decoded.ok && decoded.value).toEqual(assignment);
  });

  it('falls back to plain base64url where compression is missing, and reads it without compression', async () => {
    const assignment = loadAssignment();
    const encoded = await encodeAssignmentLink(assignment, {});
    expect(encoded.ok && encoded.value.startsWith('j')).toBe(true);
    if (!encoded.ok) return;
    const decoded = await decodeAssignmentLink(encoded.value, {}, context);
    expect(decoded.ok && decoded.value.id).toBe(assignment.id);
  });

  it('compresses a custom scenario well below the plain size', async () => {
    const assignment = loadAssignment('valid-assignment-custom.json');
    const zipped = await encodeAssignmentLink(assignment, codec);
    const plain = await encodeAssignmentLink(assignment, {});
    expect(zipped.ok && plain.ok && zipped.value.length < plain.value.length / 2).toBe(true);
  });

  it('refuses to make a link that would be too long', async () => {
    const assignment = loadAssignment();
    const huge = { ...assignment, note: Array.from({ length: 40_000 }, (_, i) => ((i * 7919) % 65_536).toString(36)).join('') };
    const result = await encodeAssignmentLink(huge, codec);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/too large for a link .* share it as a file instead$/);
  });

  it('refuses an empty link', async () => {
    expect(await refusal('')).toEqual(['At (link): the link carries no assignment']);
  });

  it('refuses a link of another kind', async () => {
    expect(await refusal('hello-world')).toEqual(['At (link): the link is not an assignment link from Dialed In, or it was cut short']);
  });

  it('refuses characters a link never has', async () => {
    expect(await refusal('z<script>alert(1)</script>')).toEqual([
      'At (link): the link is damaged: it contains characters an assignment link never has (was it changed?)',
    ]);
  });

  it('refuses a link cut short', async () => {
    const encoded = await encodeAssignmentLink(loadAssignment(), codec);
    if (!encoded.ok) throw new Error('encode failed');
    const half = Math.floor(encoded.value.length / 2);
    const cut = encoded.value.slice(0, half - ((half - 1) % 4));
    expect(await refusal(cut)).toEqual(['At (link): the link is damaged: it could not be unpacked (was it cut short or changed?)']);
    expect(await refusal(encoded.value.slice(0, cut.length + 1))).toEqual(['At (link): the link is damaged: it was cut short']);
  });

  it('refuses a link whose content is not an assignment', async () => {
    const payload = `j${bytesToBase64Url(new TextEncoder().encode('{"kind":"results","schemaVersion":1}'))}`;
    expect(await refusal(payload)).toEqual(['At kind: this is a results file, not an assignment']);
  });

  it('refuses a link whose content is not JSON', async () => {
    expect(await refusal(`j${bytesToBase64Url(new TextEncoder().encode('not json'))}`)).toEqual([
      'At (link): the link is damaged: its content is not a readable assignment',
    ]);
  });

  it('refuses a link whose content is not text', async () => {
    expect(await refusal(`j${bytesToBase64Url(new Uint8Array([0xff, 0xfe, 0x00]))}`)).toEqual(['At (link): the link is damaged: its content is not text']);
  });

  it('calls a link that would unpack into something huge too large, not damaged', async () => {
    const bomb = new Uint8Array(deflateRawSync(Buffer.alloc(22_000_000, 32)));
    const payload = `z${bytesToBase64Url(bomb)}`;
    expect(payload.length).toBeLessThan(MAX_LINK_PAYLOAD_CHARS);
    expect(await refusal(payload)).toEqual(['At (link): the link is too large: it unpacks to more than 2.0 MB, the limit for an assignment']);
  });

  it('refuses a compressed link where the browser cannot unpack it', async () => {
    expect(await refusal('zAAAA', {})).toEqual(['At (link): this browser cannot unpack compressed links; ask for the assignment as a file']);
  });

  it('refuses an over-long link without decoding it', async () => {
    expect(await refusal(`z${'A'.repeat(MAX_LINK_PAYLOAD_CHARS + 10)}`)).toEqual([
      `At (link): the link is too long (${(MAX_LINK_PAYLOAD_CHARS + 11).toLocaleString('en')} characters, the limit is ${MAX_LINK_PAYLOAD_CHARS.toLocaleString('en')})`,
    ]);
  });
});
