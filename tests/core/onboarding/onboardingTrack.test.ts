import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lessonFor } from '../../../src/core/onboarding/lessons';
import { buildOnboardingTrack, onboardingAssignmentId, onboardingStepOf, type TrackScenario } from '../../../src/core/onboarding/onboardingTrack';
import { PRINCIPLE_IDS, type PrincipleId } from '../../../src/core/principles/principles';
import { validateScenario } from '../../../src/core/scenario/validateScenario';

const guided = [{ stage: 'opening' as const, lines: [] }];
const scenario = (id: string, difficulty: TrackScenario['difficulty'], principles: PrincipleId[], withGuided = true): TrackScenario => ({
  id,
  title: `Title ${id}`,
  difficulty,
  principles: Object.fromEntries(principles.map((p) => [p, 2])),
  guided: withGuided ? guided : [],
});

const all = [...PRINCIPLE_IDS];

describe('lessonFor', () => {
  it('gives each principle a lesson with its own words, a habit, a weak and a better line, and its sources', () => {
    for (const id of PRINCIPLE_IDS) {
      const lesson = lessonFor(id);
      expect(lesson.explanation.length).toBeGreaterThan(20);
      expect(lesson.habit.length).toBeGreaterThan(20);
      expect(lesson.weak).not.toBe(lesson.better);
      expect(lesson.sources.length).toBeGreaterThan(0);
    }
    expect(lessonFor('persist').sources[0]).toBe('The right to be pursued');
  });

  it('names each article once, folding its reader comments into that one mention', () => {
    expect(lessonFor('own-the-issue').sources).toEqual(['“How’s it going?” is NOT a good call strategy (with reader comments by Betts and Lehrer)']);
    expect(lessonFor('purpose-first').sources).toEqual([
      '“How’s it going?” is NOT a good call strategy (with a reader comment by Lehrer)',
      '“I just called to see how things are going” (the Wendy conversation)',
    ]);
  });
});

describe('buildOnboardingTrack', () => {
  it('has one step per principle, each with a scenario that scores it', () => {
    const track = buildOnboardingTrack([scenario('a', 'easy', all), scenario('b', 'hard', all)]);
    expect(track.steps.map((s) => s.id).sort()).toEqual([...PRINCIPLE_IDS].sort());
    expect(track.passMark).toBe(70);
  });

  it('orders steps by the difficulty of their scenario, teaching order breaking ties', () => {
    const track = buildOnboardingTrack([
      scenario('hard-one', 'hard', ['purpose-first', 'bring-value']),
      scenario('easy-one', 'easy', ['persist', 'next-step']),
      scenario('medium-one', 'medium', ['own-the-issue', 'know-the-history', 'referral-timing', 'respect-time']),
    ]);
    expect(track.steps.map((s) => `${s.difficulty}:${s.id}`)).toEqual([
      'easy:next-step',
      'easy:persist',
      'medium:know-the-history',
      'medium:own-the-issue',
      'medium:referral-timing',
      'medium:respect-time',
      'hard:purpose-first',
      'hard:bring-value',
    ]);
  });

  it('uses guided lines on the first half of the track and free text after', () => {
    const track = buildOnboardingTrack([scenario('a', 'easy', all)]);
    expect(track.steps.map((s) => s.mode)).toEqual(['guided', 'guided', 'guided', 'guided', 'free', 'free', 'free', 'free']);
  });

  it('falls back to free text where a scenario has no guided lines', () => {
    const track = buildOnboardingTrack([scenario('a', 'easy', all, false)]);
    expect(track.steps.every((s) => s.mode === 'free')).toBe(true);
  });

  it('prefers the scenario chosen for a principle when the app has it', () => {
    const track = buildOnboardingTrack([scenario('aaa-easy', 'easy', all), scenario('lease-follow-up', 'easy', all)]);
    expect(track.steps.find((s) => s.id === 'own-the-issue')?.scenarioId).toBe('lease-follow-up');
    expect(track.steps.find((s) => s.id === 'persist')?.scenarioId).toBe('aaa-easy');
  });

  it('makes a lesson-only step for a principle no scenario scores', () => {
    const track = buildOnboardingTrack([scenario('a', 'easy', ['purpose-first'])]);
    const step = track.steps.find((s) => s.id === 'persist');
    expect(step?.scenarioId).toBeUndefined();
    expect(step?.lesson.title).toBe('Treat “not now” as “not yet”');
  });

  it('takes another pass mark', () => {
    expect(buildOnboardingTrack([], { passMark: 80 }).passMark).toBe(80);
  });

  it('covers every principle with a real scenario of this project, easiest first', () => {
    const dir = new URL('../../../scenarios/', import.meta.url);
    const scenarios = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => validateScenario(parse(readFileSync(new URL(f, dir), 'utf8'))))
      .flatMap((r) => (r.ok ? [r.value] : []));
    const track = buildOnboardingTrack(scenarios);
    expect(track.steps.every((s) => s.scenarioId !== undefined)).toBe(true);
    const ranks = track.steps.map((s) => ['easy', 'medium', 'hard'].indexOf(s.difficulty));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(track.steps[0]?.mode).toBe('guided');
    expect(track.steps.at(-1)?.mode).toBe('free');
  });
});

describe('onboarding assignment ids', () => {
  it('tags a track call and reads the step back', () => {
    expect(onboardingStepOf(onboardingAssignmentId('persist'))).toBe('persist');
    expect(onboardingStepOf('week-1')).toBeUndefined();
    expect(onboardingStepOf(undefined)).toBeUndefined();
  });
});
