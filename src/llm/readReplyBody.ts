import { ModelError } from './ModelError';

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

function tooMuch(maxBytes: number): ModelError {
  return new ModelError('too-long', `The model server sent more than ${megabytes(maxBytes)}, far more than a reply, so it was not read further.`);
}

/**
 * The response with a body that errors once more than `maxBytes` arrive, so a server that never
 * stops cannot fill the memory; only successful bodies are wrapped (error bodies are small and read by the SDK).
 */
export function limitBody(response: Response, maxBytes: number): Response {
  if (!response.body || !response.ok || response.status === 204 || response.status === 205) return response;
  let seen = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > maxBytes) controller.error(tooMuch(maxBytes));
      else controller.enqueue(chunk);
    },
  });
  return new Response(response.body.pipeThrough(counter), { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** Reads a body as text, up to `maxBytes`; `onData` is told of each piece (to re-arm a stall timer). */
export async function readCappedText(response: Response, maxBytes: number, onData: () => void): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let seen = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onData();
    seen += value.byteLength;
    if (seen > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooMuch(maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** A 200 that is a web page (a wrong base URL, an app's own index page) is not a model's reply; says so. */
export function refuseWebPage(response: Response, baseURL: string): void {
  const type = response.headers.get('content-type') ?? '';
  if (!/text\/html|application\/xhtml/i.test(type)) return;
  void response.body?.cancel().catch(() => undefined);
  throw new ModelError(
    'unreachable',
    `The address ${baseURL} returned a web page, not a model reply. Check the base URL: it should be the model server's API (it usually ends in /v1), not a website.`,
    { retryable: false, status: response.status },
  );
}
