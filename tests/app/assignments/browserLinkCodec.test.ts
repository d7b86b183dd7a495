import { describe, expect, it } from 'vitest';
import { browserLinkCodec } from '../../../src/app/assignments/browserLinkCodec';
import { bytesToBase64Url, decodeAssignmentLink, encodeAssignmentLink, LinkTooLargeError } from '../../../src/core/assignments/assignmentLink';
import { BUILTIN_IDS, loadAssignment } from '../../fixtures/assignments/fakeCalls';

describe('browserLinkCodec', () => {
  it('compresses with deflate-raw where CompressionStream exists, and the link round-trips', async () => {
    const codec = browserLinkCodec();
    expect(codec.deflate).toBeDefined();
    const assignment = loadAssignment('valid-assignment-custom.json');
    const link = await encodeAssignmentLink(assignment, codec);
    if (!link.ok) throw new Error('not encoded');
    expect(link.value[0]).toBe('z');
    const back = await decodeAssignmentLink(link.value, codec, { builtinScenarioIds: BUILTIN_IDS });
    expect(back.ok && back.value).toEqual(assignment);
  });

  it('stops unpacking once the output passes the limit', async () => {
    const codec = browserLinkCodec();
    const packed = await codec.deflate!(new Uint8Array(5_000_000));
    await expect(codec.inflate!(packed, 1_000)).rejects.toBeInstanceOf(LinkTooLargeError);
  });

  it('calls a link that inflates to 22 MB too large, not damaged', async () => {
    const codec = browserLinkCodec();
    const bomb = await codec.deflate!(new Uint8Array(22_000_000).fill(32));
    const result = await decodeAssignmentLink(`z${bytesToBase64Url(bomb)}`, codec, { builtinScenarioIds: BUILTIN_IDS });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([{ path: '(link)', message: 'the link is too large: it unpacks to more than 2.0 MB, the limit for an assignment' }]);
  });

  it('rejects bytes that are not deflate data', async () => {
    await expect(browserLinkCodec().inflate!(new Uint8Array([1, 2, 3, 250, 251]), 1_000)).rejects.toThrow();
  });
});
