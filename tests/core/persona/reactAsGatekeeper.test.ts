import { describe, expect, it } from 'vitest';
import { customerTurn } from '../../../src/core/call/customerTurn';
import { scriptedGreeting, scriptedReply } from '../../../src/core/persona/scriptedReply';
import type { Scenario } from '../../../src/core/scenario/scenarioSchema';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import type { EndReason, Transcript, Turn } from '../../../src/core/transcript';
import { loadScenario } from './personaFixtures';

const wendy = loadScenario('busy-executive');
const kim = wendy.gatekeeper!;

const OPENING =
  "Hi Wendy, Jordan from Clearline; I've taken over from Priya. I'm calling to book the staff demo you agreed with her. Is now OK for one minute?";
const ASK_FOR_KIM = "Could I speak to Kim to book it, so I don't take more of your time?";
const BOOK = "Hi Kim, it's Jordan from Clearline. Wendy's happy to go ahead with her team's demo. Could we put it in for Thursday the 23rd at 10?";

/** Plays the rep's lines against the scripted customer (and her assistant) until the call ends. */
function play(scenario: Scenario, lines: readonly string[], seed = 1): Transcript & { endReason: EndReason } {
  const options = { seed, difficulty: scenario.difficulty };
  const turns: Turn[] = [customerTurn(scriptedGreeting(scenario, options))];
  let endReason: EndReason = 'rep-ended';
  for (const line of lines) {
    turns.push({ speaker: 'rep', text: line });
    const reply = scriptedReply(scenario, options, turns);
    if (reply.text) turns.push(customerTurn(reply));
    if (reply.end) {
      endReason = reply.end;
      break;
    }
  }
  return { scenarioId: scenario.id, channel: scenario.channel, turns, seed, difficulty: scenario.difficulty, endReason };
}

const kimsLines = (call: Transcript) => call.turns.filter((turn) => turn.party === 'gatekeeper').map((turn) => turn.text);
const nextStep = (call: Transcript) => scoreTranscript(wendy, call).principles.find((p) => p.id === 'next-step')!;

describe("Kim, who keeps Wendy's diary", () => {
  it('is put through by Wendy when the rep asks for her once Wendy knows why they are calling', () => {
    const call = play(wendy, [OPENING, ASK_FOR_KIM]);
    const handOver = call.turns.at(-1)!;
    expect(kim.handOver).toContain(handOver.text);
    expect(handOver.party).toBeUndefined();
  });

  it('is not handed the call before the rep has said why they are calling', () => {
    const call = play(wendy, ['Is Kim around?']);
    expect(kim.handOver).not.toContain(call.turns.at(-1)!.text);
  });

  it('books the demo for a day and a time, and that reaches the goal, with the next step met', () => {
    const call = play(wendy, [OPENING, ASK_FOR_KIM, BOOK]);
    expect(call.endReason).toBe('goal-reached');
    const last = call.turns.at(-1)!;
    expect(last.party).toBe('gatekeeper');
    expect(kim.booked.some((line) => last.text.includes(line))).toBe(true);
    expect(nextStep(call).verdict).toBe('met');
  });

  it('says hello before her first answer, once', () => {
    const call = play(wendy, [OPENING, ASK_FOR_KIM, 'Hi Kim, I need to book something with you.', 'It is for the demo.']);
    const [first, second] = kimsLines(call);
    expect(kim.greeting!.some((line) => first!.startsWith(line))).toBe(true);
    expect(kim.greeting!.some((line) => second!.startsWith(line))).toBe(false);
  });

  it('asks for a day and a time when the proposal has none she could put in the diary', () => {
    const call = play(wendy, [OPENING, ASK_FOR_KIM, "Hi Kim. I'll send something over at some point next week."]);
    expect(call.endReason).toBe('rep-ended');
    expect(kim.needsTime.some((line) => kimsLines(call)[0]!.endsWith(line))).toBe(true);
  });

  it('declines to pass on a pitch, and a second pitch ends the call without the booking', () => {
    const call = play(wendy, [
      OPENING,
      ASK_FOR_KIM,
      "Hi Kim, let me tell you about our new reporting dashboard; I think you'd love it.",
      'It really is a game changer, your whole office would love it, honestly.',
      'Could we put it in for Thursday the 23rd at 10?',
    ]);
    const [declined, cooled] = kimsLines(call);
    expect(kim.declinesPitch.some((line) => declined!.endsWith(line))).toBe(true);
    expect(kim.cools).toContain(cooled);
    expect(call.endReason).toBe('hung-up');
    expect(nextStep(call).verdict).toBe('missed');
  });

  it('cools when the rep tries to get past her to Wendy, and ends the call the second time', () => {
    const call = play(wendy, [OPENING, ASK_FOR_KIM, "Kim, I'd rather speak to Wendy directly.", 'Come on, just put me through to Wendy.', BOOK]);
    const [screened, cooled] = kimsLines(call);
    expect(kim.screens.some((line) => screened!.endsWith(line))).toBe(true);
    expect(kim.cools).toContain(cooled);
    expect(call.endReason).toBe('hung-up');
    expect(nextStep(call).verdict).toBe('missed');
  });

  it('ends the call at once when pressed for an answer now', () => {
    const call = play(wendy, [OPENING, ASK_FOR_KIM, 'I need an answer today, can we lock it in now?', BOOK]);
    expect(call.endReason).toBe('hung-up');
    expect(kim.cools.some((line) => kimsLines(call)[0]!.endsWith(line))).toBe(true);
  });

  it('gives the same call for the same seed and lines, and may word it differently on another seed', () => {
    const lines = [OPENING, ASK_FOR_KIM, BOOK];
    expect(play(wendy, lines, 3)).toEqual(play(wendy, lines, 3));
    const wordings = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => kimsLines(play(wendy, lines, seed)).join('|')));
    expect(wordings.size).toBeGreaterThan(1);
  });

  it('answers first when the scenario says so, and books the demo without Wendy', () => {
    const firstKim: Scenario = { ...wendy, gatekeeper: { ...kim, answersFirst: true } };
    const call = play(firstKim, [
      "Hi Kim, it's Jordan from Clearline. I've taken over from Priya, and I'm calling to book the staff demo Wendy agreed. Could we put it in for Thursday the 23rd at 10?",
    ]);
    expect(call.turns[0]!.party).toBe('gatekeeper');
    expect(kim.greeting).toContain(call.turns[0]!.text);
    expect(call.endReason).toBe('goal-reached');
    expect(call.turns.every((turn) => turn.speaker === 'rep' || turn.party === 'gatekeeper')).toBe(true);
  });

  it('screens a rep who asks for Wendy when she answers first', () => {
    const firstKim: Scenario = { ...wendy, gatekeeper: { ...kim, answersFirst: true } };
    const call = play(firstKim, ['Hi, could I speak to Wendy please?']);
    expect(kim.screens.some((line) => kimsLines(call)[1]!.endsWith(line))).toBe(true);
  });
});
