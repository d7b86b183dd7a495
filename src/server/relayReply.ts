// Passes the model service's reply to the browser: the key removed wherever it appears, the size
// capped, and the tokens it used read on the way for the budget.
import type { ServerResponse } from 'node:http';
import { watchSplitKey } from './watchSplitKey';

/** Response headers passed back to the browser. */
const PASSED_HEADERS = ['content-type', 'retry-after', 'retry-after-ms', 'x-request-id'];

/** Why the proxy stopped a reply before its end. */
export type CutReason = 'size' | 'duration' | 'silence' | 'key' | 'client-gone';

/** What the relay needs from the request it serves. */
export interface RelayContext {
  res: ServerResponse;
  /** The server's key, which no reply may carry. */
  apiKey: string;
  redact: (text: string) => string;
  maxBytes: number;
  /** Called on every piece that arrives (rearms the silence timer). */
  onProgress: () => void;
  /** Stops the upstream reply for a reason (aborts its fetch). */
  cut: (reason: CutReason) => void;
  /** The reason the reply was stopped, once it was. */
  cutReason: () => CutReason | undefined;
  /** Plain words for a cut, for the browser. */
  describeCut: (reason: CutReason) => string;
}

/** The tokens a reply used (as reported, when it was) and how it ended. */
export interface RelayOutcome {
  reportedTokens?: number;
  replyChars: number;
  cut?: CutReason;
  /** The upstream connection broke off on its own. */
  broken?: boolean;
}

/** Headers to send the browser: the allowed ones, with the key removed from their values. */
export function passedHeaders(answer: Response, redact: (text: string) => string): Record<string, string> {
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  for (const name of PASSED_HEADERS) {
    const value = answer.headers.get(name);
    if (value) headers[name] = redact(value);
  }
  return headers;
}

/** Reads usage and reply text from a chat completion or one streamed piece of it; returns the text. */
function measure(data: unknown, outcome: RelayOutcome): string {
  if (data === null || typeof data !== 'object') return '';
  const { usage, choices } = data as { usage?: { total_tokens?: unknown }; choices?: unknown };
  if (usage && typeof usage.total_tokens === 'number' && Number.isFinite(usage.total_tokens)) outcome.reportedTokens = usage.total_tokens;
  if (!Array.isArray(choices)) return '';
  let text = '';
  for (const choice of choices as { delta?: ReplyPart; message?: ReplyPart }[]) {
    const part = choice?.delta ?? choice?.message;
    if (typeof part?.content === 'string') {
      text += part.content;
      outcome.replyChars += part.content.length;
    }
    for (const call of Array.isArray(part?.tool_calls) ? part.tool_calls : []) {
      for (const piece of [call?.function?.name, call?.function?.arguments]) if (typeof piece === 'string') text += piece;
    }
  }
  return text;
}

interface ReplyPart {
  content?: unknown;
  tool_calls?: { function?: { name?: unknown; arguments?: unknown } }[];
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Reads a whole (non-streamed) body up to the size cap; undefined when it ran over or was stopped. */
async function readCapped(body: ReadableStream<Uint8Array> | null, ctx: RelayContext): Promise<string | undefined> {
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      ctx.onProgress();
      size += value.byteLength;
      if (size > ctx.maxBytes) {
        ctx.cut('size');
        return undefined;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Relays a reply that is not a stream: read whole, key removed, then sent. */
export async function relayWhole(answer: Response, ctx: RelayContext): Promise<RelayOutcome> {
  const outcome: RelayOutcome = { replyChars: 0 };
  const text = await readCapped(answer.body, ctx);
  if (text === undefined) {
    const reason = ctx.cutReason();
    if (reason === 'client-gone') return { ...outcome, cut: reason };
    const message = reason ? ctx.describeCut(reason) : 'The model service broke off its reply.';
    ctx.res.writeHead(reason === 'duration' || reason === 'silence' ? 504 : 502, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    ctx.res.end(JSON.stringify({ error: { message, type: 'proxy_error', code: reason ? 'reply_cut' : 'upstream_broken' } }));
    return reason ? { ...outcome, cut: reason } : { ...outcome, broken: true };
  }
  if (answer.ok) measure(parseJson(text), outcome);
  ctx.res.writeHead(answer.status, passedHeaders(answer, ctx.redact));
  ctx.res.end(ctx.redact(text));
  return outcome;
}

/**
 * Relays a server-sent-events stream event by event, so a key split across network pieces is still
 * found; a stream that runs over its limits gets an error event and is ended.
 */
export async function relayStream(answer: Response, ctx: RelayContext): Promise<RelayOutcome> {
  const outcome: RelayOutcome = { replyChars: 0 };
  const { res } = ctx;
  res.writeHead(answer.status, passedHeaders(answer, ctx.redact));
  res.flushHeaders();
  const reader = answer.body!.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  let size = 0;
  const watch = watchSplitKey(ctx.apiKey);
  // Events held back while the reply text ends in what could be the start of the key.
  let held: string[] = [];
  const flushEvents = (final: boolean) => {
    const parts = pending.split(/\r?\n\r?\n/);
    pending = final ? '' : parts.pop()!;
    for (const event of final ? parts.filter((p) => p !== '') : parts) {
      // A key whole in one event is redacted there; the watch is for one spelled across events.
      const redacted = ctx.redact(event);
      let text = '';
      for (const line of redacted.split(/\r?\n/)) {
        if (line.startsWith('data:')) text += measure(parseJson(line.slice(5).trim()), outcome);
      }
      const verdict = watch.see(text);
      if (verdict === 'key') {
        held = [];
        ctx.cut('key');
        return;
      }
      held.push(`${redacted}\n\n`);
      if (verdict === 'pass' || final) {
        res.write(held.join(''));
        held = [];
      }
    }
    if (final && held.length > 0) res.write(held.join(''));
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      ctx.onProgress();
      size += value.byteLength;
      if (size > ctx.maxBytes) {
        ctx.cut('size');
        break;
      }
      pending += decoder.decode(value, { stream: true });
      flushEvents(false);
      if (ctx.cutReason()) break;
    }
  } catch {
    // Stopped by a cut (handled below) or broken off upstream.
  }
  if (!ctx.cutReason()) {
    const clean = await reader.closed.then(
      () => true,
      () => false,
    );
    if (!clean) {
      // The upstream broke off: cut the browser's stream too, so it sees the same fault.
      res.destroy();
      return { ...outcome, broken: true };
    }
    pending += decoder.decode();
    flushEvents(true);
  }
  const reason = ctx.cutReason();
  if (reason === 'client-gone') return { ...outcome, cut: reason };
  if (reason) {
    void reader.cancel().catch(() => undefined);
    const error = { error: { message: ctx.describeCut(reason), type: 'proxy_error', code: 'reply_cut' } };
    res.end(`data: ${JSON.stringify(error)}\n\n`);
    return { ...outcome, cut: reason };
  }
  res.end();
  return outcome;
}
