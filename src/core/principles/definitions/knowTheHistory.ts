import { definePrinciple } from '../definePrinciple';

// The rule's body stays in scoring/rules beside its helpers; the scorer takes it from here.
export { knowTheHistory as knowTheHistoryRule } from '../../scoring/rules/knowTheHistory';

/** `know-the-history`: Know the account before you call. */
export const knowTheHistory = definePrinciple({
  id: 'know-the-history',
  title: 'Know the account before you call',
  explanation: 'Read the notes first: what was promised, what is open, who the contact was. Never make the customer explain their own account to you.',
  sources: [{ article: '004' }, { article: '000' }, { article: '002', commenter: 'Betts' }],
  weight: 2,
  example: {
    weak: 'Sorry, can you remind me what we were working on?',
    better: 'I’m taking over from Priya, who set up the demo for your team last month.',
  },
  habit: 'Read the account notes first and mention one of them early, so the customer hears that you know where things stand.',
  practiceScenario: 'quote-follow-up',
  outcome: {
    met: 'Showed you knew the account',
    missed: 'Did not show you knew the account',
  },
});
