import { describe, expect, it } from 'vitest';
import { createScriptedPersona } from '../../../src/core/persona/createScriptedPersona';
import { playLines } from '../../../src/core/persona/playLines';
import { analyzeCall } from '../../../src/core/scoring/analyzeCall';
import { linkOpenItem, openItemProgress } from '../../../src/core/scoring/openItemProgress';
import type { Turn } from '../../../src/core/transcript';
import { linesFor, loadScenario, SCENARIO_IDS } from '../persona/personaFixtures';

const SEED = 7;

/** Plays rep lines through the scripted persona and returns the call's turns. */
async function play(id: string, lines: readonly string[]): Promise<Turn[]> {
  const scenario = loadScenario(id);
  const persona = createScriptedPersona(scenario, { seed: SEED, difficulty: scenario.difficulty });
  const { transcript } = await playLines(scenario, persona, lines, { seed: SEED, difficulty: scenario.difficulty });
  return transcript.turns;
}

/** Each item's state after each turn: states[n] is the list after turns 0..n. */
function statesAfterEachTurn(id: string, turns: readonly Turn[]) {
  const scenario = loadScenario(id);
  return turns.map((_, n) => openItemProgress(scenario, turns.slice(0, n + 1)).map((item) => item.state));
}

const PLATES = { kind: 'issue', id: 'plates' };
const OIL = { kind: 'value', id: 'oil-changes' };

describe('openItemProgress', () => {
  // What every shipped briefing item is about; null where no issue or value item keywords appear in the item.
  it.each([
    ['lease-follow-up', [PLATES, OIL]],
    // The demo agreed in February and never booked is a promise not kept: a problem on record, not only news.
    ['busy-executive', [{ kind: 'issue', id: 'demo-never-booked' }, null]],
    [
      'not-now-shopper',
      [
        { kind: 'value', id: 'pearl-blue-arrived' },
        { kind: 'value', id: 'financing-ends' },
      ],
    ],
    [
      'not-now-voicemail',
      [
        { kind: 'value', id: 'pearl-blue-arrived' },
        { kind: 'value', id: 'financing-ends' },
      ],
    ],
    ['quote-follow-up', [null, { kind: 'issue', id: 'fuel-surcharge' }]],
    ['third-call', [null, { kind: 'value', id: 'standing-order-discount' }]],
    ['industry-news', [{ kind: 'value', id: 'rule-change' }, null]],
  ] as const)('links the open items of %s to the issues and value items they name', (id, expected) => {
    const scenario = loadScenario(id);
    expect(scenario.briefing.openItems.map((item) => linkOpenItem(scenario, item))).toEqual(expected);
  });

  it('links an issue by the same rule that puts it on record for the scorer', () => {
    for (const id of SCENARIO_IDS) {
      const scenario = loadScenario(id);
      const episodes = analyzeCall(scenario, { scenarioId: id, channel: scenario.channel, turns: [] }).issues;
      for (const item of scenario.briefing.openItems) {
        const link = linkOpenItem(scenario, item);
        if (link?.kind === 'issue') expect(episodes.find((e) => e.id === link.id)?.onRecord).toBe(true);
      }
    }
  });

  it('returns one entry per briefing item, in order, with the item’s text', () => {
    const scenario = loadScenario('lease-follow-up');
    const progress = openItemProgress(scenario, []);
    expect(progress.map((item) => item.text)).toEqual(scenario.briefing.openItems);
    expect(progress).toEqual([
      { text: scenario.briefing.openItems[0], linkedTo: PLATES, state: 'open' },
      { text: scenario.briefing.openItems[1], linkedTo: OIL, state: 'open' },
    ]);
  });

  it('ticks the plates once the rep gives a dated plan and the oil changes once the rep brings them, on the good lease call', async () => {
    const states = statesAfterEachTurn('lease-follow-up', await play('lease-follow-up', linesFor('lease-follow-up').good));
    expect(states[0]).toEqual(['open', 'open']); // Art picks up
    expect(states[1]).toEqual(['handled', 'open']); // plates named with a delivery by 5 pm Thursday
    expect(states[3]).toEqual(['handled', 'handled']); // free oil changes explained
    expect(states.at(-1)).toEqual(['handled', 'handled']);
  });

  it('marks the plates raised when Art brings them up and handled once the rep then gives a dated plan', async () => {
    const owning = loadScenario('lease-follow-up')
      .guided.find((g) => g.stage === 'issue')!
      .lines.find((l) => l.quality === 'strong')!.text;
    const turns = await play('lease-follow-up', [...linesFor('lease-follow-up').bad.slice(0, 3), owning]);
    const states = statesAfterEachTurn('lease-follow-up', turns);
    const raisedAt = turns.findIndex((turn) => turn.speaker === 'customer' && /plates/i.test(turn.text));
    expect(raisedAt).toBeGreaterThan(0);
    expect(states[raisedAt - 1]![0]).toBe('open');
    expect(states[raisedAt]![0]).toBe('raised');
    expect(turns[raisedAt + 1]).toMatchObject({ speaker: 'rep', text: owning });
    expect(states[raisedAt + 1]![0]).toBe('handled');
  });

  it('leaves the plates raised and the oil changes open through the bad lease call', async () => {
    const turns = await play('lease-follow-up', linesFor('lease-follow-up').bad);
    const states = statesAfterEachTurn('lease-follow-up', turns);
    expect(states.some((s) => s.includes('handled'))).toBe(false);
    expect(states.at(-1)).toEqual(['raised', 'open']);
  });

  it('does not count a vague promise on a raised issue as handling it', async () => {
    const scenario = loadScenario('lease-follow-up');
    const turns: Turn[] = [
      { speaker: 'customer', text: 'Art here.' },
      { speaker: 'rep', text: 'Hi Art, how is the car?' },
      { speaker: 'customer', text: 'Fine, but where are my plates?' },
      { speaker: 'rep', text: 'Sorry about that, I’ll look into it.' },
    ];
    expect(openItemProgress(scenario, turns)[0]!.state).toBe('raised');
  });

  it.each([
    ['lease-follow-up', 'Would you like to book in for an oil change sometime?', 1],
    ['lease-follow-up', 'Also, have you had an oil change yet?', 1],
    ['busy-executive', 'I also wanted to mention the demo Priya talked about, whenever you get a chance we should get that on the calendar.', null],
    ['not-now-shopper', 'Did you want to talk financing at some point?', null],
  ])('does not tick a value item that %s only names: %j', (id, line, index) => {
    const scenario = loadScenario(id);
    const progress = openItemProgress(scenario, [
      { speaker: 'customer', text: 'Hello?' },
      { speaker: 'rep', text: line },
    ]);
    for (const item of progress) if (item.linkedTo?.kind === 'value') expect(item.state, item.text).toBe('open');
    if (index !== null) expect(progress[index]!.linkedTo?.kind).toBe('value');
  });

  it.each([
    ['lease-follow-up', 'Your lease includes free oil changes for two years; can I book the first one?', 1],
    ['busy-executive', 'I’d like to get the staff demo booked: can I set it up with Kim for Tuesday at 2?', 0],
  ])('ticks a value item in %s once the rep says what is in it for the customer: %j', (id, line, index) => {
    const progress = openItemProgress(loadScenario(id), [
      { speaker: 'customer', text: 'Hello?' },
      { speaker: 'rep', text: line },
    ]);
    expect(progress[index]!.state).toBe('handled');
  });

  it('ticks the demo when the rep names it, and then books it with Kim for a named day', () => {
    const turns: Turn[] = [
      { speaker: 'customer', text: 'Wendy speaking.' },
      { speaker: 'rep', text: 'Alex from Clearline, I took your account over from Priya. It’s about the demo you asked for your team.' },
      { speaker: 'customer', text: 'Right, the demo. I’m slammed today.' },
      { speaker: 'rep', text: 'Understood. Can I book it straight with Kim for next Tuesday afternoon and send you the invite?' },
    ];
    const scenario = loadScenario('busy-executive');
    expect(openItemProgress(scenario, turns.slice(0, 2))[0]!.state).toBe('raised');
    expect(openItemProgress(scenario, turns)[0]!.state).toBe('handled');
  });

  it('does not count a value item echoed back in surprise as brought', () => {
    const scenario = loadScenario('lease-follow-up');
    const turns: Turn[] = [
      { speaker: 'customer', text: 'Art here. Someone said something about oil changes?' },
      { speaker: 'rep', text: 'Oil changes? I didn’t know about any oil changes.' },
    ];
    expect(openItemProgress(scenario, turns)[1]!.state).toBe('open');
  });

  it.each(SCENARIO_IDS)('ends the good %s call with every linked item handled and every unlinked one open', async (id) => {
    const progress = openItemProgress(loadScenario(id), await play(id, linesFor(id).good));
    for (const item of progress) expect(item.state).toBe(item.linkedTo ? 'handled' : 'open');
  });

  it.each(SCENARIO_IDS)('ends the bad %s call with nothing handled', async (id) => {
    const progress = openItemProgress(loadScenario(id), await play(id, linesFor(id).bad));
    expect(progress.filter((item) => item.state === 'handled')).toEqual([]);
  });

  it('never ticks an item that names no issue or value item', async () => {
    const progress = openItemProgress(loadScenario('quote-follow-up'), await play('quote-follow-up', linesFor('quote-follow-up').good));
    expect(progress[0]).toEqual({ text: 'Quote sent Tuesday; no reply yet.', linkedTo: null, state: 'open' });
  });
});
