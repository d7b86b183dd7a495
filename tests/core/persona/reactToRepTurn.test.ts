import { describe, expect, it } from 'vitest';
import type { HeardMoves } from '../../../src/core/persona/classifyCached';
import { rulesFor } from '../../../src/core/persona/difficultyRules';
import { initialPersonaState, type PersonaState } from '../../../src/core/persona/personaState';
import { reactToRepTurn } from '../../../src/core/persona/reactToRepTurn';
import type { LineRef, ReplyPlan } from '../../../src/core/persona/replyPlan';
import type { Difficulty, Scenario } from '../../../src/core/scenario/scenarioSchema';
import { heardMoves } from './heardMoves';
import { loadScenario } from './personaFixtures';

// These tests drive the state machine with hand-made moves, so they hold whatever the language detectors do.

const moves = heardMoves;

/** A call driven by moves; each step gets a distinct text so it is never heard as a repeat. */
function drive(
  scenario: Scenario,
  steps: (Partial<HeardMoves> & { text?: string })[],
  difficulty: Difficulty = 'medium',
): { state: PersonaState; plans: ReplyPlan[] } {
  const state = initialPersonaState(scenario, difficulty);
  const plans = steps.map(({ text, ...step }, i) =>
    reactToRepTurn(scenario, rulesFor(difficulty), state, moves(step), { text: text ?? `turn ${i} text`, cut: false }),
  );
  return { state, plans };
}

const keys = (plan: ReplyPlan | undefined): string[] =>
  (plan?.parts ?? []).map((part: LineRef) =>
    part.kind === 'dialogue'
      ? part.key
      : part.kind === 'issue'
        ? `${part.field}`
        : part.kind === 'referral'
          ? `referral.${part.field}`
          : part.kind === 'fact'
            ? `fact:${part.factId}`
            : `gatekeeper.${part.key}`,
  );

const lease = loadScenario('lease-follow-up');
const wendy = loadScenario('busy-executive');
const dana = loadScenario('not-now-shopper');
const marcus = loadScenario('quote-follow-up');

const ownPlates = { statesPurpose: true, issueIds: ['plates'], acknowledges: true, commitsAction: true, namesTime: true };
const oilChanges = { statesPurpose: true, valueItemIds: ['oil-changes'] };
const bookOilChange = { proposesNextStep: true, namesTime: true, nextStepTopic: true, asksQuestion: true };
// Art volunteers the service light once he trusts the rep; owning it is an action with a time, like the plates.
const ownLight = { factIds: ['service-light'], acknowledges: true, commitsAction: true, namesTime: true };

describe('reactToRepTurn', () => {
  it('answers small talk with "fine" and charges patience for it', () => {
    const { state, plans } = drive(lease, [{ asksQuestion: true, purposeless: true }]);
    expect(keys(plans[0])).toEqual(['purposeless']);
    expect(state.patience).toBeLessThan(lease.persona.patience);
  });

  it('answers "how\'s the car treating you?" rather than only recognising the rep', () => {
    const { state, plans } = drive(lease, [{ asksQuestion: true, purposeless: true, refersToHistory: true }]);
    expect(keys(plans[0])).toEqual(['historyHeard', 'purposeless']);
    // Knowing the account still counts, even though the reply is the answer.
    expect(state.historyHeard).toBe(true);
  });

  it('leads into the answer to a real question with the recognition', () => {
    const { plans } = drive(dana, [{ asksQuestion: true, refersToHistory: true }]);
    expect(keys(plans[0])).toEqual(['historyHeard', 'question']);
  });

  it('recognises the rep when the only question is whether now is a good time', () => {
    const { plans } = drive(wendy, [{ asksQuestion: true, checksTime: true, refersToHistory: true }]);
    expect(keys(plans[0])).toContain('timeChecked');
    expect(keys(plans[0])).not.toContain('question');
  });

  it('says goodbye when the rep signs off leaving the next step to the customer, even naming it', () => {
    const { plans } = drive(wendy, [
      { statesPurpose: true, valueItemIds: ['staff-demo'] },
      { closes: true, leavesItOpen: true, checksTime: true, valueItemIds: ['staff-demo'], nextStepTopic: true },
    ]);
    expect(plans[1]).toEqual({ parts: [{ kind: 'dialogue', key: 'goodbye' }], end: 'rep-ended' });
  });

  it('has a busy customer ask why you are calling, then hang up when you keep wasting her time', () => {
    const { plans } = drive(wendy, [{ purposeless: true }, { purposeless: true }, { purposeless: true }]);
    expect(keys(plans[0])).toEqual(['purposeless']);
    const ended = plans.find((plan) => plan.end);
    expect(ended?.end).toBe('hung-up');
    expect(keys(ended)).toEqual(['hangUp']);
  });

  it('earns a busy customer patience when the rep checks the time', () => {
    const checked = drive(wendy, [{ statesPurpose: true, checksTime: true }]).state.patience;
    const unchecked = drive(wendy, [{ statesPurpose: true }]).state.patience;
    expect(checked).toBeGreaterThan(unchecked);
  });

  it('raises the open issue at the first opening once the rep has a purpose', () => {
    const { state, plans } = drive(lease, [oilChanges]);
    expect(keys(plans[0])).toContain('raise');
    expect(state.issues.plates).toBe('raised');
  });

  it('does not count a vague promise as owning the issue', () => {
    const { state, plans } = drive(lease, [{ asksQuestion: true, statesPurpose: true }, { vaguePromise: true }]);
    expect(keys(plans[1])).toEqual(['vagueReply']);
    expect(state.issues.plates).toBe('vague');
  });

  it('counts an action with a time as owning the issue', () => {
    const { state, plans } = drive(lease, [ownPlates]);
    expect(keys(plans[0])[0]).toBe('ownedReply');
    expect(state.issues.plates).toBe('owned');
  });

  it('is more annoyed each time the open problem is passed over', () => {
    const raise = { statesPurpose: true, asksQuestion: true };
    const smallTalk = { asksQuestion: true, text: 'how is the weather your way?' };
    const once = drive(lease, [raise, smallTalk]).state.patience;
    const twice = drive(lease, [raise, smallTalk, { asksQuestion: true, text: 'any plans for the weekend?' }]).state.patience;
    const start = drive(lease, [raise]).state.patience;
    expect(once - twice).toBeGreaterThan(start - once);
  });

  it('is annoyed by a referral request while the issue is open', () => {
    const { state, plans } = drive(lease, [{ statesPurpose: true, asksQuestion: true }, { asksReferral: true }]);
    expect(keys(plans[1])).toEqual(['ignoredReply']);
    expect(state.referralGiven).toBe(false);
    expect(state.trust).toBeLessThan(50);
  });

  it('declines a referral before it is pleased and gives one once the issue is owned and value brought', () => {
    const early = drive(lease, [ownPlates, { asksReferral: true }]);
    expect(keys(early.plans[1])).toEqual(['referral.decline']);
    const happy = drive(lease, [ownPlates, oilChanges, ownLight, { asksReferral: true }]);
    expect(keys(happy.plans[1])).toContain('fact:service-light');
    expect(keys(happy.plans[2])).toEqual(['ownedReply']);
    expect(keys(happy.plans[3])).toEqual(['referral.give']);
  });

  it('treats the service light he mentions as a problem of his: a referral asked over it annoys him', () => {
    const { state, plans } = drive(lease, [ownPlates, oilChanges, { asksReferral: true }]);
    expect(keys(plans[1])).toContain('fact:service-light');
    expect(state.issues['service-light']).toBe('raised');
    expect(keys(plans[2])).toEqual(['ignoredReply']);
    expect(state.referralGiven).toBe(false);
  });

  it('takes a booking while the service light he mentioned is not owned, asks about the light again, and does not end the call pleased', () => {
    const { state, plans } = drive(lease, [ownPlates, oilChanges, bookOilChange]);
    expect(plans[2]?.end).toBeUndefined();
    expect(keys(plans[2])).toEqual(['nextStepAccepted', 'ignoredReply']);
    expect(state.issues['service-light']).toBe('raised');
  });

  it('moves the rep back to the issue when they pivot to their own agenda', () => {
    const { plans } = drive(lease, [{ statesPurpose: true, asksQuestion: true }, bookOilChange]);
    expect(keys(plans[1])).toEqual(['ignoredReply']);
  });

  it('reaches the goal when every required item is handled and a next step is agreed', () => {
    const { plans } = drive(lease, [ownPlates, oilChanges, ownLight, bookOilChange]);
    expect(plans[3]?.end).toBe('goal-reached');
    expect(keys(plans[3])).toEqual(['nextStepAccepted', 'goodbye']);
  });

  it('does not agree to a next step that has no time', () => {
    const { state, plans } = drive(lease, [ownPlates, oilChanges, ownLight, { proposesNextStep: true, nextStepTopic: true }]);
    expect(keys(plans[3])).toEqual(['nextStepVague']);
    expect(state.nextStepAgreed).toBe(false);
  });

  it('brushes off first when the customer is not ready, then hears the news and agrees to a visit with a reason and a time', () => {
    const { plans } = drive(dana, [
      { statesPurpose: true, valueItemIds: ['pearl-blue-arrived'] },
      { valueItemIds: ['financing-ends'], proposesNextStep: true, namesTime: true, nextStepTopic: true },
    ]);
    expect(keys(plans[0])).toContain('notNow');
    expect(keys(plans[1])).toEqual(['valueHeard', 'nextStepAccepted', 'goodbye']);
    expect(plans[1]?.end).toBe('goal-reached');
  });

  it('hardens into a firm no when pushed without a reason, and hangs up when pushed again', () => {
    const push = { statesPurpose: true, proposesNextStep: true, nextStepTopic: true };
    const { plans } = drive(dana, [push, push, push, push, push]);
    expect(keys(plans[0])).toEqual(['notNow']);
    expect(keys(plans[2])).toEqual(['firmNo']);
    expect(plans.find((plan) => plan.end)?.end).toBe('hung-up');
  });

  it('tells a hidden fact when asked about it', () => {
    const { state, plans } = drive(marcus, [{ statesPurpose: true }, { asksQuestion: true, factIds: ['on-time-matters-most'] }]);
    expect(keys(plans[1])).toContain('fact:on-time-matters-most');
    expect(state.factsRevealed).toContain('on-time-matters-most');
  });

  it('lets hidden facts out more readily on easy than on hard', () => {
    const steps = [
      { purposeless: true },
      { purposeless: true, asksQuestion: true },
      { statesPurpose: true, asksQuestion: true, factIds: ['on-time-matters-most'] },
    ];
    expect(drive(marcus, steps, 'hard').state.factsRevealed).not.toContain('on-time-matters-most');
    expect(drive(marcus, steps, 'easy').state.factsRevealed).toContain('on-time-matters-most');
    // On easy any genuine question brings a fact out.
    expect(drive(marcus, [{ statesPurpose: true }, { asksQuestion: true }], 'easy').state.factsRevealed.length).toBeGreaterThan(0);
  });

  it('volunteers a trust-gated fact once trust is high', () => {
    const { state } = drive(lease, [ownPlates, oilChanges]);
    expect(state.factsRevealed).toContain('service-light');
  });

  it('charges patience for rambling and for repeating yourself', () => {
    const base = initialPersonaState(lease, 'medium');
    const rules = rulesFor('medium');
    const short = reactToRepTurn(lease, rules, { ...base, heard: [] }, moves({ statesPurpose: true }), { text: 'short', cut: false });
    expect(keys(short)).not.toContain('ramble');
    const long = initialPersonaState(lease, 'medium');
    const plan = reactToRepTurn(lease, rules, long, moves({ statesPurpose: true, words: 300 }), { text: 'a long monologue', cut: true });
    expect(keys(plan)[0]).toBe('ramble');
    const repeated = initialPersonaState(lease, 'medium');
    reactToRepTurn(lease, rules, repeated, moves({ statesPurpose: true, asksQuestion: true }), { text: 'Is the car OK?', cut: false });
    const before = repeated.patience;
    reactToRepTurn(lease, rules, repeated, moves({ statesPurpose: true, asksQuestion: true }), { text: 'is the car ok', cut: false });
    expect(before - repeated.patience).toBeGreaterThanOrEqual(10);
  });

  it('ends the call when the rep says goodbye', () => {
    const { plans } = drive(lease, [{ closes: true }]);
    expect(plans[0]).toEqual({ parts: [{ kind: 'dialogue', key: 'goodbye' }], end: 'rep-ended' });
  });

  it('scales starting patience and the cost of mistakes with difficulty', () => {
    expect(initialPersonaState(lease, 'easy').patience).toBeGreaterThan(initialPersonaState(lease, 'medium').patience);
    expect(initialPersonaState(lease, 'hard').patience).toBeLessThan(initialPersonaState(lease, 'medium').patience);
    const cost = (difficulty: Difficulty) => {
      const { state } = drive(lease, [{ purposeless: true }], difficulty);
      return initialPersonaState(lease, difficulty).patience - state.patience;
    };
    expect(cost('easy')).toBeLessThan(cost('medium'));
    expect(cost('hard')).toBeGreaterThan(cost('medium'));
  });

  describe('one coherent reply per turn', () => {
    const isAck = (key: string) => ['valueHeard', 'timeChecked', 'historyHeard', 'purposeHeard', 'purposeless', 'smallTalk', 'fallback'].includes(key);

    it('never stacks more than one acknowledgement and one substantive line', () => {
      const calls: [Scenario, Partial<HeardMoves>[]][] = [
        [
          wendy,
          [
            { statesPurpose: true, checksTime: true, refersToHistory: true, valueItemIds: ['staff-demo'], words: 80 },
            { proposesNextStep: true, nextStepTopic: true },
          ],
        ],
        [
          dana,
          [
            { statesPurpose: true, checksTime: true, valueItemIds: ['pearl-blue-arrived'] },
            { asksQuestion: true, factIds: ['sell-old-car'] },
          ],
        ],
        [
          lease,
          [
            { purposeless: true, asksQuestion: true },
            { purposeless: true },
            { statesPurpose: true, checksTime: true, issueIds: ['plates'] },
            ownPlates,
            oilChanges,
          ],
        ],
      ];
      for (const [scenario, steps] of calls) {
        for (const plan of drive(scenario, steps).plans) {
          const found = keys(plan).filter((key) => key !== 'goodbye');
          expect(found.length).toBeLessThanOrEqual(2);
          expect(found.filter((key) => !isAck(key)).length).toBeLessThanOrEqual(1);
          // Two acknowledgements only when the second answers "have you got a minute?".
          if (found.every(isAck) && found.length === 2) expect(found[1]).toBe('timeChecked');
        }
      }
    });

    it('interrupts a monologue instead of answering it as well', () => {
      const { plans, state } = drive(wendy, [{ statesPurpose: true, checksTime: true, valueItemIds: ['staff-demo'], words: 90 }]);
      expect(keys(plans[0])).toEqual(['ramble']);
      // What she did hear still counts.
      expect(state.valueBrought).toContain('staff-demo');
    });

    it('lets a busy customer answer a sixty-word opening that ends by asking whether now suits her', () => {
      const { plans } = drive(wendy, [{ statesPurpose: true, checksTime: true, valueItemIds: ['staff-demo'], words: 60 }]);
      expect(keys(plans[0])).not.toContain('ramble');
      const { plans: unasked } = drive(wendy, [{ statesPurpose: true, valueItemIds: ['staff-demo'], words: 60 }]);
      expect(keys(unasked[0])).toEqual(['ramble']);
    });

    it('gives a not-now customer one brush-off, not a value reaction, a time answer and a brush-off at once', () => {
      const { plans } = drive(dana, [{ statesPurpose: true, checksTime: true, valueItemIds: ['pearl-blue-arrived'] }]);
      expect(keys(plans[0])).toEqual(['valueHeard', 'notNow']);
    });

    it('answers a time check on its own when there is nothing else to say', () => {
      const { plans } = drive(wendy, [{ statesPurpose: true, checksTime: true, refersToHistory: true }]);
      expect(keys(plans[0])).toContain('timeChecked');
      expect(keys(plans[0]).length).toBeLessThanOrEqual(2);
    });
  });

  describe('issues the rep brings up', () => {
    it('lets the customer say what is wrong when the rep names the issue first, and never raises it again', () => {
      const { plans } = drive(lease, [{ statesPurpose: true, issueIds: ['plates'] }, { asksQuestion: true }, { asksQuestion: true, statesPurpose: true }]);
      expect(keys(plans[0])).toEqual(['raise']);
      expect(plans.slice(1).flatMap(keys)).not.toContain('raise');
    });

    it('presses for the date when the rep names the issue and owns up to it, instead of raising it as news', () => {
      const before = initialPersonaState(lease, 'medium');
      const { plans, state } = drive(lease, [{ statesPurpose: true, issueIds: ['plates'], acknowledges: true }]);
      expect(keys(plans[0])).toEqual(['vagueReply']);
      // Naming it is not a vague promise: the issue is simply raised, and owning up costs nothing.
      expect(state.issues.plates).toBe('raised');
      expect(state.trust).toBeGreaterThanOrEqual(before.trust);
    });

    it('lets the customer say what is wrong when the rep only names the topic', () => {
      const { plans } = drive(lease, [{ statesPurpose: true, issueIds: ['plates'] }]);
      expect(keys(plans[0])).toEqual(['raise']);
    });

    it('hears a firm dated answer as owning the open issue, even when it says "it" instead of naming it', () => {
      const { plans, state } = drive(lease, [
        { statesPurpose: true, issueIds: ['plates'] },
        { namesTime: true, specificTime: true, text: 'They will be with you tomorrow by 9 am.' },
      ]);
      expect(keys(plans[1])).toEqual(['ownedReply']);
      expect(state.issues.plates).toBe('owned');
    });

    it('does not hear a date in the past ("they were promised by the 16th") as a plan', () => {
      const { plans, state } = drive(lease, [
        {
          statesPurpose: true,
          issueIds: ['plates'],
          acknowledges: true,
          namesTime: true,
          specificTime: true,
          text: 'I know your plates were promised by the 16th and they are late.',
        },
      ]);
      expect(keys(plans[0])).toEqual(['vagueReply']);
      expect(state.issues.plates).toBe('raised');
    });

    it('does not take a dated remark about something else as the answer to the open issue', () => {
      const { plans, state } = drive(lease, [
        { statesPurpose: true, issueIds: ['plates'] },
        { namesTime: true, specificTime: true, text: 'I am in the office until 5 pm today.' },
      ]);
      expect(keys(plans[1])).toEqual(['ignoredReply']);
      expect(state.issues.plates).toBe('raised');
    });

    it('does not hear a loose time ("this week") as owning the issue', () => {
      const { plans, state } = drive(lease, [
        { statesPurpose: true, issueIds: ['plates'] },
        { issueIds: ['plates'], commitsAction: true, vaguePromise: true, namesTime: true, specificTime: false },
      ]);
      expect(keys(plans[1])).toEqual(['vagueReply']);
      expect(state.issues.plates).toBe('vague');
    });

    it("does not take a dated line about the rep's own agenda as an answer to the open issue", () => {
      const { plans, state } = drive(lease, [
        { statesPurpose: true, issueIds: ['plates'] },
        { valueItemIds: ['oil-changes'], namesTime: true, specificTime: true },
      ]);
      expect(keys(plans[1])).toEqual(['ignoredReply']);
      expect(state.issues.plates).toBe('raised');
    });

    it('answers a question asked in the same turn as the fix, after thanking the rep', () => {
      const { plans } = drive(marcus, [
        { statesPurpose: true, issueIds: ['fuel-surcharge'] },
        { issueIds: ['fuel-surcharge'], commitsAction: true, namesTime: true, asksQuestion: true, factIds: ['on-time-matters-most'] },
      ]);
      expect(keys(plans[1])).toEqual(['ownedReply', 'fact:on-time-matters-most']);
    });

    it('hears the fix restated with its time as confirming the plan, not as a next step to agree to', () => {
      const owned = { statesPurpose: true, issueIds: ['fuel-surcharge'], commitsAction: true, namesTime: true, specificTime: true };
      const { plans, state } = drive(marcus, [owned, { issueIds: ['fuel-surcharge'], commitsAction: true, namesTime: true, specificTime: true }]);
      expect(keys(plans[1])).toEqual(['ownedReply']);
      expect(state.nextStepAgreed).toBe(false);
    });

    it('does not raise the issue after the rep has owned it', () => {
      const { plans } = drive(lease, [ownPlates, { asksQuestion: true }, { asksQuestion: true }]);
      expect(plans.flatMap(keys)).not.toContain('raise');
    });

    it('counts a concrete proposal with a time for the issue as owning it, not as vague', () => {
      const { plans, state } = drive(lease, [
        { statesPurpose: true, issueIds: ['plates'] },
        { issueIds: ['plates'], proposesNextStep: true, namesTime: true, asksQuestion: true, nextStepTopic: true },
      ]);
      expect(keys(plans[1])).toEqual(['ownedReply']);
      expect(state.issues.plates).toBe('owned');
    });

    it('keeps the vague reply for vague promises', () => {
      const { plans } = drive(lease, [
        { statesPurpose: true, issueIds: ['plates'] },
        { vaguePromise: true, issueIds: ['plates'] },
      ]);
      expect(keys(plans[1])).toEqual(['vagueReply']);
    });

    it('hears a confirmation of the agreed plan as a confirmation, not as a question', () => {
      const { plans } = drive(lease, [ownPlates, oilChanges, ownLight, { issueIds: ['plates'], namesTime: true, proposesNextStep: true, asksQuestion: true }]);
      expect(keys(plans[3])).not.toContain('question');
      expect(keys(plans[3])[0]).toMatch(/nextStepAccepted|ownedReply/);
    });
  });

  describe('proposals and facts', () => {
    it('answers "How about Sunday then?" with a yes or a no, not with a shrug', () => {
      const { plans } = drive(dana, [
        { statesPurpose: true, valueItemIds: ['pearl-blue-arrived'] },
        { proposesNextStep: true, namesTime: true, asksQuestion: true },
      ]);
      expect(keys(plans[1])).not.toContain('question');
      expect(keys(plans[1])[0]).toMatch(/nextStepAccepted|nextStepVague|firmNo/);
    });

    it('does not tell the rep she is free on Saturdays when the rep has just proposed Saturday', () => {
      const saturday = { proposesNextStep: true, namesTime: true, asksQuestion: true, factIds: ['free-on-saturdays'] };
      const { plans, state } = drive(dana, [{ statesPurpose: true, valueItemIds: ['pearl-blue-arrived'] }, { valueItemIds: ['financing-ends'] }, saturday]);
      expect(plans.flatMap(keys)).not.toContain('fact:free-on-saturdays');
      expect(state.factsRevealed).not.toContain('free-on-saturdays');
    });

    it('takes a booked visit for the light he told you about as owning it and as the next step', () => {
      const { plans, state } = drive(lease, [ownPlates, { asksQuestion: true, factIds: ['service-light'] }, { ...bookOilChange, factIds: ['service-light'] }]);
      expect(keys(plans[1])).toEqual(['fact:service-light']);
      expect(keys(plans[2])).toEqual(['ownedReply']);
      expect(state.issues['service-light']).toBe('owned');
      expect(state.nextStepAgreed).toBe(true);
    });

    it('does not count a step agreed in a turn she was cut off in, since she never said yes', () => {
      const { plans, state } = drive(lease, [ownPlates, oilChanges, { ...bookOilChange, words: 260 }]);
      expect(keys(plans[2])).toEqual(['ramble']);
      expect(state.nextStepAgreed).toBe(false);
    });

    it('keeps a volunteered fact back while the customer’s own issue is open', () => {
      const { plans } = drive(lease, [{ statesPurpose: true, issueIds: ['plates'] }, oilChanges]);
      expect(plans.flatMap(keys)).not.toContain('fact:service-light');
    });
  });

  describe('patience', () => {
    it('ends a call that reached its goal with the customer relaxed', () => {
      const { plans, state } = drive(
        wendy,
        [
          { statesPurpose: true, refersToHistory: true, checksTime: true, valueItemIds: ['staff-demo'] },
          { proposesNextStep: true, namesTime: true, nextStepTopic: true },
        ],
        'hard',
      );
      expect(plans[1]?.end).toBe('goal-reached');
      expect(state.patience).toBeGreaterThanOrEqual(70);
    });

    it('does not drain a busy customer on turns that move the call forward', () => {
      const start = initialPersonaState(wendy, 'medium').patience;
      const { state } = drive(wendy, [{ statesPurpose: true, refersToHistory: true }]);
      expect(state.patience).toBeGreaterThanOrEqual(start);
    });
  });
});
