import { describe, expect, it } from 'vitest';
import { PRINCIPLES } from '../../../src/core/principles/principles';
import { recommendPractice, type PracticeHistoryItem } from '../../../src/core/history/recommendPractice';
import { loadScenario, SCENARIO_IDS } from '../persona/personaFixtures';

const scenarios = SCENARIO_IDS.map(loadScenario);
const call = (scores: PracticeHistoryItem['scores'], scenarioId = 'lease-follow-up'): PracticeHistoryItem => ({ scenarioId, scores });

describe('what to practise next', () => {
  it('recommends nothing before any call is scored', () => {
    expect(recommendPractice([], scenarios)).toBeUndefined();
    expect(recommendPractice([call({})], scenarios)).toBeUndefined();
  });

  it('follows the weakest principle to the scenario that weighs it most, with the reason in one line', () => {
    const history = [call({ 'purpose-first': 90, 'own-the-issue': 30, 'next-step': 80 }), call({ 'purpose-first': 85, 'own-the-issue': 40, 'next-step': 70 })];
    const next = recommendPractice(history, scenarios)!;
    expect(next).toMatchObject({ principleId: 'own-the-issue', average: 35, calls: 2, scenarioId: 'late-delivery', difficulty: 'easy' });
    expect(next.reason).toBe(
      `“${next.principleTitle}” is your weakest principle (35 on average over your last 2 calls); “The short delivery” works it hardest, on easy, so you can focus on it.`,
    );
    expect(next.reason).not.toContain('\n');
  });

  it('reads recent form: an old low score that has since been fixed no longer counts', () => {
    const old = Array.from({ length: 3 }, () => call({ 'respect-time': 10, persist: 60 }));
    const lately = Array.from({ length: 5 }, () => call({ 'respect-time': 95, persist: 60 }));
    expect(recommendPractice([...old, ...lately], scenarios)!.principleId).toBe('persist');
    expect(recommendPractice([...lately, ...old], scenarios)!.principleId).toBe('respect-time');
  });

  it('picks the difficulty from how weak the principle is', () => {
    expect(recommendPractice([call({ 'respect-time': 49 })], scenarios)!.difficulty).toBe('easy');
    expect(recommendPractice([call({ 'respect-time': 60 })], scenarios)!.difficulty).toBe('medium');
    expect(recommendPractice([call({ 'respect-time': 80 })], scenarios)!).toMatchObject({ difficulty: 'hard', scenarioId: 'busy-executive' });
  });

  it('sends every principle to a scenario that scores it, and gives the same answer every time', () => {
    for (const { id } of PRINCIPLES) {
      const next = recommendPractice([call({ [id]: 20 })], scenarios)!;
      expect(next.principleId).toBe(id);
      const scenario = scenarios.find((s) => s.id === next.scenarioId)!;
      expect(scenario.principles[id], `${id} → ${next.scenarioId}`).toBeGreaterThan(0);
      expect(recommendPractice([call({ [id]: 20 })], [...scenarios].reverse())).toEqual(next);
    }
  });

  it('goes to the principle’s own practice scenario when two weigh it alike', () => {
    expect(recommendPractice([call({ persist: 20 })], scenarios)!.scenarioId).toBe('not-now-shopper');
    expect(recommendPractice([call({ 'next-step': 20 })], scenarios)!.scenarioId).toBe('third-call');
  });

  it('skips a weak principle that no scenario on offer scores', () => {
    const onlyWendy = scenarios.filter((s) => s.id === 'busy-executive').map((s) => ({ ...s, principles: { 'respect-time': 4 } }));
    expect(recommendPractice([call({ persist: 5, 'respect-time': 60 })], onlyWendy)!.principleId).toBe('respect-time');
  });

  describe('with retries', () => {
    const first = { ...call({ 'own-the-issue': 20, 'purpose-first': 80 }), id: 'call-1' };
    const retry = (id: string, of: string, scores: PracticeHistoryItem['scores']): PracticeHistoryItem => ({ ...call(scores), id, retryOf: of });

    it('counts a call and its retries once, so one weak call does not weigh its principle twice', () => {
      const weakRetry = retry('call-2', 'call-1', { 'own-the-issue': 20, 'purpose-first': 80 });
      const other = { ...call({ 'own-the-issue': 80, 'purpose-first': 80 }), id: 'call-3' };
      expect(recommendPractice([first, weakRetry, other], scenarios)).toMatchObject({ principleId: 'own-the-issue', average: 50, calls: 2 });
    });

    it('takes the latest retry’s scores for the call it replays', () => {
      const better = retry('call-2', 'call-1', { 'own-the-issue': 90, 'purpose-first': 60 });
      expect(recommendPractice([first, better], scenarios)).toMatchObject({ principleId: 'purpose-first', average: 60, calls: 1 });
    });

    it('follows a retry of a retry back to the first call', () => {
      const history = [
        first,
        retry('call-2', 'call-1', { 'own-the-issue': 40, 'purpose-first': 80 }),
        retry('call-3', 'call-2', { 'own-the-issue': 70, 'purpose-first': 80 }),
      ];
      expect(recommendPractice(history, scenarios)).toMatchObject({ principleId: 'own-the-issue', average: 70, calls: 1 });
    });

    it('keeps the call in its first place, so retrying an old call does not push recent calls out of the last five', () => {
      const lately = Array.from({ length: 5 }, (_, i) => ({ ...call({ 'own-the-issue': 60, 'purpose-first': 90 }), id: `late-${i}` }));
      const history = [first, ...lately, retry('call-9', 'call-1', { 'own-the-issue': 0, 'purpose-first': 90 })];
      expect(recommendPractice(history, scenarios)).toMatchObject({ principleId: 'own-the-issue', average: 60, calls: 5 });
    });

    it('counts a retry whose first call is gone as a call of its own', () => {
      expect(recommendPractice([retry('call-2', 'deleted', { 'own-the-issue': 30 })], scenarios)).toMatchObject({
        principleId: 'own-the-issue',
        average: 30,
        calls: 1,
      });
    });

    it('does not loop on retries that point at each other', () => {
      const history = [retry('a', 'b', { 'own-the-issue': 30 }), retry('b', 'a', { 'own-the-issue': 50 })];
      expect(recommendPractice(history, scenarios)?.principleId).toBe('own-the-issue');
    });
  });
});
