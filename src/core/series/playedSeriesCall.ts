import { seriesCallScenario } from '../scenario/seriesCallScenario';
import type { OpenIssue, Scenario } from '../scenario/scenarioSchema';
import type { MemoryLines } from '../scenario/seriesSchema';
import type { CallMemory, PromiseStatus } from './callMemory';
import { owedPromises } from './owedPromises';

/** How much a promise's fate in the last call moves the customer's patience for this one: trust kept or lost. */
export const TRUST_MOVES: Readonly<Record<PromiseStatus, number>> = { kept: 10, reminded: 0, broken: -10, forgotten: -15 };
/** Patience lost for a call that ended with the customer hanging up, and per problem left open with no promise at all. */
const HUNG_UP_COST = 10;
const LEFT_OPEN_COST = 5;

const firstName = (name: string) => name.split(/\s+/)[0] ?? name;

function dateOf(memory: CallMemory, number: number): string {
  return `${memory.day} (call ${number}${memory.channel === 'voicemail' ? ', voicemail' : ''})`;
}

const REP_FOLLOW_THROUGH: Record<PromiseStatus, (quote: string, who: string) => string> = {
  kept: (quote) => `You kept your word (“${quote}”) and brought it up yourself.`,
  reminded: (quote, who) => `${who} had to remind you of “${quote}” before you answered it.`,
  broken: (quote) => `You came back with no firm answer to “${quote}”`,
  forgotten: (quote) => `You never came back to “${quote}”`,
};

const CUSTOMER_FOLLOW_THROUGH: Record<PromiseStatus, (quote: string) => string> = {
  kept: (quote) => `They kept their word (“${quote}”) without being chased.`,
  reminded: (quote) => `You had to remind them of “${quote}” before they dealt with it.`,
  broken: (quote) => `They came back with no real answer to “${quote}”`,
  forgotten: (quote) => `They never came back to “${quote}”`,
};

/** The rep's CRM notes of one earlier call: promises in their own words, what the customer said, how old promises fared. */
function repNotes(memory: CallMemory, number: number): Scenario['briefing']['history'] {
  const date = dateOf(memory, number);
  const who = firstName(memory.customer);
  if (!memory.spoke) return [{ date, note: `You got through to ${who} but said nothing.` }];
  const notes = [
    ...memory.followThrough.map((f) => REP_FOLLOW_THROUGH[f.status](f.promise.quote, who)),
    ...memory.promises.map((p) =>
      memory.channel === 'voicemail' ? `Your message to ${who}: “${p.quote}”` : `You told ${who}: “${p.quote}”${p.timed ? '' : ' (no time given)'}`,
    ),
    ...memory.customerSaid.map((w) => `${who} said: “${w.quote}”`),
    ...(memory.hungUp ? [`${who} hung up on you.`] : []),
  ];
  if (notes.length === 0)
    notes.push(memory.channel === 'voicemail' ? `You left ${who} a message with no promise in it.` : `You spoke to ${who}; nothing was promised either way.`);
  return notes.map((note) => ({ date, note }));
}

/** The same call as the customer remembers it (or as they were told of it, when the rep spoke to someone else): all a model customer is told of it. */
function customerNotes(memory: CallMemory, number: number, you: string): NonNullable<Scenario['persona']['history']> {
  const date = dateOf(memory, number);
  if (!memory.spoke) return [];
  const them = memory.customer === you ? 'you' : firstName(memory.customer);
  const notes = [
    ...memory.followThrough.map((f) => CUSTOMER_FOLLOW_THROUGH[f.status](f.promise.quote)),
    ...memory.promises.map((p) => `${memory.channel === 'voicemail' ? `They left ${them} a message` : `They promised ${them}`}: “${p.quote}”`),
    ...memory.customerSaid.map((w) => `${them === 'you' ? 'You' : them} told them: “${w.quote}”`),
    ...(memory.hungUp ? [`${them === 'you' ? 'You' : them} hung up on them.`] : []),
  ];
  return notes.map((note) => ({ date, note }));
}

/** An issue promised last call, answered in the customer's own words about that promise. */
function rememberedIssue(issue: OpenIssue, lines: MemoryLines | undefined): OpenIssue {
  // Whatever else is said, the customer brings up a promise still owed to them at the first opening.
  if (!lines) return { ...issue, raiseWhen: 'opening' };
  return {
    ...issue,
    raise: lines.forgotten,
    raiseWhen: 'opening',
    ownedReply: lines.kept,
    vagueReply: lines.broken,
    ignoredReply: lines.ignored ?? lines.forgotten,
  };
}

function patienceAfter(base: number, last: CallMemory): number {
  const moved = last.followThrough.reduce((sum, f) => sum + TRUST_MOVES[f.status], 0);
  const leftOpen = last.stillOpen.filter((item) => item.kind === 'issue').length;
  const value = base + moved - (last.hungUp ? HUNG_UP_COST : 0) - LEFT_OPEN_COST * leftOpen;
  return Math.max(5, Math.min(100, Math.round(value)));
}

/**
 * A call of a series as it will be played after the calls before it: the rep's briefing written from what happened
 * (promises with their time in the rep's own words, what the customer said, what is still open), the customer's
 * memory of the same (their history, which a model customer is told), last call's promised issues raised by the
 * customer in their own words unless the rep delivers first, and patience moved by promises kept or broken.
 * `memories` are the calls before this one, in order; with none, the call is played as written.
 */
export function playedSeriesCall(scenario: Scenario, index: number, memories: readonly CallMemory[]): Scenario {
  const played = seriesCallScenario(scenario, index);
  const earlier = memories.slice(0, index);
  const last = earlier.at(-1);
  if (!scenario.series || !last) return played;
  // Each earlier call's memory sits between the notes written before it and the notes of the call after it.
  const calls = scenario.series.calls.slice(0, index + 1);
  const lines = scenario.series.calls[index]?.memory;
  const owed = owedPromises(last);
  const promisedIssues = new Set(owed.map((p) => p.issueId).filter((id): id is string => id !== null));
  const issues = played.persona.openIssues.map((issue) => (promisedIssues.has(issue.id) ? rememberedIssue(issue, lines) : issue));
  // A promise about an issue this call does not list still stands: bring its definition from the call it was made in.
  for (const id of promisedIssues) {
    if (issues.some((issue) => issue.id === id)) continue;
    const from = [...Array(index).keys()].map((i) => seriesCallScenario(scenario, i).persona.openIssues.find((issue) => issue.id === id)).findLast(Boolean);
    if (from) issues.push(rememberedIssue(from, lines));
  }
  const promisedItems = owed.map((p) => `${last.promises.includes(p) ? `Promised last time (${last.day})` : 'Promised before, still not done'}: “${p.quote}”`);
  const openItems = last.stillOpen.filter((item) => !promisedIssues.has(item.id)).map((item) => `Still open: ${item.summary}`);
  return {
    ...played,
    briefing: {
      ...played.briefing,
      history: [
        ...scenario.briefing.history,
        ...calls.flatMap((call, i) => [...(i > 0 ? repNotes(earlier[i - 1]!, i) : []), ...(call.briefing?.history ?? [])]),
      ],
      openItems: [...promisedItems, ...openItems, ...played.briefing.openItems],
    },
    persona: {
      ...played.persona,
      patience: patienceAfter(played.persona.patience, last),
      history: [
        ...(scenario.persona.history ?? []),
        ...calls.flatMap((call, i) => [...(i > 0 ? customerNotes(earlier[i - 1]!, i, played.persona.name) : []), ...(call.persona?.history ?? [])]),
      ],
      openIssues: issues,
    },
  };
}
