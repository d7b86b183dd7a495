import { definePrinciple } from '../definePrinciple';

// The rule's body stays in scoring/rules beside its helpers; the scorer takes it from here.
export { persist as persistRule } from '../../scoring/rules/persist';

/** `persist`: Treat “not now” as “not yet”. */
export const persist = definePrinciple({
  id: 'persist',
  title: 'Treat “not now” as “not yet”',
  explanation:
    'A brush-off is rarely a final no. Keep the door open with a specific reason and a time for the next contact, and never retreat into “they know where to find me”. Stop after a clear, repeated no.',
  sources: [{ article: '003' }, { article: '002', commenter: 'Knox' }],
  weight: 2,
  example: {
    weak: 'No problem, just call us whenever you are ready.',
    better: 'Understood. The model you liked arrives next week: can I call you Thursday once it is on the lot?',
  },
  habit: 'When you hear “not now”, ask when, and give a reason to talk again. Stop only after a clear, repeated no.',
  practiceScenario: 'not-now-shopper',
  outcome: {
    met: 'Kept the door open with a reason and a time',
    missed: 'Let “not now” close the door',
    voicemail: {
      met: 'Left a reason to call back and a time you will try again',
      missed: 'The message gave no reason to call back or time you will try again',
    },
  },
});
