import { normalizeText } from './normalizeText';
import { has, phraseSet } from './phraseSet';

function escapeName(name: string): string {
  return normalizeText(name)
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The ways of asking for someone, around their name (`N`): "could I speak to Kim", "is Kim around", "put me through to Kim". */
function askingFor(name: string): RegExp {
  const n = `(?:${escapeName(name)})`;
  return phraseSet(
    `(?:speak|talk|have a (?:quick )?word|a (?:quick )?word|chat) (?:to|with) ${n}`,
    `(?:is|are) ${n} (?:around|there|in|available|free|about|at (?:her|his|their) desk)`,
    `(?:put|transfer|pass|connect|send|patch|get) me (?:through |over |back |across )?(?:to|with) ${n}`,
    `(?:can|could|may|might) i (?:have|get|grab|borrow) ${n}`,
    `(?:put|get) ${n} on(?: the (?:line|phone))?`,
    `(?:is|would) ${n} (?:be )?(?:able|free) to (?:talk|speak|take)`,
    `(?:rather|prefer to|want to|need to) (?:speak|talk|deal|go)(?: \\S+){0,3}? (?:to|with|through) ${n}`,
  );
}

const cache = new Map<string, RegExp>();

/**
 * The rep asks to speak to the named person or to be put through to them ("could I speak to Kim?", "is Wendy around?",
 * "put me through to Wendy"). Saying the name ("I'll email Kim two slots") is not asking for her.
 */
export function asksForPerson(text: string, name: string): boolean {
  const first = name.trim().split(/\s+/)[0] ?? '';
  if (first === '') return false;
  const key = first.toLowerCase();
  let set = cache.get(key);
  if (!set) {
    set = askingFor(first);
    cache.set(key, set);
  }
  return has(set, normalizeText(text));
}

/** Asking to get past whoever answered, without a name: "just put me through", "can you transfer me", "let me talk to your boss". */
const PUT_THROUGH = phraseSet(
  '(?:put|transfer|pass|connect|patch) me (?:through|over|across|back to)',
  '(?:put|transfer|connect|patch) me to (?:her|him|them|your (?:boss|manager|director))',
  '(?:speak|talk) (?:to|with) (?:her|him|your (?:boss|manager|director)|the (?:boss|director|decision maker)) (?:directly|myself|in person|instead)',
  '(?:rather|prefer to|want to|need to) (?:speak|talk|deal) (?:to|with) (?:her|him|your (?:boss|manager|director)|the (?:boss|director|decision maker))',
);

/** The rep asks whoever answered to be put through, without naming anyone. */
export function asksToBePutThrough(text: string): boolean {
  return has(PUT_THROUGH, normalizeText(text));
}
