/** One chat message as the model sees it. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A function the model may call, described by a JSON schema. */
export interface ToolSpec {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

/** A function call the model made; arguments are the raw JSON text it wrote. */
export interface ToolCall {
  name: string;
  arguments: string;
}

/** Token counts as the server reported them. */
export interface TokenUsage {
  prompt: number;
  completion: number;
  total: number;
}

/** What to ask the model for. */
export interface ChatRequest {
  messages: ChatMessage[];
  /** Longest reply allowed, in tokens. */
  maxTokens: number;
  temperature?: number;
  seed?: number;
  tools?: ToolSpec[];
  /**
   * Messages to send instead when the request goes without its tools because the server refuses
   * tool calls (a 400 naming them); the client then skips tools for the rest of its life. Lets the
   * caller explain a fallback (say, a text marker) only to models that cannot call functions.
   */
  messagesWithoutTools?: ChatMessage[];
  /** Ask for JSON matching this schema (structured output). */
  jsonSchema?: { name: string; schema: Record<string, unknown> };
  /** Stream the reply; text arrives through ChatOptions.onText. */
  stream?: boolean;
  /**
   * Longest reply text read (default 16 characters a token, at least 2,000). A reply that runs past it
   * is cut there: a 'too-long' fault that keeps the text, so a server ignoring max_tokens cannot freeze the page.
   */
  maxChars?: number;
  /** Longest time the whole reply may take, first byte to last; past it the reply is cut, a 'timeout' that keeps the text. */
  maxDurationMs?: number;
}

/** A complete reply. */
export interface ChatResult {
  text: string;
  toolCalls: ToolCall[];
  /** 'stop', 'length', 'tool_calls', ...; null never reaches here (a reply without one is cut off). */
  finishReason: string;
  usage?: TokenUsage;
  /** False when the request's tools were left out because the server refuses tool calls. */
  toolsSent?: boolean;
}

/** The client is about to wait, then ask again (a rate limit, a server error, a failed connection). */
export interface RetryWait {
  /** Why, in a few plain words: "The model is busy (too many requests)". */
  reason: string;
  /** How long it waits before asking again. */
  waitMs: number;
  /** The attempt about to be made (2 for the first retry) and the most there will be. */
  attempt: number;
  attempts: number;
}

/** Per-request cancellation, streaming and progress. */
export interface ChatOptions {
  signal?: AbortSignal;
  /** Called with the text so far each time more arrives. */
  onText?: (textSoFar: string) => void;
  /** Called before each wait to ask again, so a person waiting can be told why and for how long. */
  onRetry?: (wait: RetryWait) => void;
}

/** A chat model behind an OpenAI-compatible API; every failure is thrown as a ModelError. */
export interface ModelClient {
  readonly model: string;
  chat(request: ChatRequest, options?: ChatOptions): Promise<ChatResult>;
  /** The model ids the server offers. */
  listModels(options?: { signal?: AbortSignal }): Promise<string[]>;
}

/** Where the model is and how to reach it. */
export interface ModelSettings {
  /** Absolute (`http://localhost:11434/v1`) or the app's own proxy path (`/api/llm/v1`). */
  baseURL: string;
  /** Omitted for the same-origin proxy and for local servers that need none. */
  apiKey?: string;
  model: string;
}
