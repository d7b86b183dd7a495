import { definePrinciple } from '../definePrinciple';

// The rule's body stays in scoring/rules beside its helpers; the scorer takes it from here.
export { referralTiming as referralTimingRule } from '../../scoring/rules/referralTiming';

/** `referral-timing`: Ask for referrals at the right moment. */
export const referralTiming = definePrinciple({
  id: 'referral-timing',
  title: 'Ask for referrals at the right moment',
  explanation: 'Ask for a referral right after the customer says they are happy, never while a problem is open, and never as the hidden reason for the call.',
  sources: [{ article: '000' }, { article: '001' }],
  weight: 2,
  example: {
    weak: 'So, do you know anyone else who might want one?',
    better: 'I’m glad it’s working so well. Is there anyone you know who’d enjoy the same experience?',
  },
  habit: 'Wait for the customer to say something good, then ask. Never ask while a problem is still open.',
  practiceScenario: 'lease-follow-up',
  outcome: {
    met: 'Asked for a referral at the right moment',
    missed: 'The referral request came at the wrong moment',
  },
});
