import { describe, expect, it } from 'vitest';
import { firmAnswer, ownsIssue } from '../../../src/core/facts/ownsIssue';
import { issueSpokenTo } from '../../../src/core/persona/ownsIssue';
import { initialPersonaState } from '../../../src/core/persona/personaState';
import { heardMoves } from './heardMoves';
import { loadScenario } from './personaFixtures';

const moves = heardMoves;

const dated = { namesTime: true, specificTime: true };
const lease = loadScenario('lease-follow-up');

describe('ownsIssue', () => {
  it('counts a problem settled there and then, with no time needed, and never beside a sale', () => {
    expect(ownsIssue(moves({ resolvesNow: true }), 'Sorry, the surcharge was left blank. It’s fixed at 14 percent for the year.')).toBe(true);
    expect(ownsIssue(moves({ resolvesNow: true, upsell: true }), 'It’s fixed at 14 percent, and while I have you, our premium plan…')).toBe(false);
  });

  it('counts an action with a time someone can hold the rep to', () => {
    expect(ownsIssue(moves({ commitsAction: true, ...dated }), 'I will drive them over by 5 pm Thursday.')).toBe(true);
  });

  it('counts a firm dated answer that says "it" instead of naming the issue', () => {
    expect(ownsIssue(moves(dated), 'It is on the truck now and will be with you tomorrow by 9 am.')).toBe(true);
  });

  it('counts a firm dated answer in the present tense: "they’re loaded Wednesday night and with you Thursday between 7 and 8"', () => {
    expect(firmAnswer(moves(dated), 'They’re loaded Wednesday night and with you Thursday the 23rd between 7 and 8 in the morning.')).toBe(true);
    expect(firmAnswer(moves(dated), 'They were with you on the 16th, on paper.')).toBe(false);
  });

  it('does not count a bare promise to ring back, which is a next step and not an action on the problem', () => {
    expect(ownsIssue(moves({ commitsAction: true, proposesNextStep: true, callbackOnly: true, ...dated }), "OK, I'll call you Friday then.")).toBe(false);
  });

  it('does not count a loose time, a question, a past date or a referral ask', () => {
    expect(ownsIssue(moves({ commitsAction: true, vaguePromise: true, namesTime: true, specificTime: false }), 'I will drop them over this week.')).toBe(false);
    expect(firmAnswer(moves({ ...dated, asksQuestion: true }), 'Will they be with you by Thursday?')).toBe(false);
    expect(firmAnswer(moves(dated), 'They were promised by the 16th.')).toBe(false);
    expect(ownsIssue(moves({ commitsAction: true, asksReferral: true, ...dated }), 'I will bring them Thursday at 5. Know anyone looking for a car?')).toBe(
      false,
    );
  });
});

describe('issueSpokenTo', () => {
  const raised = () => {
    const state = initialPersonaState(lease, 'medium');
    state.issues.plates = 'raised';
    return state;
  };

  it('is the issue the turn names, even before it was raised', () => {
    expect(issueSpokenTo(lease, initialPersonaState(lease, 'medium'), moves({ issueIds: ['plates'] }), 'About your plates.')).toBe('plates');
  });

  it('is the open issue when a dated answer points back at it', () => {
    expect(issueSpokenTo(lease, raised(), moves(dated), 'They will be at your door tomorrow by 9.')).toBe('plates');
  });

  it("is nothing when a dated line is about the rep's own agenda or about something else", () => {
    expect(
      issueSpokenTo(lease, raised(), moves({ ...dated, valueItemIds: ['oil-changes'] }), 'Your free oil change is due Saturday, it will take an hour.'),
    ).toBeUndefined();
    expect(issueSpokenTo(lease, raised(), moves(dated), 'I am in the office until 5 pm today.')).toBeUndefined();
  });

  it('is a fault the customer told when the rep takes it up in other words than the scenario’s', () => {
    const state = initialPersonaState(lease, 'medium');
    state.issues['service-light'] = 'raised';
    const booking = moves({ ...dated, commitsAction: true, valueItemIds: ['oil-changes'] });
    expect(issueSpokenTo(lease, state, booking, 'I’ll book you in Saturday at 9 for the oil change and they’ll check the light.')).toBe('service-light');
    expect(issueSpokenTo(lease, state, booking, 'I’ll book you in Saturday at 9 for your first free oil change.')).toBeUndefined();
  });
});
