import { describe, expect, it } from 'vitest';
import { classifyCustomerTurn, describeCustomerTurn } from '../../../src/core/language/classifyCustomerTurn';
import { loadScenario, scenarioFiles } from './personaFixtures';

const SHIPPED = scenarioFiles().map((file) => loadScenario(file.replace(/\.(ya?ml|json)$/, '')));

describe('the shipped customers’ filler lines', () => {
  // The scorer reads the customer's words: a customer who did not follow must not sound as if she agreed.
  it('say nothing the scorer reads as agreeing, putting the rep off or saying no', () => {
    const signalling = SHIPPED.flatMap((scenario) =>
      scenario.dialogue.fallback
        .filter((line) => {
          const heard = classifyCustomerTurn(line, scenario);
          return heard.agrees || heard.notNow || heard.firmNo;
        })
        .map((line) => `${scenario.id}: ${line}`),
    );
    expect(signalling).toEqual([]);
  });

  it('ask what a step is for without asking why the rep called, so purpose-first is not held against the rep for it', () => {
    const misread = SHIPPED.flatMap((scenario) =>
      (scenario.dialogue.stepUnconvinced ?? [])
        .filter((line) => {
          const heard = classifyCustomerTurn(line, scenario);
          return heard.agrees || heard.notNow || heard.firmNo || heard.asksWhy;
        })
        .map((line) => `${scenario.id}: ${line}`),
    );
    expect(misread).toEqual([]);
  });

  // "Yes, you took the complaint" recognises the account; the scorer must not hear her raising the problem in it.
  it('recognise the account without raising a problem or complaining, so know-the-history is not held against the rep', () => {
    const misread = SHIPPED.flatMap((scenario) =>
      [...scenario.dialogue.historyHeard, ...scenario.dialogue.purposeHeard, ...scenario.dialogue.timeChecked]
        .filter((line) => {
          const heard = describeCustomerTurn(line, scenario);
          return heard.complains || heard.issueIds.length > 0;
        })
        .map((line) => `${scenario.id}: ${line}`),
    );
    expect(misread).toEqual([]);
  });
});
