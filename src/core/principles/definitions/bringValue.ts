import { definePrinciple } from '../definePrinciple';

// The rule's body stays in scoring/rules beside its helpers; the scorer takes it from here.
export { bringValue as bringValueRule } from '../../scoring/rules/bringValue';

/** `bring-value`: Bring something worth the call. */
export const bringValue = definePrinciple({
  id: 'bring-value',
  title: 'Bring something worth the call',
  explanation:
    'Give the customer a reason to be glad they picked up: an update on something you owe them, news they have not seen, a benefit they are entitled to, an offer that fits.',
  sources: [{ article: '000' }, { article: '002', commenter: 'Slavin' }, { article: '003' }],
  weight: 2,
  example: {
    weak: 'I was wondering if you needed anything else from us.',
    better: 'The rate change we talked about takes effect next month, and it lowers your renewal: can I walk you through it?',
  },
  habit: 'Ask yourself what the customer gains from this call. If the answer is nothing, find something before you call.',
  practiceScenario: 'industry-news',
  outcome: {
    met: 'Brought something the customer valued',
    missed: 'Brought nothing the customer could use',
  },
});
