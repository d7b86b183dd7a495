// The chat request the proxy sends upstream, rebuilt from an allow-list: nothing the browser adds
// (service_tier, store, logprobs, audio, n, ...) reaches the model service or the bill.
import { z } from 'zod';
import { fromZodIssues, type Validated } from '../core/scenario';

/** Fields a chat request may carry, and the caps the server puts on them. */
export interface UpstreamRequestRules {
  /** The model every request uses, whatever the browser asks for. */
  model: string;
  /** Longest reply, in tokens; larger asks are lowered to it, and a request without one gets it. */
  maxReplyTokens: number;
}

/** Chat requests are small; these bounds stop a crafted one from being large in other ways. */
const MAX_MESSAGES = 200;
const MAX_TOOLS = 16;
const MAX_STOPS = 4;

const message = z.strictObject({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string({ error: 'expected a string (the message text)' }),
  name: z.string().max(64).optional(),
});

const tool = z.strictObject({
  type: z.literal('function'),
  function: z.strictObject({
    name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a function name of letters, digits, "_" and "-" (at most 64 characters)'),
    description: z.string().max(2_000).optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
    strict: z.boolean().optional(),
  }),
});

const toolChoice = z.union(
  [z.enum(['auto', 'none', 'required']), z.strictObject({ type: z.literal('function'), function: z.strictObject({ name: z.string() }) })],
  {
    error: 'expected "auto", "none", "required" or { type: "function", function: { name } }',
  },
);

const responseFormat = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('text') }),
    z.strictObject({ type: z.literal('json_object') }),
    z.strictObject({
      type: z.literal('json_schema'),
      json_schema: z.strictObject({
        name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a schema name of letters, digits, "_" and "-"'),
        description: z.string().max(2_000).optional(),
        schema: z.record(z.string(), z.unknown()).optional(),
        strict: z.boolean().nullable().optional(),
      }),
    }),
  ],
  { error: 'expected a type of "text", "json_object" or "json_schema"' },
);

const tokens = z.number().int().min(1);

const chatRequest = z.strictObject({
  // Accepted for the SDK's sake, then replaced by the server's model.
  model: z.string().max(200).optional(),
  messages: z.array(message).min(1).max(MAX_MESSAGES),
  max_tokens: tokens.optional(),
  max_completion_tokens: tokens.optional(),
  temperature: z.number().min(0).max(2).optional(),
  top_p: z.number().min(0).max(1).optional(),
  seed: z.number().int().optional(),
  stop: z.union([z.string(), z.array(z.string()).max(MAX_STOPS)], { error: `expected a string or a list of at most ${MAX_STOPS} strings` }).optional(),
  stream: z.boolean().optional(),
  stream_options: z.strictObject({ include_usage: z.boolean().optional() }).optional(),
  tools: z.array(tool).max(MAX_TOOLS).optional(),
  tool_choice: toolChoice.optional(),
  response_format: responseFormat.optional(),
});

/** The request body as sent upstream. */
export type UpstreamRequest = z.infer<typeof chatRequest>;

/**
 * Validates a chat request from the browser and builds a new one from the allowed fields only,
 * with the server's model and the reply length capped; every problem is reported with its path.
 */
export function buildUpstreamRequest(input: unknown, rules: UpstreamRequestRules): Validated<UpstreamRequest> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '(root)', message: 'expected a JSON object' }] };
  }
  const parsed = chatRequest.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fromZodIssues(parsed.error.issues, input) };
  const given = parsed.data;
  const cap = (value: number | undefined) => (value === undefined ? undefined : Math.min(value, rules.maxReplyTokens));
  const out: UpstreamRequest = { model: rules.model, messages: given.messages.map((m) => ({ ...m })) };
  const maxTokens = cap(given.max_tokens);
  const maxCompletionTokens = cap(given.max_completion_tokens);
  if (maxTokens !== undefined) out.max_tokens = maxTokens;
  if (maxCompletionTokens !== undefined) out.max_completion_tokens = maxCompletionTokens;
  if (maxTokens === undefined && maxCompletionTokens === undefined) out.max_tokens = rules.maxReplyTokens;
  for (const key of ['temperature', 'top_p', 'seed', 'stop', 'stream', 'stream_options', 'tools', 'tool_choice', 'response_format'] as const) {
    if (given[key] !== undefined) (out as Record<string, unknown>)[key] = given[key];
  }
  return { ok: true, value: out };
}

/** The reply cap a rebuilt request carries. */
export function replyTokensOf(request: UpstreamRequest): number {
  return request.max_completion_tokens ?? request.max_tokens ?? 0;
}
