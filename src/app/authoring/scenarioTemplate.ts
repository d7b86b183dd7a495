/** A small, valid scenario to start from; every key the format needs is present with an example value. */
export const SCENARIO_TEMPLATE = `# A custom scenario. Change what you like; the checks below the editor say what is missing or wrong.
schemaVersion: 1
id: my-first-scenario
title: The late flour delivery
summary: Call Pat about the delivery that is a week late, and book the next order.
difficulty: easy
channel: call

briefing:
  you: You are Sam, account manager at Acme Supplies.
  calling: Pat Lee, buyer at Corner Bakery, a customer for two years.
  history:
    - date: "1 October"
      note: Pat ordered 40 sacks of flour; delivery promised for 10 October.
  openItems:
    - The flour delivery is a week late.
  goal: Give Pat a firm delivery date and book the next order.

persona:
  name: Pat Lee
  role: Buyer
  company: Corner Bakery
  # What the customer remembers, in their own words; a model customer is told only this, so keep the rep's news out.
  history:
    - date: "1 October"
      note: You ordered 40 sacks of flour from Sam at Acme; they promised delivery by 10 October.
  temperament: Friendly but direct; short on patience when things go wrong.
  patience: 60
  busy: false
  greeting: ["Corner Bakery, Pat speaking."]
  wants: [A firm delivery date]
  opensUpWhen: [The rep already knows about the late flour]
  endsCallWhen: [The rep wastes time or ignores the delivery]
  hiddenFacts:
    - id: second-shop
      text: We're opening a second shop next month, so we'll need more.
      revealWhen: asked
      keywords: [plans, growing, next month, expanding]
  openIssues:
    - id: late-flour
      summary: The flour delivery is a week late.
      keywords: [flour, delivery, late, sacks]
      raise: ["My flour order still hasn't arrived. When am I getting it?"]
      raiseWhen: opening
      ownedReply: ["Thank you. That's what I needed to hear."]
      vagueReply: ["When, exactly?"]
      ignoredReply: ["You're not listening. Where is my flour?"]
  referral:
    give: ["My cousin runs a cafe on Hill Street; tell her I sent you."]
    decline: ["Not while my flour is missing."]

dialogue:
  smallTalk: ["Fine."]
  purposeless: ["Why are you calling?"]
  purposeHeard: ["Go on."]
  valueHeard: ["That's useful."]
  historyHeard: ["Right, that's the order."]
  timeChecked: ["I have a few minutes."]
  notNow: ["Not right now."]
  firmNo: ["No, thank you."]
  nextStepAccepted: ["Yes, let's do that."]
  nextStepVague: ["Maybe. Let me think."]
  referralEarly: ["Let's sort the flour out first."]
  ramble: ["Get to the point, please."]
  question: ["Let me think about that."]
  fallback: ["Mm-hm."]
  hangUp: ["I have to go."]
  goodbye: ["Bye."]

principles:
  purpose-first: 3
  own-the-issue: 3
  next-step: 2

facts:
  historyKeywords: [40 sacks, 10 October, your order]
  valueItems:
    - id: delay-discount
      summary: 5% off the next order because of the delay.
      keywords: [discount, 5%, off the next order]
  nextStep:
    kind: order
    keywords: [next order, reorder, order for]
  goalRequires: [late-flour]
  startsWithNotNow: false

betterLines:
  purpose-first: I'm calling about your flour delivery; I have a date for you.
  own-the-issue: I'm sorry it's late. I'll call the depot now and ring you back by 3 pm with a firm date.
  next-step: Shall I put your next order in for the 20th, with 5% off?

guided:
  - stage: opening
    lines:
      - { text: "Hi Pat, it's Sam from Acme: I'm calling about your flour, and I have a delivery date for you.", quality: strong }
      - { text: "Hi Pat, just following up on a few things.", quality: weak }
      - { text: "Hi Pat! Just checking in, how's business?", quality: poor }
`;
