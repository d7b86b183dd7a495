import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/core/scenario/parseScenarioText';
import { formatValidationError } from '../../src/core/scenario/validationError';
import { loadScenario, SCENARIO_DIR, SCENARIO_IDS, scenarioFiles, SERIES_IDS } from './persona/personaFixtures';

describe('the scenario files in scenarios/', () => {
  it('ship the single-call scenarios and the series, one file each, named after their id', () => {
    expect(scenarioFiles()).toEqual([...SCENARIO_IDS, ...SERIES_IDS].map((id) => `${id}.yaml`).sort());
    for (const id of SCENARIO_IDS) expect(loadScenario(id).id).toBe(id);
  });

  it.each(scenarioFiles())('%s validates against the strict schema', (file) => {
    const result = parseScenarioText(readFileSync(new URL(file, SCENARIO_DIR), 'utf8'));
    expect(result.ok ? [] : result.errors.map(formatValidationError)).toEqual([]);
  });

  it.each([...SCENARIO_IDS])(
    '%s is written in version 2 or later (read as version 4): every fact, issue, value item and next step has a meaning and 3 to 5 examples',
    (id) => {
      const scenario = loadScenario(id);
      expect(scenario.schemaVersion).toBe(4);
      expect(scenario.migratedFrom).toBeUndefined();
      const items = [...scenario.persona.hiddenFacts, ...scenario.persona.openIssues, ...scenario.facts.valueItems, scenario.facts.nextStep];
      for (const item of items) {
        expect(item.meaning.length, JSON.stringify(item)).toBeGreaterThan(10);
        expect(item.examples.length, item.meaning).toBeGreaterThanOrEqual(3);
        expect(item.examples.length, item.meaning).toBeLessThanOrEqual(5);
      }
    },
  );

  it.each([...SCENARIO_IDS])('%s has a better line for every principle it lists', (id) => {
    const scenario = loadScenario(id);
    expect(Object.keys(scenario.betterLines).sort()).toEqual(Object.keys(scenario.principles).sort());
  });

  it.each([...SCENARIO_IDS])('%s offers guided lines for the stages its call goes through', (id) => {
    const scenario = loadScenario(id);
    const stages = scenario.guided.map((entry) => entry.stage);
    if (scenario.channel === 'voicemail') expect(stages).toEqual(['voicemail']);
    else {
      expect(stages).toContain('opening');
      expect(stages).toContain('close');
      if (scenario.persona.openIssues.length > 0) expect(stages).toContain('issue');
      if (scenario.facts.startsWithNotNow) expect(stages).toContain('not-now');
      if (scenario.persona.referral) expect(stages).toContain('referral');
    }
  });

  it.each(SCENARIO_IDS.filter((id) => id !== 'not-now-voicemail'))('%s has two or more wordings for every situation of a live call', (id) => {
    const scenario = loadScenario(id);
    const thin = Object.entries(scenario.dialogue)
      .filter(([, variants]) => variants.length < 2)
      .map(([key]) => key);
    expect(thin).toEqual([]);
    expect(scenario.persona.greeting.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the facts the scenarios are built on', () => {
    const lease = loadScenario('lease-follow-up');
    expect(lease.persona.name).toMatch(/^Art\b/);
    expect(lease.persona.openIssues.map((issue) => issue.id)).toEqual(['plates']);
    expect(lease.facts.valueItems.map((item) => item.id)).toContain('oil-changes');
    expect(lease.persona.referral?.give.join(' ')).toMatch(/neighbou?r/i);
    const wendy = loadScenario('busy-executive');
    expect(wendy.persona.busy).toBe(true);
    expect(wendy.dialogue.purposeless.join(' ')).toContain('Why are you calling?');
    expect(JSON.stringify(wendy.briefing)).toMatch(/Kim/);
    const dana = loadScenario('not-now-shopper');
    expect(dana.facts.startsWithNotNow).toBe(true);
    expect(dana.facts.valueItems.map((item) => item.id)).toEqual(expect.arrayContaining(['pearl-blue-arrived', 'financing-ends']));
    expect(loadScenario('not-now-voicemail').channel).toBe('voicemail');
    expect(loadScenario('not-now-voicemail').persona.name).toBe(dana.persona.name);
    expect(loadScenario('quote-follow-up').persona.hiddenFacts.map((fact) => fact.id)).toContain('on-time-matters-most');
    expect(loadScenario('third-call').facts.nextStep.kind).toBe('order');
    expect(loadScenario('industry-news').facts.nextStep.kind).toBe('document');
  });

  it('does not let the length of a guided line give away its quality', () => {
    const stages = SCENARIO_IDS.flatMap((id) => loadScenario(id).guided);
    const length = (lines: { text: string; quality: string }[], quality: string) => lines.find((line) => line.quality === quality)?.text.length ?? 0;
    const strongLongest = stages.filter(({ lines }) => length(lines, 'strong') > Math.max(length(lines, 'weak'), length(lines, 'poor')));
    const strongShortest = stages.filter(({ lines }) => length(lines, 'strong') < Math.min(length(lines, 'weak'), length(lines, 'poor')));
    const strongMiddle = stages.length - strongLongest.length - strongShortest.length;
    // "Pick the longest" (or the shortest, or the middle one) must not be a winning rule.
    for (const wins of [strongLongest.length, strongShortest.length, strongMiddle]) expect(wins).toBeLessThanOrEqual(stages.length / 2);
    expect(strongLongest.length).toBeLessThanOrEqual(stages.length / 3);
  });

  it.each([...SCENARIO_IDS])('words the customer lines of %s so they fit whoever brings the issue up', (id) => {
    // Raise lines also answer a rep who names the issue first; vague replies also follow an apology with no plan.
    const announcesIt = /since you ask|before anything else|before we go on|one thing, though|there is one thing|by the way/i;
    const quotesTheRep = /you'll (check|look)|check on it|look into it/i;
    for (const issue of loadScenario(id).persona.openIssues) {
      for (const line of issue.raise) expect(line).not.toMatch(announcesIt);
      for (const line of issue.vagueReply) expect(line).not.toMatch(quotesTheRep);
    }
  });
});
