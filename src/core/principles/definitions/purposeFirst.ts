import { definePrinciple } from '../definePrinciple';

// The rule's body stays in scoring/rules beside its helpers; the scorer takes it from here.
export { purposeFirst as purposeFirstRule } from '../../scoring/rules/purposeFirst';

/** `purpose-first`: Lead with a purpose. */
export const purposeFirst = definePrinciple({
  id: 'purpose-first',
  title: 'Lead with a purpose',
  explanation:
    'Decide what the call is for before you dial, and say it within your first two lines. “Just checking in” tells the customer you have nothing for them.',
  sources: [{ article: '000' }, { article: '004' }, { article: '002', commenter: 'Lehrer' }],
  weight: 3,
  example: {
    weak: 'Hi, just touching base to see how everything is going.',
    better: 'Hi, I’m calling about the order you asked us to hold: I have a ship date for you.',
  },
  habit: 'Before you dial, finish the sentence “I am calling because…”. Say that sentence in your first or second line.',
  // A live call: a voicemail in guided mode is one pick, and the lesson should make the trainee handle the reply too.
  practiceScenario: 'happy-renewal',
  outcome: {
    met: 'Made the reason for the call clear early',
    missed: 'The reason for the call was not clear early on',
  },
});
