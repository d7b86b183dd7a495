import { z } from 'zod';
import { cleanTurnText, pick, randomFor, type EndReason, type Turn } from '../core';
import { type Persona, type PersonaTurn, type RespondOptions, scriptedGreeting, scriptedReply } from '../core/persona';
import type { Difficulty, Scenario } from '../core/scenario';
import type { ModelClient, TokenUsage, ToolSpec } from './ModelClient';
import { END_CALL_REASONS, hideEndCallMarker, readEndCallMarker } from './endCallMarker';
import { ModelError } from './ModelError';
import { buildPersonaPrompt, cleanModelReply, toChatMessages, trimToSentence } from './personaPrompt';

/** Limits and knobs of a model-played customer. */
export interface LlmPersonaOptions {
  /** Longest reply, in tokens (default 160: a few spoken sentences). */
  maxReplyTokens?: number;
  /** Rep turns per call; the customer then says goodbye and the call ends with 'turn-limit' (default 20). */
  maxTurns?: number;
  /** Default 0.7: varied but in character. */
  temperature?: number;
  /** Told the token usage of each reply, for cost figures. */
  onUsage?: (usage: TokenUsage) => void;
  /** Longest reply read, in characters (default 3,000: a turn keeps 2,000 at most); past it the reply is cut. */
  maxReplyChars?: number;
  /** Longest a reply may take from asking to its last word (default 60 s); past it the reply is cut. */
  maxReplyMs?: number;
}

/** A customer's turn is a few spoken sentences; a reply of more than this is a model that will not stop. */
export const MAX_REPLY_CHARS = 3_000;

/** Longest a customer's reply may take, first word to last. */
export const MAX_REPLY_MS = 60_000;

/** The structured signal a model uses to end the call, instead of us guessing from its words. */
export const END_CALL_TOOL: ToolSpec = {
  name: 'end_call',
  description: 'End the phone call: when you hang up, or when the call has reached an agreed next step and nothing else needs settling.',
  parameters: {
    type: 'object',
    properties: {
      reason: {
        type: 'string',
        enum: [...END_CALL_REASONS],
        description: '"hung-up" when you end it unhappy or out of patience; "goal-reached" when a next step is agreed.',
      },
      last_words: { type: 'string', description: 'What you say as you end the call, if not already said in your reply.' },
    },
    required: ['reason'],
    additionalProperties: false,
  },
};

const endCallArgs = z.object({ reason: z.enum(END_CALL_REASONS), last_words: z.string().optional() });

/** The end of call the model asked for through end_call, if any (arguments that do not validate are ignored). */
export function readEndCall(toolCalls: readonly { name: string; arguments: string }[]): { reason: EndReason; lastWords?: string } | undefined {
  for (const call of toolCalls) {
    if (call.name !== END_CALL_TOOL.name) continue;
    let args: unknown;
    try {
      args = JSON.parse(call.arguments || '{}');
    } catch {
      continue;
    }
    const parsed = endCallArgs.safeParse(args);
    if (parsed.success) return { reason: parsed.data.reason, lastWords: parsed.data.last_words };
  }
  return undefined;
}

/** A customer played by a language model from the scenario's persona card; same interface as the scripted one. */
export function createLlmPersona(
  scenario: Scenario,
  call: { seed: number; difficulty: Difficulty },
  client: ModelClient,
  options: LlmPersonaOptions = {},
): Persona {
  const maxTurns = options.maxTurns ?? 20;
  const name = scenario.persona.name;
  // Servers without tool calls get a prompt that ends the call with a text marker instead; the
  // client switches to it when the server refuses the tool (see ChatRequest.messagesWithoutTools).
  const system = buildPersonaPrompt(scenario, call.difficulty, 'tool');
  const markerSystem = buildPersonaPrompt(scenario, call.difficulty, 'marker');
  const line = (label: string, lines: readonly string[]) => pick(randomFor(call.seed, 'llm', label), lines);
  // The patience meter follows the scripted reading of the rep's lines (the rules the score uses too),
  // so it moves the same, explainable way whichever persona plays.
  const moodAfter = (turns: readonly Turn[]) => scriptedReply(scenario, call, turns).mood;
  const clean = (text: string) => cleanTurnText(cleanModelReply(text, name)).text;
  // The marker is read off the raw reply (before cleaning could eat `*[…]*`), and never shown or stored.
  const spokenSoFar = (text: string) => clean(hideEndCallMarker(text));

  return {
    kind: 'llm',
    // The greeting is authored in the scenario (picked as the scripted persona would): no model call for "hello".
    async open(): Promise<PersonaTurn> {
      return scriptedGreeting(scenario, call);
    },
    async respond(turns: readonly Turn[], respondOptions: RespondOptions = {}): Promise<PersonaTurn> {
      if (scenario.channel === 'voicemail') return { text: '', end: 'voicemail-recorded', mood: moodAfter(turns) };
      const repTurns = turns.filter((turn) => turn.speaker === 'rep').length;
      if (repTurns >= maxTurns) return { text: line('turn-limit', scenario.dialogue.goodbye), end: 'turn-limit', mood: moodAfter(turns) };
      const result = await client
        .chat(
          {
            messages: toChatMessages(system, turns),
            messagesWithoutTools: toChatMessages(markerSystem, turns),
            maxTokens: options.maxReplyTokens ?? 160,
            temperature: options.temperature ?? 0.7,
            seed: call.seed,
            tools: [END_CALL_TOOL],
            stream: true,
            maxChars: options.maxReplyChars ?? MAX_REPLY_CHARS,
            maxDurationMs: options.maxReplyMs ?? MAX_REPLY_MS,
          },
          {
            signal: respondOptions.signal,
            onText: respondOptions.onText ? (soFar) => respondOptions.onText?.(spokenSoFar(soFar)) : undefined,
            onRetry: respondOptions.onWaiting
              ? (wait) => respondOptions.onWaiting?.({ reason: wait.reason, retryInMs: wait.waitMs, attempt: wait.attempt, attempts: wait.attempts })
              : undefined,
          },
        )
        .catch((error: unknown) => {
          if (error instanceof ModelError && error.partialText) throw error.withPartialText(spokenSoFar(error.partialText));
          throw error;
        });
      if (result.usage) options.onUsage?.(result.usage);
      // The marker counts whether or not tools were sent (it cannot appear by accident); the tool
      // wins when both are there.
      const marked = readEndCallMarker(result.text);
      const end = readEndCall(result.toolCalls) ?? (marked.end ? { reason: marked.end } : undefined);
      let text = clean(result.finishReason === 'length' ? trimToSentence(marked.text) : marked.text);
      if (!text && end?.lastWords) text = clean(end.lastWords);
      if (!text && !end) throw new ModelError('malformed', `The model sent an empty reply instead of ${name}'s words.`);
      const mood = moodAfter(turns);
      return end ? { text, end: end.reason, mood } : { text, mood };
    },
  };
}
