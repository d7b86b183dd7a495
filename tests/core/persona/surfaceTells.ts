import type { CandidateLine } from '../../../src/core/persona/suggestLines';
import type { Scenario } from '../../../src/core/scenario/scenarioSchema';
import { playGuided } from './guidedPlay';

/** One set of three guided lines as offered in a call, and the scenario it came from (the unit of the train/test split). */
export interface OfferedSet {
  scenarioId: string;
  lines: CandidateLine[];
}

/** Every distinct set of three lines offered over the scenarios, seeds, difficulties and ways of playing. */
export function collectOfferedSets(scenarios: readonly Scenario[], seeds: readonly number[]): OfferedSet[] {
  const seen = new Set<string>();
  const out: OfferedSet[] = [];
  for (const scenario of scenarios) {
    for (const seed of seeds) {
      for (const difficulty of ['easy', 'medium', 'hard'] as const) {
        for (const policy of ['strong', 'weak', 'poor', 'mixed'] as const) {
          for (const { offered: lines } of playGuided(scenario, policy, difficulty, seed).steps) {
            if (lines.length < 3) continue;
            const key = `${scenario.id}|${lines
              .map((line) => line.text)
              .sort()
              .join('|')}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push({ scenarioId: scenario.id, lines });
          }
        }
      }
    }
  }
  return out;
}

const WORD = /[\p{L}\p{N}'’]+/gu;

/** A day a trainee sees at a glance ("Thursday", "tomorrow"); not a loose window such as "next month", which every quality names. */
const DAY_NAME = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow)s?\b/i;
/** A calendar date: "the 12th", "25 May", "1 June". */
const DATE = /\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/** True when a line names a day of the week, today, tonight or tomorrow. */
export function namesDay(text: string): boolean {
  return DAY_NAME.test(text);
}

/** Surface features of one line within its set: what a trainee could go by without thinking about the call. */
export function surfaceFeatures(text: string, set: readonly string[]): number[] {
  const words = (t: string) => (t.match(WORD) ?? []).length;
  const lengths = set.map(words);
  const own = words(text);
  const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  return [
    (own - mean) / 10,
    own === Math.max(...lengths) ? 1 : 0,
    own === Math.min(...lengths) ? 1 : 0,
    /\d/.test(text) ? 1 : 0,
    namesDay(text) ? 1 : 0,
    DATE.test(text) ? 1 : 0,
    /\b(?:am|pm|a\.m\.|p\.m\.|noon|o'clock)\b|\d:\d\d/i.test(text) ? 1 : 0,
    /[$£€%]/.test(text) ? 1 : 0,
    text.includes('?') ? 1 : 0,
    text.trim().endsWith('?') ? 1 : 0,
    text.includes('!') ? 1 : 0,
    (text.match(/[.!?](\s|$)/g) ?? []).length / 3,
    /^(?:hi|hey|hello)\b/i.test(text) ? 1 : 0,
    /\bsorry\b/i.test(text) ? 1 : 0,
    /\b(?:i'll|i will|i’ll)\b/i.test(text) ? 1 : 0,
    /\bjust\b/i.test(text) ? 1 : 0,
    /\b[A-Z][a-z]+\b/.test(text.slice(1)) ? 1 : 0,
  ];
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

interface Example {
  features: number[][];
  strong: number;
}

function toExample(set: OfferedSet): Example {
  const texts = set.lines.map((line) => line.text);
  return { features: texts.map((text) => surfaceFeatures(text, texts)), strong: set.lines.findIndex((line) => line.quality === 'strong') };
}

/**
 * The plainest tell, without a classifier: how often a line that names a day is the strong one, and how often "pick a line that
 * names a day (any, if none does)" finds the strong line, counting an even pick among several such lines.
 */
export function dayNameTell(sets: readonly OfferedSet[]): { linesNamingADay: number; strongShare: number; pickTheDayLine: number } {
  let lines = 0;
  let strong = 0;
  let found = 0;
  for (const set of sets) {
    const withDay = set.lines.filter((line) => namesDay(line.text));
    lines += withDay.length;
    strong += withDay.filter((line) => line.quality === 'strong').length;
    const pool = withDay.length > 0 ? withDay : set.lines;
    found += pool.filter((line) => line.quality === 'strong').length / pool.length;
  }
  return { linesNamingADay: lines, strongShare: lines === 0 ? 0 : strong / lines, pickTheDayLine: sets.length === 0 ? 0 : found / sets.length };
}

/** A conditional-logit classifier (softmax over the three lines of a set), trained by gradient ascent with L2; deterministic. */
export function trainPicker(examples: readonly Example[], epochs = 400, rate = 0.2, l2 = 0.01): number[] {
  const size = examples[0]?.features[0]?.length ?? 0;
  const weights = new Array<number>(size).fill(0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradient = new Array<number>(size).fill(0);
    for (const example of examples) {
      const scores = example.features.map((f) => dot(weights, f));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const total = exp.reduce((a, b) => a + b, 0);
      example.features.forEach((f, i) => {
        const p = exp[i]! / total;
        const target = i === example.strong ? 1 : 0;
        for (let k = 0; k < size; k++) gradient[k]! += (target - p) * f[k]!;
      });
    }
    for (let k = 0; k < size; k++) weights[k]! += rate * (gradient[k]! / examples.length - l2 * weights[k]!);
  }
  return weights;
}

function picks(weights: readonly number[], example: Example): number {
  const scores = example.features.map((f) => dot(weights, f));
  return scores.indexOf(Math.max(...scores));
}

/** Held-out accuracy of the surface classifier: leave one scenario out, train on the rest, pick the strong line in the held-out sets. */
export function heldOutAccuracy(sets: readonly OfferedSet[]): {
  accuracy: number;
  trainAccuracy: number;
  sets: number;
  scenarios: number;
  byScenario: Record<string, number>;
} {
  const scenarios = [...new Set(sets.map((set) => set.scenarioId))];
  let right = 0;
  let total = 0;
  let trainRight = 0;
  let trainTotal = 0;
  const byScenario: Record<string, number> = {};
  for (const heldOut of scenarios) {
    const train = sets.filter((set) => set.scenarioId !== heldOut).map(toExample);
    const test = sets.filter((set) => set.scenarioId === heldOut).map(toExample);
    const weights = trainPicker(train);
    const hits = test.filter((example) => picks(weights, example) === example.strong).length;
    byScenario[heldOut] = test.length === 0 ? 0 : Math.round((hits / test.length) * 100) / 100;
    right += hits;
    total += test.length;
    for (const example of train) if (picks(weights, example) === example.strong) trainRight++;
    trainTotal += train.length;
  }
  return {
    accuracy: total === 0 ? 0 : right / total,
    trainAccuracy: trainTotal === 0 ? 0 : trainRight / trainTotal,
    sets: sets.length,
    scenarios: scenarios.length,
    byScenario,
  };
}
