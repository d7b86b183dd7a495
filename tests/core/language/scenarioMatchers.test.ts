import { describe, expect, it } from 'vitest';
import { describeRepTurn } from '../../../src/core/language/classifyRepTurn';
import { describeCustomerTurn } from '../../../src/core/language/classifyCustomerTurn';
import { findScenarioMentions, matchTerms } from '../../../src/core/language/scenarioMatchers';
import { normalizeText } from '../../../src/core/language/normalizeText';
import type { Scenario } from '../../../src/core/scenario/scenarioSchema';
import { loadScenario } from '../persona/personaFixtures';

/** The same scenario with every item's meaning and examples emptied: matched by keywords alone, as in version 1. */
function keywordsOnly(scenario: Scenario): Scenario {
  const strip = <T extends object>(item: T) => ({ ...item, meaning: '', examples: [] });
  return {
    ...scenario,
    persona: { ...scenario.persona, hiddenFacts: scenario.persona.hiddenFacts.map(strip), openIssues: scenario.persona.openIssues.map(strip) },
    facts: { ...scenario.facts, valueItems: scenario.facts.valueItems.map(strip), nextStep: strip(scenario.facts.nextStep) },
  };
}

describe('examples widen matching', () => {
  const shopper = loadScenario('not-now-shopper');
  const lease = loadScenario('lease-follow-up');
  const quote = loadScenario('quote-follow-up');

  it('recognises a value item said in an example’s words that no keyword holds', () => {
    const line = 'Quick heads up, that 1.9 percent deal goes on the 30th, so worth a look before then.';
    expect(describeRepTurn(line, keywordsOnly(shopper)).valueItemIds).toEqual([]);
    expect(describeRepTurn(line, shopper).valueItemIds).toEqual(['financing-ends']);
  });

  it('recognises a question about a hidden fact asked in an example’s words', () => {
    const line = 'And apart from the plates, is the car behaving itself?';
    expect(findScenarioMentions(normalizeText(line), keywordsOnly(lease)).factIds).toEqual([]);
    expect(describeRepTurn(line, lease).factIds).toEqual(['service-light']);
  });

  it('recognises an open issue in an example’s words, on either side of the call', () => {
    const rep = "The fuel line on the quote, I'll have it pinned down by three.";
    expect(findScenarioMentions(normalizeText(rep), keywordsOnly(quote)).issueIds).toEqual(['fuel-surcharge']);
    const customer = 'Your fuel figure was left blank, so I can’t compare.';
    expect(describeCustomerTurn(customer, keywordsOnly(quote)).issueIds).toEqual(['fuel-surcharge']);
    expect(describeCustomerTurn('It was left blank, so I can’t compare.', keywordsOnly(quote)).issueIds).toEqual([]);
    expect(describeCustomerTurn('It was left blank, so I can’t compare.', quote).issueIds).toEqual(['fuel-surcharge']);
  });

  it('does not let a name, a greeting or the account’s history point at an item', () => {
    for (const scenario of [lease, shopper, quote]) {
      const greeting = `Hi ${scenario.persona.name.split(' ')[0]}, it's about your account, just a quick update on where things stand.`;
      const mentions = findScenarioMentions(normalizeText(greeting), scenario);
      expect(mentions.valueItemIds, scenario.id).toEqual([]);
      expect(mentions.issueIds, scenario.id).toEqual([]);
      expect(mentions.factIds, scenario.id).toEqual([]);
    }
  });

  it('derives the terms once per scenario and keeps the keywords as they are', () => {
    const plates = lease.persona.openIssues[0]!;
    expect(matchTerms(lease, plates)).toBe(matchTerms(lease, plates));
    expect(matchTerms(lease, plates).keywords).toBe(plates.keywords);
  });

  it('names an item when one of its own example lines is said whole, whatever its words', () => {
    const dana = loadScenario('not-now-shopper');
    expect(findScenarioMentions(normalizeText('When are you normally free?'), dana).factIds).toEqual(['free-on-saturdays']);
    expect(findScenarioMentions(normalizeText('Are you free to talk?'), dana).factIds).toEqual([]);
  });

  it('does not hear "lock in next steps" as Lena’s locked price, and still hears "the price is locked in for six months"', () => {
    const lena = loadScenario('third-call');
    expect(findScenarioMentions(normalizeText('Let’s circle back and lock in next steps soon.'), lena).valueItemIds).toEqual([]);
    expect(findScenarioMentions(normalizeText('And the price is locked in for six months.'), lena).valueItemIds).toEqual(['standing-order-discount']);
  });
});
