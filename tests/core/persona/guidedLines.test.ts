import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/language/normalizeText';
import { buildOnboardingTrack } from '../../../src/core/onboarding/onboardingTrack';
import { judgeLessonCall } from '../../../src/core/onboarding/judgeLessonCall';
import { analyzeCall } from '../../../src/core/scoring/analyzeCall';
import { isOpen } from '../../../src/core/scoring/trackIssues';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import type { Turn } from '../../../src/core/transcript';
import { seriesCallScenario } from '../../../src/core/scenario/seriesCallScenario';
import type { Scenario } from '../../../src/core/scenario/scenarioSchema';
import type { CallMemory } from '../../../src/core/series/callMemory';
import { playedSeriesCall } from '../../../src/core/series/playedSeriesCall';
import { rememberSeriesCall } from '../../../src/core/series/rememberSeriesCall';
import { loadScenario, scenarioFiles, SCENARIO_IDS, SERIES_IDS } from './personaFixtures';
import { playGuided, type GuidedStep, type Policy } from './guidedPlay';
import { DIFFICULTIES, strongPicksAfterSlips } from './strongAfterSlips';
import { collectOfferedSets, dayNameTell, heldOutAccuracy } from './surfaceTells';

/** Every shipped scenario, each call of a series as a scenario of its own. */
const SCENARIOS = scenarioFiles()
  .map((file) => loadScenario(file.replace(/\.(ya?ml|json)$/, '')))
  .flatMap((scenario) => (scenario.series ? scenario.series.calls.map((_, i) => seriesCallScenario(scenario, i)) : [scenario]));
/** The single-call scenarios: the customer's problems and patience are checked call by call on these (see the report for the series). */
const SINGLE = SCENARIO_IDS.map(loadScenario);
const SEEDS = [1, 2, 3, 4];
const POLICIES: Policy[] = ['strong', 'weak', 'poor', 'mixed'];
/** The bad openers the articles quote (000, 001, 002, 004): a poor line paraphrases them, never copies them. */
const ARTICLE_OPENERS = [
  'just wanted to be sure everything is ok',
  'want to be sure everything is ok',
  'how is everything going with the car',
  'how is it going',
  'just checking in',
  'know anyone else looking for a car',
  'i just called to follow up',
  'i just called to see how things are',
  'well i am here if you need me',
  'i am here if you need me',
];

/** Every state a guided call passes through, over the scenarios, seeds, difficulties and ways of playing (worked out once). */
let steps: ReturnType<typeof playAll> | undefined;
function everyStep() {
  return (steps ??= playAll());
}

function playAll() {
  return SINGLE.flatMap((scenario) =>
    DIFFICULTIES.flatMap((difficulty) =>
      SEEDS.flatMap((seed) =>
        POLICIES.flatMap((policy) => playGuided(scenario, policy, difficulty, seed).steps.map((step) => ({ scenario, difficulty, seed, step }))),
      ),
    ),
  );
}

/** The lines offered at every state the surface tests read (worked out once, for both). */
let offeredSets: ReturnType<typeof collectOfferedSets> | undefined;
const everyOfferedSet = () => (offeredSets ??= collectOfferedSets(SCENARIOS, SEEDS));

/** Open problems and their owners by state: playGuided gives each state of a call one `offered` array, however it was reached. */
const ownersByState = new WeakMap<GuidedStep['offered'], ReturnType<typeof findOwnersOfOpenProblems>>();
function ownersOfOpenProblems(scenario: Scenario, step: GuidedStep) {
  let owners = ownersByState.get(step.offered);
  if (!owners) ownersByState.set(step.offered, (owners = findOwnersOfOpenProblems(scenario, step)));
  return owners;
}

/** The customer's problems open before a pick, as the scorer reads them, and the offered lines that would own them all. */
function findOwnersOfOpenProblems(scenario: Scenario, step: GuidedStep) {
  const before = analyzeCall(scenario, { scenarioId: scenario.id, channel: scenario.channel, turns: step.before });
  const openNow = before.issues.filter((episode) => episode.raisedAt !== null && isOpen(episode, step.before.length)).map((e) => e.id);
  const owners =
    openNow.length === 0
      ? []
      : step.offered.filter((line) => {
          const turns: Turn[] = [...step.before, { speaker: 'rep', text: line.text }];
          const after = analyzeCall(scenario, { scenarioId: scenario.id, channel: scenario.channel, turns });
          return openNow.every((id) => after.issues.some((episode) => episode.id === id && episode.ownedAt === step.before.length));
        });
  return { openNow, owners };
}

/** The strong path, and strong except for one weak or poor pick. */
const STRONG_AND_ONE_SLIP: Policy[] = [
  'strong',
  ...[0, 1, 2, 3, 4, 5].flatMap((at) => [
    { slip: 'weak' as const, at },
    { slip: 'poor' as const, at },
  ]),
];
const policyName = (policy: Policy) =>
  typeof policy !== 'object'
    ? policy
    : 'slips' in policy
      ? Object.entries(policy.slips)
          .map(([at, slip]) => `${slip} pick ${Number(at) + 1}`)
          .join(', ')
      : `${policy.slip} pick ${policy.at + 1}`;

/**
 * Every pick in every call of every series, each call played as the app plays it: written from the calls before, which were
 * played on the strong path (so the customer remembers promises kept), and itself played strong or with one slip.
 */
function everySeriesStep() {
  return SERIES_IDS.map(loadScenario).flatMap((series) =>
    DIFFICULTIES.flatMap((difficulty) =>
      SEEDS.flatMap((seed) => {
        const memories: CallMemory[] = [];
        return series.series!.calls.flatMap((_, index) => {
          const played = playedSeriesCall(series, index, memories);
          const steps = STRONG_AND_ONE_SLIP.flatMap((policy) =>
            playGuided(played, policy, difficulty, seed).steps.map((step) => ({ scenario: played, policy, step })),
          );
          memories.push(rememberSeriesCall(series, index, playGuided(played, 'strong', difficulty, seed).transcript, memories));
          return steps;
        });
      }),
    ),
  );
}

describe('guided lines', () => {
  it('do not give the strong line away by surface features: a classifier trained on them stays near chance on held-out scenarios', () => {
    const result = heldOutAccuracy(everyOfferedSet());
    expect(result.scenarios).toBe(SCENARIOS.length);
    expect(result.sets).toBeGreaterThan(50);
    expect(result.accuracy).toBeLessThan(0.45);
  }, 120_000);

  it('do not give the strong line away by naming a day: picking the line with a day in it stays near chance', () => {
    const tell = dayNameTell(everyOfferedSet());
    expect(tell.linesNamingADay).toBeGreaterThan(50);
    expect(tell.pickTheDayLine).toBeLessThan(0.45);
    expect(tell.strongShare).toBeLessThan(0.5);
  }, 120_000);

  it('never copy the articles’ own bad openers word for word', () => {
    for (const scenario of SCENARIOS) {
      for (const line of scenario.guided.flatMap((entry) => entry.lines)) {
        const text = normalizeText(line.text)
          .replace(/[^\p{L}\p{N} ]+/gu, ' ')
          .replace(/\s+/g, ' ');
        for (const opener of ARTICLE_OPENERS) expect(text, `${scenario.id}: ${line.text}`).not.toContain(opener);
      }
    }
  });

  it('always offer a line that owns the customer’s open problem', () => {
    let open = 0;
    for (const { scenario, step } of everyStep()) {
      const { openNow, owners } = ownersOfOpenProblems(scenario, step);
      if (openNow.length === 0) continue;
      open++;
      expect(owners.length, `${scenario.id}: nothing owns ${openNow.join(', ')} among ${step.offered.map((l) => l.text).join(' | ')}`).toBeGreaterThan(0);
    }
    expect(open).toBeGreaterThan(20);
  }, 120_000);

  it('never cost patience for the strong line, on the strong path or after any one weak or poor pick', () => {
    const slips = [0, 1, 2, 3, 4, 5].flatMap((at) => [
      { slip: 'weak' as const, at },
      { slip: 'poor' as const, at },
    ]);
    const played = SINGLE.flatMap((scenario) =>
      DIFFICULTIES.flatMap((difficulty) =>
        SEEDS.flatMap((seed) =>
          ['strong' as const, ...slips].flatMap((policy) =>
            playGuided(scenario, policy, difficulty, seed).steps.map((step) => ({ scenario, difficulty, seed, step })),
          ),
        ),
      ),
    );
    expect(played.length).toBeGreaterThan(1000);
    for (const { scenario, difficulty, seed, step } of played) {
      if (step.picked.quality !== 'strong') continue;
      expect(step.patienceAfter, `${scenario.id} ${difficulty} seed ${seed}: ${step.picked.text}`).toBeGreaterThanOrEqual(step.patienceBefore);
    }
  }, 120_000);
});

describe('a strong pick after two or more weak or poor ones', () => {
  // Every difficulty and seed for every combination is the bench's sweep (guided.strongPickAfterSlips); here each plays one, turn about.
  it('never costs patience, in the states such play reaches', () => {
    const { states, costly } = strongPicksAfterSlips(SINGLE, 'turn-about');
    expect(states).toBeGreaterThan(2000);
    expect(costly).toEqual([]);
  }, 120_000);
});

describe('guided lines in each call of a series', () => {
  let steps: ReturnType<typeof everySeriesStep> | undefined;
  const seriesSteps = () => (steps ??= everySeriesStep());

  it('always offer a line that owns every open problem, on the strong path and after any one weak or poor pick', () => {
    let open = 0;
    const missing = new Set<string>();
    for (const { scenario, policy, step } of seriesSteps()) {
      const { openNow, owners } = ownersOfOpenProblems(scenario, step);
      if (openNow.length === 0) continue;
      open++;
      if (owners.length === 0) missing.add(`${scenario.id} (${policyName(policy)}): nothing owns ${openNow.join(', ')} after “${step.before.at(-1)?.text}”`);
    }
    expect([...missing]).toEqual([]);
    expect(open).toBeGreaterThan(20);
  }, 120_000);

  it('never cost patience for the strong line, on the strong path or after any one weak or poor pick', () => {
    const costly = new Set<string>();
    for (const { scenario, policy, step } of seriesSteps()) {
      if (step.picked.quality === 'strong' && step.patienceAfter < step.patienceBefore)
        costly.add(`${scenario.id} (${policyName(policy)}): ${step.picked.text}`);
    }
    expect([...costly]).toEqual([]);
  }, 120_000);
});

describe('the new-hire track played with the strong line every turn', () => {
  const track = buildOnboardingTrack(SINGLE);

  it.each(track.steps.map((step, i) => [i + 1, step.id, step.scenarioId!] as const))('passes lesson %i (%s, on %s) at every seed', (_, id, scenarioId) => {
    const scenario = loadScenario(scenarioId);
    for (const seed of SEEDS) {
      const { transcript } = playGuided(scenario, 'strong', scenario.difficulty, seed);
      const outcome = judgeLessonCall({ id }, scoreTranscript(scenario, transcript), track.passMark);
      expect(outcome.summary, `seed ${seed}`).toMatch(/^\d+ overall/);
      expect(outcome.passed).toBe(true);
    }
  });

  it('does not pass lesson 1 with one click: a single line and hanging up is not enough, whichever line it is', () => {
    const first = track.steps[0]!;
    const scenario = loadScenario(first.scenarioId!);
    expect(scenario.channel).toBe('call');
    // Many seeds: a customer reply the engine misreads on one seed in four is a one-click pass for a quarter of trainees.
    for (let seed = 1; seed <= 200; seed++) {
      for (const policy of ['strong', 'weak', 'poor'] as const) {
        // The first line and the customer's answer to it, then the trainee hangs up.
        const { transcript: played } = playGuided(scenario, policy, scenario.difficulty, seed, { untilTurns: 3 });
        const transcript = { ...played, turns: played.turns.slice(0, 3), endReason: 'rep-ended' as const };
        expect(judgeLessonCall({ id: first.id }, scoreTranscript(scenario, transcript), track.passMark).passed, `${policy} seed ${seed}`).toBe(false);
      }
    }
  });

  it('reaches the referral on the referral lesson by the strong line alone, right after the customer says he is happy', () => {
    const step = track.steps.find((s) => s.id === 'referral-timing')!;
    const scenario = loadScenario(step.scenarioId!);
    const { steps } = playGuided(scenario, 'strong', scenario.difficulty, 1);
    expect(steps.map((s) => s.picked.stage)).toContain('referral');
  });
});
