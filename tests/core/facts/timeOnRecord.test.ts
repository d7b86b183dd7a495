import { describe, expect, it } from 'vitest';
import { calledAgainstTimeOnRecord, contactTimeOnRecord } from '../../../src/core/facts/timeOnRecord';
import { describeCustomerTurn } from '../../../src/core/language/classifyCustomerTurn';
import { loadScenario } from '../persona/personaFixtures';

const lateDelivery = loadScenario('late-delivery');
const against = (text: string) => calledAgainstTimeOnRecord(lateDelivery, describeCustomerTurn(text, lateDelivery), text);

describe('contactTimeOnRecord', () => {
  it('finds the note that forbids a time, not one that only prefers one', () => {
    expect(contactTimeOnRecord(lateDelivery)?.note).toContain('never during the morning rush');
    expect(contactTimeOnRecord(loadScenario('happy-renewal'))).toBeNull();
  });
});

describe('calledAgainstTimeOnRecord', () => {
  it.each(["It's half ten. Morning rush. I've got a queue out the door.", 'bit busy, its the rush, be quick'])(
    'reads %j as the customer busy at the very time the notes rule out',
    (text) => expect(against(text)).toBe(true),
  );

  it.each(['Copper Pot, Nadia speaking.', 'I’m slammed, what is it?', 'The rush is over, go on.'])('does not read %j so', (text) =>
    expect(against(text)).toBe(false),
  );
});
