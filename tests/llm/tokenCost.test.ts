// Measures what a model-played call costs in tokens, as the fake server counts them (about four
// characters a token), over the good lease-follow-up line sequence. The README quotes these figures:
// PRINT_TOKEN_COST=1 npx vitest run tests/llm/tokenCost.test.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptedPersona } from '../../src/core/persona/createScriptedPersona';
import { playLines } from '../../src/core/persona/playLines';
import { PRINCIPLE_IDS } from '../../src/core/principles/principles';
import { scoreTranscript } from '../../src/core/scoring/scoreTranscript';
import { createLlmPersona } from '../../src/llm/createLlmPersona';
import { createModelClient } from '../../src/llm/createModelClient';
import type { TokenUsage } from '../../src/llm/ModelClient';
import { runJudge } from '../../src/llm/runJudge';
import { type FakeOpenAI, type FakeStep, startFakeOpenAI } from '../support/fakeOpenAI';
import { loadScenario } from './scenarioFixture';

const lease = loadScenario('lease-follow-up');
const lines = (
  JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/persona/lines/lease-follow-up.json', import.meta.url).href), 'utf8')) as { good: string[] }
).good;
let fake: FakeOpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => {
  await fake.close();
});

const sum = (list: readonly TokenUsage[]) =>
  list.reduce((a, u) => ({ prompt: a.prompt + u.prompt, completion: a.completion + u.completion, total: a.total + u.total }), {
    prompt: 0,
    completion: 0,
    total: 0,
  });

describe('token cost of a model-played call', () => {
  it('measures a typical good lease-follow-up call and its judging', async () => {
    const seed = 1;
    // The scripted Art's replies stand in for the model's: same call, realistic reply lengths.
    const scripted = await playLines(lease, createScriptedPersona(lease, { seed, difficulty: 'easy' }), lines, { seed, difficulty: 'easy' });
    const replies = scripted.transcript.turns.slice(1).filter((t) => t.speaker === 'customer');
    const steps: FakeStep[] = replies.map((turn, i) =>
      i === replies.length - 1 && scripted.transcript.endReason === 'goal-reached'
        ? { reply: turn.text, toolCalls: [{ name: 'end_call', arguments: { reason: 'goal-reached' } }] }
        : { reply: turn.text },
    );
    fake.script(...steps);

    const usage: TokenUsage[] = [];
    const client = createModelClient({ baseURL: fake.baseURL, model: 'fake-model', maxRetries: 0 });
    const persona = createLlmPersona(lease, { seed, difficulty: 'easy' }, client, { onUsage: (u) => usage.push(u) });
    const { transcript } = await playLines(lease, persona, lines, { seed, difficulty: 'easy' });
    expect(usage).toHaveLength(replies.length);

    const applicable = PRINCIPLE_IDS.filter((id) => lease.principles[id] !== undefined);
    const repTurn = transcript.turns.findIndex((t) => t.speaker === 'rep');
    fake.script({
      json: {
        principles: applicable.map((id) => ({
          id,
          verdict: 'met',
          score: 85,
          reason: 'The rep did this clearly and at the right moment in the call.',
          evidence: [{ turn: repTurn, quote: transcript.turns[repTurn]!.text.slice(0, 60) }],
        })),
      },
    });
    const judged = await runJudge({ scenario: lease, transcript, report: scoreTranscript(lease, transcript) }, client);

    const call = sum(usage);
    const figures = {
      replies: usage.length,
      call,
      perReply: { prompt: Math.round(call.prompt / usage.length), completion: Math.round(call.completion / usage.length) },
      judge: judged.usage,
    };
    if (process.env.PRINT_TOKEN_COST) console.log(JSON.stringify(figures, null, 2));
    // A budget, not a timing: the persona prompt must stay small enough for cheap models.
    expect(figures.perReply.prompt).toBeLessThan(2_500);
    expect(call.total).toBeLessThan(15_000);
    expect(judged.usage!.total).toBeLessThan(6_000);
  });
});
