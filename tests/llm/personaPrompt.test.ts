import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/core/scenario/parseScenarioText';
import type { Scenario } from '../../src/core/scenario/scenarioSchema';
import { buildPersonaPrompt } from '../../src/llm/personaPrompt';

const DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
/** Every scenario file shipped in scenarios/, whatever its name. */
const scenarios: [string, Scenario][] = readdirSync(DIR)
  .filter((name) => /\.(ya?ml|json)$/i.test(name))
  .sort()
  .map((name) => {
    const parsed = parseScenarioText(readFileSync(`${DIR}${name}`, 'utf8'));
    if (!parsed.ok) throw new Error(`${name} is invalid`);
    return [name, parsed.value];
  });

/** Case, quote marks and spacing do not count when looking for a text inside the prompt. */
const fold = (text: string) => text.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

const prompts = (scenario: Scenario) =>
  (['easy', 'medium', 'hard'] as const).flatMap((d) => [buildPersonaPrompt(scenario, d, 'tool'), buildPersonaPrompt(scenario, d, 'marker')]);

/** What only the rep knows: the briefing (CRM notes, open items, goal), the value items and the rep's own lines. */
function repOnlyTexts(scenario: Scenario): string[] {
  const b = scenario.briefing;
  return [
    b.you,
    b.calling,
    b.goal,
    ...b.history.map((entry) => entry.note),
    ...b.openItems,
    ...scenario.facts.valueItems.flatMap((item) => [item.summary, ...(item.reply ?? [])]),
    ...scenario.dialogue.valueHeard,
    ...Object.values(scenario.betterLines),
    ...scenario.guided.flatMap((stage) => stage.lines.map((line) => line.text)),
  ];
}

/** Matches a keyword as words, not inside other words. */
const mentions = (text: string, keyword: string) =>
  new RegExp(`(^|[^a-z0-9])${fold(keyword).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9])`).test(fold(text));

describe('the model customer’s prompt', () => {
  it('gives the customer’s own view of the history, not the rep’s notes', () => {
    const lease = scenarios.find(([, s]) => s.id === 'lease-follow-up')![1];
    const prompt = buildPersonaPrompt(lease, 'easy');
    expect(prompt).not.toContain('You left three voicemails');
    expect(prompt).toContain('Sam left you three voicemails');
    for (const entry of lease.persona.history ?? []) expect(prompt).toContain(`${entry.date}: ${entry.note}`);
  });

  it.each(scenarios)('%s: every file gives its customer a history of their own', (_, scenario) => {
    expect(scenario.persona.history?.length ?? 0).toBeGreaterThan(0);
  });

  it.each(scenarios)('%s: no text only the rep knows appears in the customer’s prompt', (_, scenario) => {
    for (const prompt of prompts(scenario)) {
      const folded = fold(prompt);
      const leaked = repOnlyTexts(scenario).filter((text) => folded.includes(fold(text)));
      expect(leaked).toEqual([]);
    }
  });

  it.each(scenarios)('%s: the news the rep brings is not in the prompt unless the customer already has it in their own words', (_, scenario) => {
    const p = scenario.persona;
    // What the customer says or feels themselves; conditions such as opensUpWhen are not a licence to name the news.
    const own = [
      p.temperament,
      ...p.wants,
      ...p.hiddenFacts.map((f) => f.text),
      ...p.openIssues.flatMap((i) => [i.summary, ...i.raise, ...i.ownedReply, ...i.vagueReply, ...i.ignoredReply]),
    ].join(' \n ');
    const prompt = buildPersonaPrompt(scenario, scenario.difficulty);
    const leaked = scenario.facts.valueItems.flatMap((item) =>
      (item.keywords ?? []).filter((keyword) => !mentions(own, keyword) && mentions(prompt, keyword)).map((keyword) => `${item.id}: ${keyword}`),
    );
    expect(leaked).toEqual([]);
  });

  it.each(scenarios)('%s: the prompt is built from the customer’s side alone, whatever the rep’s side says', (_, scenario) => {
    const secret = 'REP-ONLY-SECRET';
    const swapped: Scenario = {
      ...scenario,
      briefing: { you: secret, calling: secret, goal: secret, openItems: [secret], history: [{ date: secret, note: secret }] },
      facts: {
        ...scenario.facts,
        historyKeywords: [secret],
        valueItems: scenario.facts.valueItems.map((item) => ({ ...item, summary: secret, keywords: [secret], reply: [secret] })),
      },
      dialogue: { ...scenario.dialogue, valueHeard: [secret] },
      betterLines: Object.fromEntries(Object.keys(scenario.betterLines).map((id) => [id, secret])),
      guided: scenario.guided.map((stage) => ({ ...stage, lines: stage.lines.map((line) => ({ ...line, text: secret })) })),
    };
    expect(buildPersonaPrompt(swapped, 'medium')).toBe(buildPersonaPrompt(scenario, 'medium'));
  });

  it('says nothing of the past for a scenario whose customer has no history of their own', () => {
    const [, scenario] = scenarios[0]!;
    const { history: _history, ...persona } = scenario.persona;
    const prompt = buildPersonaPrompt({ ...scenario, persona }, 'medium');
    expect(prompt).not.toMatch(/What has happened between you/);
    for (const entry of scenario.briefing.history) expect(prompt).not.toContain(entry.note);
  });
});
