/** A small, valid scenario to start from; every key the format needs is present with an example value. */
export const SCENARIO_TEMPLATE = `# A custom scenario. Change what you like; the checks below the editor say what is missing or wrong.
schemaVersion: 4
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
  # Every fact, issue, value item and next step says what the rep would be saying (meaning), with 2 to 6 lines a rep
  # might say it in, in different words (examples). Keywords are optional extra words that should count too.
  hiddenFacts:
    - id: second-shop
      text: We're opening a second shop next month, so we'll need more.
      meaning: Asks whether the bakery has plans to grow.
      examples:
        - "Any big plans for the bakery this year?"
        - "Are you growing at all, more shops, more staff?"
        - "What's coming up for you over the next few months?"
      revealWhen: asked
      keywords: [plans, growing, next month, expanding]
  openIssues:
    - id: late-flour
      summary: The flour delivery is a week late.
      meaning: Owns up that the flour delivery is a week late and says when it will arrive.
      examples:
        - "I'm sorry your flour's a week late; it'll be with you Thursday by 10."
        - "Your 40 sacks are running behind, that's on us, and I've got a firm date."
        - "The flour order got held up at the depot. It goes out on tomorrow's van."
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
      meaning: Offers 5% off the next order to make up for the delay.
      examples:
        - "For the trouble, you'll get 5% off your next order."
        - "We'll knock five percent off the next one, to say sorry."
        - "Your next delivery comes with a discount for the wait."
      keywords: [discount, 5%, off the next order]
  nextStep:
    kind: order
    meaning: Proposes a date for the next order.
    examples:
      - "Shall I put your next order in for the 20th?"
      - "Can we book the reorder for Monday week?"
      - "When do you want the next 40 sacks, same again on the 20th?"
    keywords: [next order, reorder, order for]
  goalRequires: [late-flour]
  startsWithNotNow: false

betterLines:
  purpose-first: I'm calling about your flour delivery; I have a date for you.
  own-the-issue: I'm sorry it's late. I'll call the depot now and ring you back by 3 pm with a firm date.
  next-step: Shall I put your next order in for the 20th, with 5% off?
# Optional: lines for a mistake after your first line, with no greeting or introduction (the call is under way).
midCallBetterLines:
  purpose-first: The reason I'm calling is your flour delivery; I have a date for you.

guided:
  - stage: opening
    lines:
      - { text: "Hi Pat, it's Sam from Acme: I'm calling about your flour, and I have a delivery date for you.", quality: strong }
      - { text: "Hi Pat, just following up on a few things.", quality: weak }
      - { text: "Hi Pat! Just checking in, how's business?", quality: poor }
`;
