import { type LinkCodec, LinkTooLargeError } from '../../core/assignments';

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** Reads a stream to the end, stopping with an error once it passes `maxBytes`. */
async function collect(stream: ReadableStream<Uint8Array>, maxBytes = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new LinkTooLargeError();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function supportsDeflateRaw(): boolean {
  try {
    return typeof CompressionStream !== 'undefined' && typeof DecompressionStream !== 'undefined' && Boolean(new CompressionStream('deflate-raw'));
  } catch {
    return false;
  }
}

/** deflate-raw through the browser's CompressionStream, where it exists; otherwise links are plain base64url. */
export function browserLinkCodec(): LinkCodec {
  if (!supportsDeflateRaw()) return {};
  return {
    deflate: (bytes) => collect(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>)),
    inflate: (bytes, maxBytes) =>
      collect(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>), maxBytes),
  };
}

/** The full address of an assignment link for this app. */
export function assignmentUrl(payload: string): string {
  return `${window.location.origin}${window.location.pathname}#/assignment/${payload}`;
}
