// Chat-completions payloads (whole and streamed) and token counts for the fake OpenAI server.

/** A function call the fake model makes; arguments may be an object (serialised) or raw text. */
export interface FakeToolCall {
  name: string;
  arguments: unknown;
}

/** A successful reply from the fake model. */
export interface FakeReply {
  reply?: string;
  toolCalls?: FakeToolCall[];
  /** Structured output: serialised as the message content. */
  json?: unknown;
  finishReason?: string;
  /** Words per streamed chunk (default 2). */
  chunkWords?: number;
  /** The exact pieces the reply streams in, split anywhere as a model's tokens are (overrides chunkWords; their join is the reply). */
  chunks?: string[];
}

/** Rough token count, OpenAI's rule of thumb of four characters a token; good enough for cost estimates. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Prompt tokens of a chat request: message texts, a small per-message overhead, tools and schema. */
export function promptTokens(body: Record<string, unknown>): number {
  const messages = Array.isArray(body.messages) ? (body.messages as { content?: unknown }[]) : [];
  let tokens = 3;
  for (const message of messages) tokens += 4 + estimateTokens(typeof message.content === 'string' ? message.content : JSON.stringify(message.content ?? ''));
  if (body.tools) tokens += estimateTokens(JSON.stringify(body.tools));
  if (body.response_format) tokens += estimateTokens(JSON.stringify(body.response_format));
  return tokens;
}

function contentOf(step: FakeReply): string {
  if (step.json !== undefined) return JSON.stringify(step.json);
  if (step.chunks) return step.chunks.join('');
  return step.reply ?? '';
}

function callsOf(step: FakeReply): { name: string; arguments: string }[] {
  return (step.toolCalls ?? []).map((call) => ({
    name: call.name,
    arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
  }));
}

function finishOf(step: FakeReply): string {
  if (step.finishReason) return step.finishReason;
  return step.toolCalls?.length ? 'tool_calls' : 'stop';
}

/** Token usage of one reply to one request. */
export function usageFor(body: Record<string, unknown>, step: FakeReply) {
  const prompt = promptTokens(body);
  const completion = estimateTokens(
    contentOf(step) +
      callsOf(step)
        .map((c) => c.name + c.arguments)
        .join(''),
  );
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

let counter = 0;
const ids = () => `chatcmpl-fake${++counter}`;

/** A whole (non-streamed) chat completion. */
export function completionBody(body: Record<string, unknown>, step: FakeReply): Record<string, unknown> {
  const calls = callsOf(step);
  return {
    id: ids(),
    object: 'chat.completion',
    created: 1_700_000_000,
    model: String(body.model),
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: calls.length && !contentOf(step) ? null : contentOf(step),
          ...(calls.length ? { tool_calls: calls.map((call, i) => ({ id: `call_${i}`, type: 'function', function: call })) } : {}),
        },
        finish_reason: finishOf(step),
      },
    ],
    usage: usageFor(body, step),
  };
}

/** The text pieces a reply streams in: a few words at a time, keeping the spaces. */
export function textPieces(text: string, words = 2): string[] {
  const tokens = text.match(/\S+\s*/g) ?? [];
  const pieces: string[] = [];
  for (let i = 0; i < tokens.length; i += words) pieces.push(tokens.slice(i, i + words).join(''));
  return pieces;
}

/** The `data:` events of a streamed reply, without [DONE]; `withFinish` false leaves the last one off. */
export function streamEvents(body: Record<string, unknown>, step: FakeReply, withFinish = true): string[] {
  const id = ids();
  const base = { id, object: 'chat.completion.chunk', created: 1_700_000_000, model: String(body.model) };
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
    JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finish }] });
  const events = [chunk({ role: 'assistant', content: '' })];
  for (const piece of step.chunks ?? textPieces(contentOf(step), step.chunkWords)) events.push(chunk({ content: piece }));
  callsOf(step).forEach((call, index) => {
    const half = Math.ceil(call.arguments.length / 2);
    events.push(chunk({ tool_calls: [{ index, id: `call_${index}`, type: 'function', function: { name: call.name, arguments: '' } }] }));
    events.push(chunk({ tool_calls: [{ index, function: { arguments: call.arguments.slice(0, half) } }] }));
    events.push(chunk({ tool_calls: [{ index, function: { arguments: call.arguments.slice(half) } }] }));
  });
  if (!withFinish) return events;
  events.push(chunk({}, finishOf(step)));
  const options = body.stream_options as { include_usage?: boolean } | undefined;
  if (options?.include_usage) events.push(JSON.stringify({ ...base, choices: [], usage: usageFor(body, step) }));
  return events;
}
