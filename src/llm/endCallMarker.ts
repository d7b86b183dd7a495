import type { EndReason } from '../core';

/** The ways a model-played customer may end the call, by tool or by marker. */
export const END_CALL_REASONS = ['hung-up', 'goal-reached'] as const;

/** A reason the model may give for ending the call. */
export type EndCallReason = (typeof END_CALL_REASONS)[number];

/** The text marker that ends the call when the server has no tool calls: `[end_call: hung-up]`. */
export function endCallMarker(reason: EndCallReason): string {
  return `[end_call: ${reason}]`;
}

// Tolerant of what models do to a marker: case, `end call`/`endcall`, `reason=`, quotes, and
// markdown (`**…**`, backticks) around it. The reason itself must still be one of the enum.
const MARKER = /[`*_]*\[\s*end[ _-]?call\b([^\]\n]*)\][`*_]*/gi;

function reasonOf(inside: string): EndCallReason | undefined {
  const value = inside
    .replace(/^\s*[:=]?\s*/, '')
    .replace(/^reason\s*[:=]\s*/i, '')
    .trim()
    .replace(/^["'“‘]|["'”’]$/g, '')
    .toLowerCase();
  return (END_CALL_REASONS as readonly string[]).includes(value) ? (value as EndCallReason) : undefined;
}

/** Where a marker that is still being typed starts at the end of the text, if one is. */
function partialMarkerStart(text: string): number | undefined {
  const open = text.lastIndexOf('[');
  if (open < 0 || text.includes(']', open)) return undefined;
  const rest = text
    .slice(open + 1)
    .trimStart()
    .toLowerCase();
  const typing = /^end[ _-]?call\b/.test(rest) || 'endcall'.startsWith(rest.replace(/[ _-]/, ''));
  if (!typing || rest.includes('\n')) return undefined;
  let start = open;
  while (start > 0 && '`*_'.includes(text[start - 1]!)) start--;
  return start;
}

/** The text without any end-call marker, whole or half-typed at the end: what may be shown while a reply streams. */
export function hideEndCallMarker(textSoFar: string): string {
  const whole = textSoFar.replace(MARKER, ' ');
  const partial = partialMarkerStart(whole);
  // Markdown opened at the end may be the start of a `**[end_call: …]**`; a closing one (`*sighs*`) stays.
  return (partial === undefined ? whole : whole.slice(0, partial)).replace(/(^|\s)[`*_]+$/, '$1');
}

/**
 * Reads the end-call marker out of a finished reply: the text without it, and the end it asks for.
 * A marker with an unknown reason is stripped and ignored, as end_call with invalid arguments is.
 * Narration such as "*hangs up*" or "(ends call)" is deliberately not read as an end: it does not
 * say whether a next step was agreed, and models narrate threats and asides too; a call ended by
 * mistake costs the trainee far more than one more line does.
 */
export function readEndCallMarker(reply: string): { text: string; end?: EndReason } {
  let end: EndCallReason | undefined;
  for (const match of reply.matchAll(MARKER)) end ??= reasonOf(match[1] ?? '');
  const text = hideEndCallMarker(reply);
  return end ? { text, end } : { text };
}
