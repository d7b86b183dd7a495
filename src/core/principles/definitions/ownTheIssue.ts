import { definePrinciple } from '../definePrinciple';

// The rule's body stays in scoring/rules beside its helpers; the scorer takes it from here.
export { ownTheIssue as ownTheIssueRule } from '../../scoring/rules/ownTheIssue';

/** `own-the-issue`: Own the problem, with an action and a time. */
export const ownTheIssue = definePrinciple({
  id: 'own-the-issue',
  title: 'Own the problem, with an action and a time',
  explanation:
    'When the customer raises a problem, acknowledge it and commit to a specific action and a time to report back. Your own agenda waits until the problem is handled.',
  sources: [{ article: '000' }, { article: '002', commenter: 'Betts' }, { article: '002', commenter: 'Lehrer' }],
  weight: 3,
  example: {
    weak: 'Oh, I’ll look into that for you.',
    better: 'Sorry, that shouldn’t have happened. I’ll book it in with our team today and ring you back by 3 pm with a firm date.',
  },
  habit: 'When a problem comes up, say sorry, name what you will do and by when, and only then move on.',
  practiceScenario: 'lease-follow-up',
  outcome: {
    met: 'Owned the open problem, with an action and a time',
    missed: 'The customer’s problem was not owned with an action and a time',
  },
});
