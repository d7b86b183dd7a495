import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { playLines } from '../../src/core/persona/playLines';
import type { Turn } from '../../src/core/transcript';
import { createLlmPersona, type LlmPersonaOptions } from '../../src/llm/createLlmPersona';
import { createModelClient } from '../../src/llm/createModelClient';
import { ModelError } from '../../src/llm/ModelError';
import type { TokenUsage } from '../../src/llm/ModelClient';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fakeOpenAI';
import { loadScenario } from './scenarioFixture';

const KEY = 'sk-persona-test-0a1b2c3d';
const lease = loadScenario('lease-follow-up');
let fake: FakeOpenAI;

beforeEach(async () => {
  fake = await startFakeOpenAI({ apiKey: KEY });
});
afterEach(async () => {
  await fake.close();
});

function art(options: LlmPersonaOptions = {}, scenario = lease, difficulty: 'easy' | 'medium' | 'hard' = 'easy', server = fake) {
  const client = createModelClient({ baseURL: server.baseURL, apiKey: KEY, model: 'fake-model', timeoutMs: 2_000, maxRetries: 1 });
  return createLlmPersona(scenario, { seed: 7, difficulty }, client, options);
}

const call = (...lines: string[]): Turn[] => {
  const turns: Turn[] = [{ speaker: 'customer', text: 'Art speaking.' }];
  lines.forEach((text, i) => {
    if (i > 0) turns.push({ speaker: 'customer', text: `Reply ${i}.` });
    turns.push({ speaker: 'rep', text });
  });
  return turns;
};

const systemPrompt = () => (fake.chatBodies()[0]!.messages as { role: string; content: string }[])[0]!.content;

describe('createLlmPersona', () => {
  it('picks up with a greeting from the scenario, without spending a model call', async () => {
    const opening = await art().open();
    expect(lease.persona.greeting).toContain(opening.text);
    expect(opening.end).toBeUndefined();
    expect(fake.requests).toEqual([]);
  });

  it('builds its character from the persona card, hidden facts, open issues and the rules of the call', async () => {
    fake.script({ reply: 'Fine.' });
    await art().respond(call('Hi Art, how are you?'));
    const prompt = systemPrompt();
    expect(prompt).toContain('Art Mitchell');
    expect(prompt).toContain(lease.persona.temperament);
    expect(prompt).toContain(lease.persona.openIssues[0]!.summary);
    expect(prompt).toContain('Bring it up yourself at the first natural opening');
    expect(prompt).toContain(`“${lease.persona.hiddenFacts[0]!.text}”: say it only if the caller asks about it`);
    expect(prompt).toContain(`“${lease.persona.hiddenFacts[1]!.text}”: say it only once the caller has earned your trust`);
    expect(prompt).toContain(lease.persona.referral!.give[0]);
    expect(prompt).toMatch(/do not coach them/);
    expect(prompt).toMatch(/one to three short spoken sentences/);
    expect(prompt).toMatch(/use the end_call function/);
    expect(prompt).not.toContain('[end_call');
  });

  it('lets difficulty change how the customer behaves, not just a label', async () => {
    fake.script({ reply: 'Fine.' }, { reply: 'Fine.' });
    await art({}, lease, 'easy').respond(call('Hello'));
    await art({}, lease, 'hard').respond(call('Hello'));
    const [easy, hard] = fake.chatBodies().map((body) => (body.messages as { content: string }[])[0]!.content);
    expect(easy).toMatch(/Your patience: (moderate|high)/);
    expect(easy).toMatch(/second chance/);
    expect(hard).toMatch(/Your patience: low/);
    expect(hard).toMatch(/two wasted lines in a row/);
  });

  it('sends the call as chat turns: the rep as user, the customer as assistant, bounded in length', async () => {
    fake.script({ reply: 'Go on.' });
    await art().respond(call('Hi Art, it is Sam from Riverside Motors.', 'I am calling about your plates.'));
    const body = fake.chatBodies()[0]!;
    expect((body.messages as { role: string; content: string }[]).slice(1)).toEqual([
      { role: 'assistant', content: 'Art speaking.' },
      { role: 'user', content: 'Hi Art, it is Sam from Riverside Motors.' },
      { role: 'assistant', content: 'Reply 1.' },
      { role: 'user', content: 'I am calling about your plates.' },
    ]);
    expect(body).toMatchObject({ max_tokens: 160, stream: true, seed: 7 });
    expect((body.tools as { function: { name: string } }[])[0]!.function.name).toBe('end_call');
  });

  it('streams the reply through onText as it arrives', async () => {
    fake.script({ reply: 'Well, since you ask: where are my plates?' });
    const seen: string[] = [];
    const reply = await art().respond(call('How is the car?'), { onText: (text) => seen.push(text) });
    expect(reply).toMatchObject({ text: 'Well, since you ask: where are my plates?' });
    expect(reply.end).toBeUndefined();
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(reply.text);
  });

  it('hangs up through the end_call signal, whatever the words say', async () => {
    fake.script({ reply: "I'll stay on the line, don't worry.", toolCalls: [{ name: 'end_call', arguments: { reason: 'hung-up' } }] });
    expect(await art().respond(call('Know anyone who wants a car?'))).toMatchObject({ text: "I'll stay on the line, don't worry.", end: 'hung-up' });
  });

  it('does not end the call because the words sound like a goodbye', async () => {
    fake.script({ reply: "I'm hanging up now. Goodbye!" });
    expect((await art().respond(call('Just checking in.'))).end).toBeUndefined();
  });

  it('ends with the goal reached, taking the last words from the signal when the reply has none', async () => {
    fake.script({ toolCalls: [{ name: 'end_call', arguments: { reason: 'goal-reached', last_words: 'Saturday at nine it is. Thanks!' } }] });
    expect(await art().respond(call('Shall I book Saturday at 9?'))).toMatchObject({ text: 'Saturday at nine it is. Thanks!', end: 'goal-reached' });
  });

  it('ignores an end_call whose arguments do not fit the schema', async () => {
    fake.script({ reply: 'Hm.', toolCalls: [{ name: 'end_call', arguments: { reason: 'bored' } }] });
    const reply = await art().respond(call('So...'));
    expect(reply.text).toBe('Hm.');
    expect(reply.end).toBeUndefined();
  });

  it('says goodbye and ends with turn-limit once the rep has used up the turns', async () => {
    const reply = await art({ maxTurns: 2 }).respond(call('One.', 'Two.'));
    expect(reply.end).toBe('turn-limit');
    expect(lease.dialogue.goodbye).toContain(reply.text);
    expect(fake.requests).toEqual([]);
  });

  it('records a voicemail without calling the model', async () => {
    const voicemail = loadScenario('not-now-voicemail');
    const persona = art({}, voicemail);
    const greeting = await persona.open();
    expect(voicemail.persona.greeting).toContain(greeting.text);
    expect(
      await persona.respond([
        { speaker: 'customer', text: greeting.text },
        { speaker: 'rep', text: 'Hi Dana, the blue one is in.' },
      ]),
    ).toMatchObject({
      text: '',
      end: 'voicemail-recorded',
    });
    expect(fake.requests).toEqual([]);
  });

  it('cleans what models add around the words: name labels, quotes and stage directions', async () => {
    fake.script({ reply: '**Art Mitchell:** "*sighs* Fine, thanks."' });
    expect((await art().respond(call('How are things?'))).text).toBe('Fine, thanks.');
  });

  it('cuts a reply that ran into the token limit back to its last full sentence', async () => {
    fake.script({ reply: 'That is good news. And about the oil changes, I was wondering whether', finishReason: 'length' });
    expect((await art().respond(call('Your lease has free oil changes.'))).text).toBe('That is good news.');
  });

  it('rejects with the partial text kept when the reply is cut off, and retries cleanly', async () => {
    fake.script({ fault: 'cut-off', before: 'Hang on, what about' }, { reply: 'Hang on, what about my plates?' });
    const persona = art();
    const turns = call('Know anyone looking for a car?');
    const error = await persona.respond(turns).catch((e: unknown) => e as ModelError);
    expect(error).toBeInstanceOf(ModelError);
    expect(error).toMatchObject({ kind: 'cut-off', partialText: 'Hang on, what about', retryable: true });
    // The call keeps the partial turn, marked; a retry answers the rep's line afresh.
    turns.push({ speaker: 'customer', text: (error as ModelError).partialText!, partial: true });
    expect((await persona.respond(turns)).text).toBe('Hang on, what about my plates?');
    const retried = fake.chatBodies()[1]!.messages as { role: string; content: string }[];
    expect(retried.at(-1)).toEqual({ role: 'user', content: 'Know anyone looking for a car?' });
  });

  it('cuts a reply far longer than a spoken turn, keeping its start as a partial turn', async () => {
    const rant = Array.from({ length: 3_000 }, (_, i) => `Sentence number ${i} about my plates.`).join(' ');
    fake.script({ reply: rant, chunkWords: 6 });
    const seen: string[] = [];
    const error = await art()
      .respond(call('How are the plates?'), { onText: (t) => seen.push(t) })
      .catch((e: unknown) => e as ModelError);
    expect(error).toMatchObject({ kind: 'too-long', retryable: true });
    expect((error as ModelError).partialText!.startsWith('Sentence number 0 about my plates.')).toBe(true);
    expect((error as ModelError).partialText!.length).toBeLessThanOrEqual(3_000);
    expect(Math.max(...seen.map((t) => t.length))).toBeLessThanOrEqual(3_000);
  });

  it('gives up a reply that never ends, keeping what came', async () => {
    fake.script({ fault: 'endless', piece: 'well ', everyMs: 20 });
    const error = await art({ maxReplyMs: 400 })
      .respond(call('How are the plates?'))
      .catch((e: unknown) => e as ModelError);
    expect(error).toMatchObject({ kind: 'timeout' });
    expect((error as ModelError).partialText).toMatch(/^well well/);
  });

  it('says when it waits to ask a busy model again, and for how long', async () => {
    fake.script({ fault: 'rate-limited', retryAfterSeconds: 1, retryAfterMs: 30 }, { reply: 'Sorry, go on.' });
    const waits: unknown[] = [];
    const reply = await art().respond(call('Hi Art.'), { onWaiting: (wait) => waits.push(wait) });
    expect(reply.text).toBe('Sorry, go on.');
    expect(waits).toEqual([{ reason: 'The model is busy (too many requests)', retryInMs: 30, attempt: 2, attempts: 2 }]);
  });

  it('calls an empty reply malformed rather than saying nothing', async () => {
    fake.script({ reply: '' });
    await expect(art().respond(call('Hello?'))).rejects.toMatchObject({ kind: 'malformed' });
  });

  it('moves the patience meter the way the scripted rules read the rep’s lines', async () => {
    fake.script({ reply: 'Fine.' }, { reply: 'OK, go ahead.' });
    const persona = art();
    const start = (await persona.open()).mood!;
    const wasted = (await persona.respond(call('Just checking in to see how everything is going!'))).mood!;
    const purposeful = (
      await art().respond(call("Hi Art, it's Sam from Riverside Motors. I'm calling about your plates: the DMV has them and I'll bring them by 5 pm Thursday."))
    ).mood!;
    expect(wasted.patience).toBeLessThan(start.patience);
    expect(purposeful.patience).toBeGreaterThan(wasted.patience);
  });

  it('reports the token usage of each reply', async () => {
    fake.script({ reply: 'Fine.' });
    const usage: TokenUsage[] = [];
    await art({ onUsage: (u) => usage.push(u) }).respond(call('Hi'));
    expect(usage).toHaveLength(1);
    expect(usage[0]!.prompt).toBeGreaterThan(100);
  });

  it('plays a whole call with the key only ever in the Authorization header', async () => {
    fake.script(
      { reply: 'Fine. Though where are my plates?' },
      { reply: 'Thursday by five? Great.' },
      { reply: 'Saturday at nine works.', toolCalls: [{ name: 'end_call', arguments: { reason: 'goal-reached' } }] },
    );
    const { transcript } = await playLines(
      lease,
      art(),
      ['Hi Art, Sam from Riverside.', 'I will drop the plates by 5 pm Thursday.', 'Shall I book your oil change Saturday at 9?', 'Unsaid.'],
      {
        seed: 7,
        difficulty: 'easy',
      },
    );
    expect(transcript.endReason).toBe('goal-reached');
    expect(transcript.turns).toHaveLength(7);
    expect(JSON.stringify(transcript)).not.toContain(KEY);
    for (const request of fake.requests) {
      expect(JSON.stringify({ ...request, headers: { ...request.headers, authorization: '' } })).not.toContain(KEY);
    }
  });

  describe('on a server without tool calls', () => {
    let plain: FakeOpenAI;
    beforeEach(async () => {
      plain = await startFakeOpenAI({ apiKey: KEY, toolCalls: false });
    });
    afterEach(async () => {
      await plain.close();
    });
    const artWithoutTools = (options: LlmPersonaOptions = {}) => art(options, lease, 'easy', plain);
    const systemOf = (body: Record<string, unknown>) => (body.messages as { content: string }[])[0]!.content;

    it('hangs up when the model ends its reply with the marker, which is never shown or kept', async () => {
      plain.script({ reply: 'I have heard enough. Goodbye. [end_call: hung-up]' });
      const seen: string[] = [];
      const reply = await artWithoutTools().respond(call('Just checking in!'), { onText: (text) => seen.push(text) });
      expect(reply).toMatchObject({ text: 'I have heard enough. Goodbye.', end: 'hung-up' });
      expect(seen.length).toBeGreaterThan(2);
      expect(seen.at(-1)).toBe(reply.text);
      for (const text of seen) expect(text).not.toMatch(/\[|\]|end_call|hung-up/);
    });

    it('asks the model for the marker, not the function, once the server has refused the tool', async () => {
      plain.script({ reply: 'Go on.' });
      await artWithoutTools().respond(call('Hi Art.'));
      const [refused, retried] = plain.chatBodies();
      expect(refused).toHaveProperty('tools');
      expect(systemOf(refused!)).toMatch(/use the end_call function/);
      expect(retried).not.toHaveProperty('tools');
      expect(systemOf(retried!)).toContain('[end_call: hung-up]');
      expect(systemOf(retried!)).toContain('[end_call: goal-reached]');
      expect(systemOf(retried!)).not.toMatch(/end_call function/);
    });

    it('ends with the goal reached when the marker says so, and plays the rest of the call without asking for tools again', async () => {
      plain.script(
        { reply: 'Fine. Though where are my plates?' },
        { reply: 'Thursday by five? Great.' },
        { reply: 'Saturday at nine works. Thanks, bye! **[end_call: goal-reached]**' },
      );
      const { transcript } = await playLines(
        lease,
        artWithoutTools(),
        ['Hi Art, Sam from Riverside.', 'I will drop the plates by 5 pm Thursday.', 'Shall I book your oil change Saturday at 9?', 'Unsaid.'],
        {
          seed: 7,
          difficulty: 'easy',
        },
      );
      expect(transcript.endReason).toBe('goal-reached');
      expect(transcript.turns.at(-1)).toMatchObject({ speaker: 'customer', text: 'Saturday at nine works. Thanks, bye!' });
      expect(JSON.stringify(transcript)).not.toMatch(/end_call|\*\*/);
      // One refused request on the first reply; the client remembers and asks without tools afterwards.
      expect(plain.chatBodies().map((body) => 'tools' in body)).toEqual([true, false, false, false]);
    });

    it('ignores a marker with an unknown reason but still keeps it out of the words', async () => {
      plain.script({ reply: 'Hm. [end_call: bored]' });
      const reply = await artWithoutTools().respond(call('So...'));
      expect(reply.text).toBe('Hm.');
      expect(reply.end).toBeUndefined();
    });

    it('never shows a marker split across stream pieces, not even half-typed', async () => {
      plain.script({ chunks: ['Fine', ', goodbye', '. *', '*[', 'end', '_c', 'all', ':', ' hu', 'ng', '-up', ']*', '*'] });
      const seen: string[] = [];
      const reply = await artWithoutTools().respond(call('Just checking in!'), { onText: (text) => seen.push(text) });
      expect(reply).toMatchObject({ text: 'Fine, goodbye.', end: 'hung-up' });
      expect(seen.length).toBeGreaterThan(5);
      for (const text of seen) expect(reply.text.startsWith(text)).toBe(true);
    });

    it('does not end the call on a narrated hang-up without the marker', async () => {
      plain.script({ reply: 'Fine. Whatever. *hangs up*' });
      const reply = await artWithoutTools().respond(call('Just checking in!'));
      expect(reply.text).toBe('Fine. Whatever.');
      expect(reply.end).toBeUndefined();
    });
  });

  it('still ends through the tool on a server with tool calls, sending no marker instructions', async () => {
    fake.script({ reply: 'Saturday at nine it is.', toolCalls: [{ name: 'end_call', arguments: { reason: 'goal-reached' } }] });
    expect(await art().respond(call('Shall I book Saturday at 9?'))).toMatchObject({ text: 'Saturday at nine it is.', end: 'goal-reached' });
    expect(fake.chatBodies()).toHaveLength(1);
    expect(fake.chatBodies()[0]).toHaveProperty('tools');
    expect(systemPrompt()).not.toContain('[end_call');
  });
});
