// The team deployment's model proxy: the browser talks to /api/llm/v1 on the app's own origin and the
// key is added here, so it never reaches a trainee's machine. It logs only through `log`, never the key.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_OPENAI_MODEL, OPENAI_BASE_URL, PROXY_BASE_PATH, PROXY_CONFIG_PATH } from '../llm/llmDefaults';
import { createRateLimiter } from './createRateLimiter';
import { createReplyTimers } from './createReplyTimers';
import { createSiteGuard } from './createSiteGuard';
import { createTokenBudget, type Reservation } from './createTokenBudget';
import { DEFAULT_PROXY_LIMITS, type ProxyLimits } from './proxyLimits';
import { readChatRequest } from './readChatRequest';
import { type CutReason, type RelayContext, relayStream, relayWhole } from './relayReply';
import type { Middleware } from './startServer';

/** What the proxy forwards to and with which key, and what it allows. */
export interface LlmProxyOptions {
  apiKey: string;
  /** Upstream OpenAI-compatible API (default OpenAI's). */
  baseURL?: string;
  /** The model every request uses, whatever the browser asks for (default gpt-4o-mini). */
  model?: string;
  /** Host names (or origins such as `https://name`) besides localhost, 127.0.0.1 and the server's own address. */
  allowedHosts?: readonly string[];
  /** Rate, budget, size and time limits; the rest keep their defaults. */
  limits?: Partial<ProxyLimits>;
  /** Where usage and refusals are reported (the server log); never given the key. */
  log?: (line: string) => void;
  /** The clock, in milliseconds (tests). */
  now?: () => number;
  /** Upstream fetch (tests). */
  fetch?: typeof globalThis.fetch;
  /** Told the tokens each answered chat request used, with its request (team mode records them per user). */
  onUsage?: (req: IncomingMessage, tokens: number) => void;
}

/** The upstream paths the browser may reach, with their method. */
const ROUTES: Record<string, string> = { 'chat/completions': 'POST', models: 'GET' };

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
  return true;
}

const proxyError = (res: ServerResponse, status: number, message: string, extra: { code?: string; type?: string; headers?: Record<string, string> } = {}) =>
  sendJson(res, status, { error: { message, type: extra.type ?? 'proxy_error', ...(extra.code ? { code: extra.code } : {}) } }, extra.headers);

const clientOf = (req: IncomingMessage) => (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
const grouped = (n: number) => n.toLocaleString('en-US');

/** `0.3 s`, `60 s`. */
const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

function hoursAndMinutes(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  return minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
}

/** Creates the `/api/llm/*` middleware for `npm start` when OPENAI_API_KEY is set. */
export function createLlmProxy(options: LlmProxyOptions): Middleware {
  const upstream = (options.baseURL?.trim() || OPENAI_BASE_URL).replace(/\/+$/, '');
  const model = options.model?.trim() || DEFAULT_OPENAI_MODEL;
  const limits: ProxyLimits = { ...DEFAULT_PROXY_LIMITS, ...options.limits };
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? Date.now;
  const redact = (text: string) => text.split(options.apiKey).join('[key hidden]');
  const log = (line: string) => options.log?.(`model proxy: ${redact(line)}`);
  const siteCheck = createSiteGuard(options.allowedHosts ?? []);
  const limiter = createRateLimiter(limits, now);
  const budget = createTokenBudget(limits.dailyTokens, now);

  // Refusals are logged once per kind and client a minute, so a flood cannot flood the log.
  const lastNoted = new Map<string, number>();
  const noteOnce = (key: string, line: string) => {
    const at = now();
    if ((lastNoted.get(key) ?? -Infinity) > at - 60_000) return;
    if (lastNoted.size > 1_000) lastNoted.clear();
    lastNoted.set(key, at);
    log(line);
  };

  const describeCut = (reason: CutReason) =>
    reason === 'size'
      ? `The reply ran past the ${grouped(limits.maxReplyBytes)} bytes the team server allows and was cut.`
      : reason === 'duration'
        ? `The reply ran longer than the ${seconds(limits.maxReplyMs)} the team server allows and was cut.`
        : reason === 'key'
          ? 'The reply spelled out the server’s model key, so the team server stopped it.'
          : `The model service sent nothing for ${seconds(limits.upstreamTimeoutMs)}, so the team server stopped waiting.`;

  return async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const isConfig = path === PROXY_CONFIG_PATH;
    if (!isConfig && !path.startsWith(`${PROXY_BASE_PATH}/`)) return false;
    const client = clientOf(req);
    const refusal = siteCheck(req);
    if (refusal) {
      noteOnce(`site ${client} ${refusal.logNote}`, `${client} ${refusal.logNote}`);
      return proxyError(res, 403, refusal.message);
    }
    if (isConfig) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return proxyError(res, 405, 'Use GET.');
      return sendJson(res, 200, { enabled: true, model });
    }
    const route = path.slice(PROXY_BASE_PATH.length + 1);
    const method = ROUTES[route];
    if (!method) return proxyError(res, 404, 'The team proxy only passes chat completions and the model list.');
    if (req.method !== method) return proxyError(res, 405, `Use ${method}.`);

    const admitted = limiter.take(client);
    if (!admitted.ok) {
      const why =
        admitted.why === 'per-minute'
          ? `Too many model requests from this computer: the team server allows ${limits.requestsPerMinute} a minute. Try again in ${admitted.retryAfterSeconds} s.`
          : `Too many model requests from this computer at once: the team server allows ${limits.parallelPerClient}.`;
      noteOnce(
        `rate ${client}`,
        `${client} is over its rate limit (${admitted.why === 'per-minute' ? `${limits.requestsPerMinute} a minute` : `${limits.parallelPerClient} at once`}); refusing for now`,
      );
      return proxyError(res, 429, why, { type: 'requests', code: 'rate_limit_exceeded', headers: { 'retry-after': String(admitted.retryAfterSeconds) } });
    }
    res.once('close', admitted.release);

    let body: string | undefined;
    let reservation: Reservation | undefined;
    if (method === 'POST') {
      const read = await readChatRequest(req, { model, maxReplyTokens: limits.maxReplyTokens });
      if (!read.ok) {
        if (read.problems) noteOnce(`invalid ${client}`, `${client} sent a chat request the proxy refuses: ${read.problems.slice(0, 500)}`);
        return proxyError(res, read.status, read.message, read.status === 400 ? { type: 'invalid_request_error', code: 'proxy_invalid_request' } : {});
      }
      body = read.body;
      // Worst case: a token per three bytes of prompt, plus the longest reply allowed.
      const reserved = budget.reserve(Math.ceil(Buffer.byteLength(body) / 3) + read.replyTokens);
      if (!reserved.ok) {
        const status = budget.status();
        noteOnce(
          'budget',
          `the daily budget is used up (${grouped(status.used)} of ${grouped(status.limit)} tokens); refusing chat requests until midnight UTC`,
        );
        return proxyError(
          res,
          429,
          `The team server's daily model budget (${grouped(limits.dailyTokens)} tokens) is used up: its quota resets at midnight UTC, in ${hoursAndMinutes(reserved.resetsInMs)}.`,
          { type: 'insufficient_quota', code: 'daily_budget_exhausted', headers: { 'x-should-retry': 'false' } },
        );
      }
      reservation = reserved.reservation;
    }

    const timers = createReplyTimers(limits);
    res.once('close', () => {
      if (!res.writableFinished) timers.cut('client-gone');
    });

    let tokensUsed = 0;
    let estimated = false;
    try {
      let answer: Response;
      try {
        answer = await doFetch(`${upstream}/${route}`, {
          method,
          headers: {
            authorization: `Bearer ${options.apiKey}`,
            accept: req.headers.accept ?? 'application/json',
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          body,
          signal: timers.signal,
        });
      } catch {
        const cutReason = timers.cutReason();
        if (cutReason === 'client-gone') return true;
        if (cutReason) {
          log(`${client}: ${describeCut(cutReason)}`);
          return proxyError(
            res,
            504,
            cutReason === 'silence' ? `The model service did not answer within ${seconds(limits.upstreamTimeoutMs)}.` : describeCut(cutReason),
            { code: 'upstream_timeout' },
          );
        }
        return proxyError(res, 502, 'The team server could not reach the model service.');
      }
      timers.onProgress();
      const context: RelayContext = {
        res,
        apiKey: options.apiKey,
        redact,
        maxBytes: limits.maxReplyBytes,
        onProgress: timers.onProgress,
        cut: timers.cut,
        cutReason: timers.cutReason,
        describeCut,
      };
      const streamed = answer.ok && answer.body !== null && /^text\/event-stream\b/i.test(answer.headers.get('content-type') ?? '');
      const outcome = streamed ? await relayStream(answer, context) : await relayWhole(answer, context);
      if (outcome.cut && outcome.cut !== 'client-gone') log(`${client}: ${describeCut(outcome.cut)}`);
      if (method === 'POST' && answer.ok) {
        estimated = outcome.reportedTokens === undefined;
        tokensUsed = outcome.reportedTokens ?? Math.ceil(Buffer.byteLength(body ?? '') / 4) + Math.ceil(outcome.replyChars / 4);
      }
      return true;
    } finally {
      timers.stop();
      if (reservation) {
        reservation.settle(tokensUsed);
        if (tokensUsed > 0) {
          options.onUsage?.(req, tokensUsed);
          const status = budget.status();
          log(`${client} used ${grouped(tokensUsed)} tokens${estimated ? ' (estimated)' : ''}; today ${grouped(status.used)} of ${grouped(status.limit)}`);
        }
      }
    }
  };
}
