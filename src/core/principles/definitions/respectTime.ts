import { definePrinciple } from '../definePrinciple';

// The rule's body stays in scoring/rules beside its helpers; the scorer takes it from here.
export { respectTime as respectTimeRule } from '../../scoring/rules/respectTime';

/** `respect-time`: Respect their time. */
export const respectTime = definePrinciple({
  id: 'respect-time',
  title: 'Respect their time',
  explanation: 'Check whether now is a good moment, keep it short when they are busy, listen, and adapt instead of reading a script at them.',
  sources: [{ article: '004' }, { article: '002', commenter: 'McCants' }, { article: '002', commenter: 'Slavin' }],
  weight: 1,
  example: {
    weak: 'Let me tell you all about our full range of services, starting with…',
    better: 'I know you’re busy, so I’ll be quick: two minutes, or is later today better?',
  },
  habit: 'Ask whether now is a good moment, keep your lines short, and listen more than you talk.',
  practiceScenario: 'busy-executive',
  outcome: {
    met: 'Respected the customer’s time',
    missed: 'Did not respect the customer’s time',
  },
});
