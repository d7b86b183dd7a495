import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreSeries } from '../../../src/core/series/scoreSeries';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { loadScenario } from '../persona/personaFixtures';
import { playSeries } from './playSeries';

type Paths = { kept: string[][]; broken: string[][] };
const linesOf = (id: string): Paths => JSON.parse(readFileSync(new URL(`../../fixtures/series/${id}.json`, import.meta.url), 'utf8'));
const lease = loadScenario('lease-series');
const dana = loadScenario('not-now-series');

const verdicts = (report: ReturnType<typeof scoreSeries>) => Object.fromEntries(report.principles.map((p) => [p.id, [p.verdict, p.score]]));

describe('scoreSeries', () => {
  it('credits a promise kept unprompted in the next call under own-the-issue and know-the-history, beside each call’s own score', async () => {
    const calls = await playSeries(lease, linesOf('lease-series').kept);
    const report = scoreSeries(lease.id, calls, 2);
    expect(verdicts(report)).toMatchObject({ 'own-the-issue': ['met', 100], 'know-the-history': ['met', 100] });
    expect(report.calls).toEqual(
      calls.map((call) => ({ callId: call.memory.callId, title: call.memory.title, overall: scoreTranscript(call.played, call.transcript).overall })),
    );
    expect(report.principles.find((p) => p.id === 'own-the-issue')!.evidence).toEqual([
      { call: 1, turn: 1, quote: expect.stringContaining('calling as I promised') },
    ]);
    expect(report.complete).toBe(true);
    expect(report.mistakes).toEqual([]);
  });

  it('misses own-the-issue for a promise forgotten in the next call, pinned to that call, citing article 000', async () => {
    const calls = await playSeries(lease, linesOf('lease-series').broken);
    const report = scoreSeries(lease.id, calls, 2);
    expect(verdicts(report)['own-the-issue']).toEqual(['missed', 0]);
    const mistake = report.mistakes.find((m) => m.principle === 'own-the-issue')!;
    expect(mistake).toMatchObject({ call: 1, turn: null });
    expect(mistake.commentary).toBe(
      'You had promised Art “Sure, I will check on that.”; this call you never came back to it. (“How’s it going?” is NOT a good call strategy)',
    );
    expect(mistake.betterLine).toBe(calls[1]!.played.betterLines['own-the-issue']);
  });

  it('gives part credit when the customer had to bring the promise up before the rep delivered it', async () => {
    const [first] = linesOf('lease-series').kept;
    const calls = await playSeries(lease, [
      first!,
      [
        "Hi Art, it's Sam from Riverside Motors. Have you got a minute?",
        "How's the car running?",
        "You're right. Your plates are ready at the county office; I'll drop them at your house by 5 pm today.",
      ],
    ]);
    expect(calls[1]!.memory.followThrough.map((f) => f.status)).toEqual(['reminded']);
    expect(verdicts(scoreSeries(lease.id, calls, 2))['own-the-issue']).toEqual(['met', 60]);
  });

  it('judges persistence across calls: a reason each time, a voicemail with a time, no “you know where to find me”', async () => {
    const good = scoreSeries(dana.id, await playSeries(dana, linesOf('not-now-series').kept), 3);
    expect(verdicts(good).persist).toEqual(['met', 100]);
    const poor = scoreSeries(dana.id, await playSeries(dana, linesOf('not-now-series').broken), 3);
    expect(verdicts(poor).persist).toEqual(['missed', 0]);
    const notes = poor.mistakes.filter((m) => m.principle === 'persist').map((m) => `${m.call}: ${m.commentary.split(' (')[0]}`);
    expect(notes).toContain('1: The message left no time for the next contact; say when you will try again.');
    expect(notes).toContain('0: “When they’re ready, they know where to find me” hands the follow-up to the customer; they rarely make it.');
  });

  it('counts pressing after a firm no in the call before against persist', async () => {
    const calls = await playSeries(dana, [linesOf('not-now-series').kept[0]!]);
    const withNo = [{ ...calls[0]!, memory: { ...calls[0]!.memory, customerSaid: [{ kind: 'firm-no' as const, quote: 'No.', turn: 2 }] } }];
    const [, second] = await playSeries(dana, [
      linesOf('not-now-series').kept[0]!,
      ['Hi Dana, Alex here with news on the Pearl Blue Aria: it arrives Thursday. You really need to decide today, this deal ends tonight.'],
    ]);
    const report = scoreSeries(dana.id, [...withNo, second!], 3);
    expect(report.mistakes.map((m) => m.commentary)).toContainEqual(expect.stringContaining('Last call ended in a firm no'));
    expect(report.complete).toBe(false);
  });

  it('combines the calls and the principles across them: 60% the calls’ mean, 40% the principles’ mean', async () => {
    const calls = await playSeries(lease, linesOf('lease-series').broken);
    const report = scoreSeries(lease.id, calls, 2);
    const callsMean = (calls[0]!.overall + calls[1]!.overall) / 2;
    const applied = report.principles.filter((p) => p.verdict !== 'n/a');
    const principlesMean = applied.reduce((sum, p) => sum + p.score, 0) / applied.length;
    expect(report.overall).toBe(Math.round(0.6 * callsMean + 0.4 * principlesMean));
  });

  it('is the calls’ own score alone for a first call, where nothing across calls applies yet', async () => {
    const calls = await playSeries(lease, [linesOf('lease-series').kept[0]!]);
    const report = scoreSeries(lease.id, calls, 2);
    expect(report.principles.map((p) => p.verdict)).toEqual(['n/a', 'n/a', 'n/a']);
    expect(report.overall).toBe(calls[0]!.overall);
  });
});
