import { definePrinciple } from '../definePrinciple';

// The rule's body stays in scoring/rules beside its helpers; the scorer takes it from here.
export { nextStep as nextStepRule } from '../../scoring/rules/nextStep';

/** `next-step`: End with an agreed next step. */
export const nextStep = definePrinciple({
  id: 'next-step',
  title: 'End with an agreed next step',
  explanation: 'Know what you want settled when you hang up, and finish with a concrete step both of you agreed to: a date, a time, an order, a callback.',
  sources: [{ article: '004' }, { article: '002', commenter: 'Ellis' }, { article: '002', commenter: 'Knox' }],
  weight: 3,
  example: {
    weak: 'OK, well, I’m here if you need me.',
    better: 'Shall I pencil you in for Thursday at 10, and I’ll send the confirmation tonight?',
  },
  habit: 'Decide what you want settled by the end of the call, and do not hang up until you have a day and a time.',
  practiceScenario: 'third-call',
  outcome: {
    met: 'Agreed a concrete next step',
    missed: 'No concrete next step was agreed',
    voicemail: {
      met: 'Left a concrete next step (when you will call back, or how to reach you)',
      missed: 'The message left no concrete next step',
    },
  },
});
