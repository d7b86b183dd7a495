import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PrincipleDefinition } from '../../../src/core/principles/definePrinciple';
import { PRINCIPLE_IDS, PRINCIPLES, principleById } from '../../../src/core/principles/principles';
import { citeSource, SOURCES } from '../../../src/core/principles/sources';
import { MISSED_SHARE, overallScore } from '../../../src/core/scoring/assembleReport';
import { PRINCIPLE_RULES } from '../../../src/core/scoring/principleRules';
import type { PrincipleResult } from '../../../src/core/scoring/report';
import type { PrincipleRule } from '../../../src/core/scoring/rule';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { loadShippedScenarios } from '../scoring/loadLabelledCalls';
import { makeScenario } from '../scoring/scenarioFactory';

const DEFINITIONS_DIR = join(import.meta.dirname, '..', '..', '..', 'src', 'core', 'principles', 'definitions');

/** The ids in /work/shared/PRINCIPLES.md: scenario files, saved history and tests refer to them, so they never change. */
const STABLE_IDS = ['purpose-first', 'bring-value', 'know-the-history', 'own-the-issue', 'referral-timing', 'next-step', 'persist', 'respect-time'];

/** Default weights of the shipped principles; changing one changes overall scores. */
const SHIPPED_WEIGHTS = {
  'purpose-first': 3,
  'bring-value': 2,
  'know-the-history': 2,
  'own-the-issue': 3,
  'referral-timing': 2,
  'next-step': 3,
  persist: 2,
  'respect-time': 1,
};

const isDefinition = (value: unknown): value is PrincipleDefinition => typeof value === 'object' && value !== null && 'id' in value && 'title' in value;
const isRule = (value: unknown): value is PrincipleRule =>
  typeof value === 'object' && value !== null && typeof (value as PrincipleRule).evaluate === 'function';

/** Each definition file with the definition and the rule it exports. */
async function definitionFiles() {
  const files = readdirSync(DEFINITIONS_DIR)
    .filter((name) => name.endsWith('.ts'))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const exports: Record<string, unknown> = await import(join(DEFINITIONS_DIR, file));
      return { file, definitions: Object.values(exports).filter(isDefinition), rules: Object.values(exports).filter(isRule) };
    }),
  );
}

describe('the principle registry', () => {
  it('registers every definition file, each exporting one definition and one rule, named after the file', async () => {
    const files = await definitionFiles();
    expect(files.length).toBe(PRINCIPLES.length);
    for (const { file, definitions, rules } of files) {
      expect(definitions, `${file} exports one principle definition`).toHaveLength(1);
      expect(rules, `${file} exports one scoring rule`).toHaveLength(1);
      const [definition] = definitions;
      expect(PRINCIPLES, `${file} is listed in src/core/principles/principles.ts`).toContain(definition);
      expect(file).toBe(`${definition!.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}.ts`);
      expect(PRINCIPLE_RULES[definition!.id as keyof typeof PRINCIPLE_RULES], `${file}'s rule is the one the scorer runs`).toBe(rules[0]);
    }
  });

  it('keeps ids unique, kebab-case, and every stable id unchanged', () => {
    expect(new Set(PRINCIPLE_IDS).size).toBe(PRINCIPLE_IDS.length);
    expect(PRINCIPLE_IDS).toEqual(PRINCIPLES.map((p) => p.id));
    for (const id of PRINCIPLE_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    // New principles come after the stable ones: teaching order is report order.
    expect(PRINCIPLE_IDS.slice(0, STABLE_IDS.length)).toEqual(STABLE_IDS);
  });

  it('gives the scorer exactly one rule per principle, under the principle id', () => {
    expect(Object.keys(PRINCIPLE_RULES).sort()).toEqual([...PRINCIPLE_IDS].sort());
    for (const id of PRINCIPLE_IDS) expect(PRINCIPLE_RULES[id].id).toBe(id);
  });

  it('gives every principle its wording, sources, lesson, practice scenario and outcome labels', () => {
    const scenarios = new Map(loadShippedScenarios().map((s) => [s.id, s]));
    for (const p of PRINCIPLES) {
      for (const text of [p.title, p.explanation, p.example.weak, p.example.better, p.habit, p.outcome.met, p.outcome.missed]) {
        expect(text.trim(), p.id).not.toBe('');
      }
      if (p.outcome.voicemail)
        expect(
          [p.outcome.voicemail.met, p.outcome.voicemail.missed].every((t) => t.trim() !== ''),
          p.id,
        ).toBe(true);
      expect(p.example.better).not.toBe(p.example.weak);
      expect(p.sources.length, `${p.id} names its sources`).toBeGreaterThan(0);
      for (const source of p.sources) expect(Object.keys(SOURCES)).toContain(source.article);
      expect(citeSource(p.sources[0]!)).toContain(SOURCES[p.sources[0]!.article]);
      const practice = scenarios.get(p.practiceScenario);
      expect(practice, `${p.id}'s practice scenario ${p.practiceScenario} ships`).toBeDefined();
      expect(practice!.principles[p.id], `${p.practiceScenario} scores ${p.id}`).toBeGreaterThan(0);
    }
    expect(new Set(PRINCIPLES.map((p) => p.title)).size).toBe(PRINCIPLES.length);
  });

  it('gives default weights that the scorer averages into 0 to 100', () => {
    for (const p of PRINCIPLES) expect(Number.isInteger(p.weight) && p.weight > 0, `${p.id} weight ${p.weight}`).toBe(true);
    const all = (verdict: 'met' | 'missed', score: number): PrincipleResult[] => PRINCIPLE_IDS.map((id) => ({ id, verdict, score, evidence: [] }));
    expect(overallScore(all('met', 100), {})).toBe(100);
    expect(overallScore(all('met', 0), {})).toBe(0);
    expect(overallScore(all('missed', 100), {})).toBe(Math.round(100 * MISSED_SHARE));
    // One principle missed outright costs exactly its share of the summed default weights.
    const total = PRINCIPLES.reduce((sum, p) => sum + p.weight, 0);
    const first = PRINCIPLES[0]!;
    const oneMissed = all('met', 100).map((r) => (r.id === first.id ? { ...r, verdict: 'missed' as const, score: 0 } : r));
    expect(overallScore(oneMissed, {})).toBe(Math.round((100 * (total - first.weight)) / total));
  });

  it('keeps the shipped principles’ default weights', () => {
    for (const [id, weight] of Object.entries(SHIPPED_WEIGHTS)) expect(principleById(id as keyof typeof SHIPPED_WEIGHTS).weight, id).toBe(weight);
  });

  it('runs every rule: a call scored on all principles reports each one, in registry order', () => {
    const scenario = makeScenario({ principles: Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, 1])) });
    const report = scoreTranscript(scenario, {
      scenarioId: scenario.id,
      channel: 'call',
      turns: [
        { speaker: 'customer', text: 'Hello?' },
        { speaker: 'rep', text: 'Hi Art, just checking in.' },
        { speaker: 'customer', text: 'My plates still have not come.' },
      ],
    });
    expect(report.principles.map((r) => r.id)).toEqual([...PRINCIPLE_IDS]);
    expect(report.mistakes.length).toBeGreaterThan(0);
    // Commentary cites a source from the definition and offers a better line.
    for (const mistake of report.mistakes) {
      expect(principleById(mistake.principle).sources.some((s) => mistake.commentary.includes(`(See ${citeSource(s)}.)`))).toBe(true);
      expect(mistake.betterLine.trim()).not.toBe('');
    }
  });
});
