import { describe, expect, it } from 'vitest';
import { loadScenario } from '../persona/personaFixtures';
import { classifyRepTurn, describeRepTurn, type RepTurnDetail } from '../../../src/core/language/classifyRepTurn';
import { makeScenario } from '../scoring/scenarioFactory';

const base = makeScenario();
// The account also has a quote, a policy renewal, a price change, a demo and a service plan on file, so those count as reasons.
const scenario = makeScenario({
  briefing: {
    ...base.briefing,
    history: [
      ...base.briefing.history,
      { date: 'last week', note: 'Sent a quote for the service plan; policy renewal due; price change and demo slots to share.' },
    ],
  },
});
const moves = (text: string): RepTurnDetail => describeRepTurn(text, scenario);

type Flag = { [K in keyof RepTurnDetail]: RepTurnDetail[K] extends boolean ? K : never }[keyof RepTurnDetail];

/** Each row: a line and whether the flag should be set. */
function table(flag: Flag, yes: string[], no: string[]) {
  describe(flag, () => {
    it.each(yes)(`is set for %j`, (text) => expect(moves(text)[flag]).toBe(true));
    it.each(no)(`is not set for %j`, (text) => expect(moves(text)[flag]).toBe(false));
  });
}

describe('classifyRepTurn', () => {
  table(
    'estimatesWhen',
    ["Um, should be by the end of next week I'd think.", 'I reckon Thursday, maybe Friday.', 'Hopefully Monday.'],
    ["I'll drop them round Thursday by 5.", 'Should be fine, honestly.', 'Would Thursday suit you?'],
  );
  table(
    'purposeless',
    [
      'Hi Art, just checking in to see how everything is going with the car!',
      'Hey, just wanted to touch base and see where your head’s at.',
      'Just wanted to see how you’re getting on.',
      'I’m just checking in.',
      'Touching base, really.',
      'How’s everything going?',
      'How are things?',
      'How’s the car treating you?',
      'Wanted to make sure everything is OK.',
      'Just following up.',
      'I just called to follow up with you.',
      'Wanted to reach out and see how things are.',
      'Thought I’d give you a ring.',
      'Just giving you a buzz to see how the business is ticking along.',
      'I’m calling to see how things are going.',
      'I just called to see how things are.',
      'Seeing how things are on your end.',
      'No particular reason, just keeping in touch.',
      'Just a quick courtesy call.',
      'Circling back with you!',
      'Just pinging you to see how the new ride is treating you.',
      'Any problems with the car so far?',
      'Is everything still OK with it?',
      'Just seeing if you had any thoughts, where things are at on your end.',
      'I just wanted to introduce myself really.',
      'Wanted to catch up and see what’s new with you.',
      'Hiya! How’s life treating you? How’s the car?',
      'Just ringing to see how you’re getting on with the car.',
      'I was just calling to see if you’re happy with everything.',
      // A topic inside the follow-up frame is still no reason.
      'I’m following up on the quote we sent Tuesday.',
      'Just checking in on the quote we sent over.',
      'Hi Marcus, just checking in on the quote.',
      'I’m just calling to follow up on the quote we sent.',
      'Just wanted to follow up on that quote I sent over, did you get a chance to look at it?',
      'Hi Dana, just following up on your test drive. Any thoughts?',
      'Hi Wendy, just following up on the demo.',
      'Just touching base about your policy.',
      'Circling back on the proposal from last week.',
      'So I wanted to introduce myself and mention the demo, whenever you get a chance we should get that on the calendar.',
    ],
    [
      'Hi Art, I’m calling about your plates: I have an update and a date for you.',
      'I’m following up on the quote: the fuel surcharge is now fixed at 14%, and I can send the revised copy today.',
      'Just checking in on the demo: I’d like to get a date in with Kim this week.',
      'Following up on your plates: they came in this morning and I can bring them round Thursday at 5.',
      'Just following up on your policy, because there’s a new rule from 1 June that affects your vans.',
      'I’m calling to set up the demo your team asked for; it takes two minutes to pick a slot.',
      'Good news: your lease includes free oil changes, and I can book the first one.',
      'How are you today? I’m calling about your plates.',
      'I’ll check in with the registration office and call you back by 4.',
      'Hi Art, it’s Sam from Riverside Motors.',
      'Can I call you Thursday at 10 to see how the sale went?',
      '',
    ],
  );

  table(
    'statesPurpose',
    [
      'I’m calling about your plates.',
      'I’m following up on the quote we sent Tuesday with the surcharge figure you were missing.',
      'The reason for my call is the renewal on your policy.',
      'I’m ringing with an update on your registration.',
      'Your lease includes free oil changes that nobody told you about.',
      'Quick heads up on a price change.',
      'I wanted to let you know the demo slots for next week.',
      'I’m calling to book your first service appointment.',
    ],
    [
      'Just checking in!',
      'How’s it going?',
      // An announcement with nothing in it is not a reason.
      'I’ve got some good news for you.',
      'Know anyone else looking for a car?',
      'Oh, and we sent you a quote, did you get it?',
      'I’m following up on the quote we sent Tuesday.',
      'Just following up on your test drive, give me a call back when you get a chance.',
      'I wanted to see how the order is going.',
      'Hi, it’s Sam.',
    ],
  );

  table(
    'refersToHistory',
    [
      'When we spoke last month you mentioned the red one.',
      'As promised, here is the date.',
      'I’ve taken over your account from Priya.',
      'Our notes say your plates were due two weeks after signing.',
      'You leased the SUV six weeks ago.',
      'The quote we sent you on Tuesday has a deadline.',
      'Your first order went out three weeks ago.',
    ],
    ['Hi, how are you?', 'Do you know anyone looking for a car?', 'I can book you for Thursday.'],
  );

  table(
    'asksForKnownInfo',
    [
      'Sorry, can you remind me what we were working on?',
      'Remind me, which car was it you took out?',
      'Which lane was that for again?',
      'How many vans do you have with us now?',
      'What was this about again?',
      'Could you fill me in on what you and Priya discussed?',
      'Who is the best person to book it with on your side?',
      'Refresh my memory: what did you buy from us?',
      'Oh really? The plates haven’t come? I didn’t know that.',
      'Plates? Hmm, not really my area.',
    ],
    [
      'I know your plates are late, and that’s on us.',
      'What matters most to you in a carrier?',
      'Would Thursday or Friday suit you better?',
      'Is now a good time?',
    ],
  );

  table(
    'acknowledges',
    [
      'I’m so sorry about that.',
      'My apologies, that should have been sorted weeks ago.',
      'You’re right, and that’s on us.',
      'That’s not good enough, I understand.',
      'We dropped the ball there.',
      'That must be frustrating.',
      'Fair enough.',
    ],
    ['Great, see you Thursday.', 'Do you know anyone looking?', 'I’m not sorry at all.'],
  );

  table(
    'commitsAction',
    [
      'I’ll call the registration office today.',
      'I will ring the DMV and call you back by 4 pm.',
      'Let me phone the warehouse right now.',
      'I’ve already emailed the claims team.',
      'I’m calling the county office straight after this.',
      'I’ll collect them Friday morning and bring them round.',
      'I’ll email you the corrected quote within the hour.',
      'I’ll have them couriered to you on Wednesday.',
      'I’m going to escalate it to my manager this afternoon.',
    ],
    ['I’ll look into it.', 'I’ll check on that.', 'Someone will get back to you.', 'I’m calling about your plates.', 'I’ll call you if anything changes.'],
  );

  table(
    'vaguePromise',
    [
      'I’ll look into it.',
      'Let me check on that for you.',
      'I’ll see what I can do.',
      'Leave it with me.',
      'Someone will be in touch.',
      'I’ll get someone to look at it for you.',
      'I’ll have someone get back to you.',
      'I’ll chase that up.',
      'I’ll call the registration office.',
    ],
    ['I’ll call the registration office today and call you back by 4 pm.', 'Thanks for your time.', 'Your plates arrive Thursday.'],
  );

  table(
    'asksReferral',
    [
      'Know anyone else looking for a car?',
      'Do you know anybody who might be in the market?',
      'You got any friends or family in the market for a car right now?',
      'Is there anyone you know who’d enjoy the same experience?',
      'Do you know any other logistics managers who might want a quote from us?',
      'Are there any other department heads you know who might like a look?',
      'Is there another practice nearby that might like the same arrangement?',
      'Tell your friends and neighbours to pop in and mention my name!',
      'If you know anyone else who’s looking, send them my way.',
      'Would you be happy to pass my name on?',
      'Got any buddies thinking about a new car? Send them over.',
      'Do you know other delivery firms who might get caught out by this?',
      'So who in your family would you say is after a new car?',
      'Just names and numbers is fine, I’ll do the rest.',
      'Any other clinic struggling with the same thing, I’d really appreciate an introduction.',
      'Do you know any other cafés that might want to switch to us?',
      'A guy like you must have a lotta friends, anybody in the market for a car?',
      'Is there any other practice or clinic you know that’s fed up with their booking system?',
      'Is there anyone else at Halvorsen who’d get value out of the forecasting add-on?',
      'Is there anyone at another practice who’s still chasing no-shows by phone?',
      'You probably know a lot of guys in the delivery game, anybody who might want to switch their coverage over to us?',
    ],
    [
      'I’ll bring them round Thursday evening.',
      'Did anyone go through that with you?',
      'Anyone at the office can sign for it.',
      'Is your neighbour still parking in your spot?',
      'I’ll send them over to you by courier.',
      'Who in your office handles the invoices?',
      'I’d love an introduction to the new plan with you on Tuesday.',
      'I’ve got someone else looking at it this afternoon.',
      'Would anyone else on your team benefit from the extra logins?',
      'Is there anyone who needs to be at the demo?',
      'Is there anyone on your team who wants to try the new booking page?',
    ],
  );

  table(
    'proposesNextStep',
    [
      'Shall I book your first oil change for Saturday at 9?',
      'Could you come in Saturday at eleven?',
      'How about Thursday at 10?',
      'Would Tuesday morning work for you?',
      'Can I call you Thursday when it lands?',
      'Let’s pencil in Friday.',
      'What time works for you next week?',
      'Want me to send the form over?',
      'I can send you the calendar invite today.',
      'Could you bring it in Saturday?',
      'Which day suits you better, the 18th or the 20th?',
    ],
    [
      'I’m here if you need me.',
      'How’s the car?',
      'Is now a good time?',
      'Let me know.',
      'Thanks, bye.',
      'what would you need to see to make a call this week?',
      'Quick one on the quote from Tuesday, is now ok?',
    ],
  );

  table(
    'leavesItOpen',
    [
      'OK, well, I’m here if you need me.',
      'Let me know.',
      'They know where to find me.',
      'You know where we are!',
      'Give me a shout whenever you need anything.',
      'Call us when you’re ready.',
      'Feel free to reach out any time.',
      'Don’t hesitate to call.',
      'Keep me posted on what you decide!',
      'Holler at me whenever you are ready.',
      'You have my number if anything comes up.',
      'Give me a call back whenever you get a chance.',
    ],
    ['Let me know which day suits you, Thursday or Friday?', 'I’ll call you Thursday at 10.', 'See you Saturday at nine.'],
  );

  table(
    'checksTime',
    [
      'Is now a bad time?',
      'Is this an OK moment?',
      'Have you got two minutes?',
      'Are you free for a quick sec?',
      'I know you’re busy, so I’ll keep it short.',
      'Would later today be better?',
      'Did I catch you at a bad time?',
    ],
    [
      'How’s the car?',
      'Can I call you Thursday?',
      'I’ll call the office quickly.',
      'I’ll be quick.',
      'This only takes two minutes.',
      'Quick one: your plates are ready.',
    ],
  );

  table(
    'promisesBrevity',
    ['I’ll be quick.', 'This only takes two minutes.', 'I won’t keep you long.', 'Quick one: your plates are ready.'],
    ['Is now a bad time?', 'I’ll call the office quickly.'],
  );

  table(
    'pressure',
    [
      'Another buyer is interested, so bring a deposit tonight.',
      'Someone else is looking at it this afternoon.',
      'Honestly, it will be gone by the weekend.',
      'I need an answer today or I can’t hold the price.',
      'You’d be mad not to lock this in.',
      'The price goes up at midnight, so I’d need your yes on this call.',
      'Tonight’s the cut-off, Art, I can’t hold it past that.',
      'I can only hold that rate til five o’clock today.',
      'I just need a verbal yes and I’ll send the docusign tonight.',
      'Honestly I’ve had two other people ring about it this morning.',
      'Look, it won’t be here Saturday, trust me.',
      'If you want it I’d get down here tonight with a deposit.',
      'I got another couple comin’ in this evenin’ to look at it.',
      'We had three families round it yesterday.',
      'Honestly it won’t sit around long.',
      'After Friday I can’t guarantee you that rate any more.',
      'Just text me a yes by five and it’s yours.',
      'The clock’s ticking on this one.',
      'Stock’s nearly all gone, to be honest.',
      'I’ll want the purchase order from you by close of business.',
      'I can’t promise the van is free tomorrow, mind.',
      'Prices go up from the 1st, so best get in now.',
      'I need a decision on switching to the new plan before 5 today.',
      'Grab it while you can, the discount goes after today.',
      'There’s a great opportunity here you won’t want to miss, ring me back asap.',
    ],
    [
      'The 1.9% financing ends on 30 April.',
      'It’s held for you until Friday.',
      'Can I call you Thursday at 10?',
      'Your plates will be with you by five tonight.',
      'I need an answer by Friday if that’s OK.',
      'I can hold it for you until Saturday.',
      'I’ve had a couple of customers ask about the free oil changes, so I thought of you.',
      'I can’t promise you a date yet, but I’ll ring you Thursday at ten.',
      'Could you give me a yes or no by Friday week?',
      'The slots are nearly there, I’ll confirm Tuesday.',
      'I’ll send the purchase order over for you to look at next week.',
      'I won’t miss the deadline, I’ll ring you Friday at ten.',
    ],
  );

  table(
    'resolvesNow',
    [
      'Good news, the Pearl Blue one came in today.',
      'Your blue one is here, Dana.',
      'The surcharge is fixed at 14 percent.',
      'Your plates came through this morning.',
      'The fuel surcharge is $180 per load.',
    ],
    ['It’s in hand, I promise.', 'The cups arrived damaged, I know.', 'I’ll let you know when it comes in.'],
  );

  table(
    'stepTimed',
    ['Can I set it up with Kim for next week?', 'I’ll ring you Thursday at 10, maybe a bit after.', 'Shall we say Saturday at nine?'],
    ['Maybe I’ll give you a ring sometime next month then?', 'I’ll call you at some point next week.'],
  );

  it('does not read a figure confirmed on the spot as a vague promise', () => {
    const moves = describeRepTurn('Yeah so the fuel surcharge, I can confirm that’s 180 a load, so 2,330 all in.', scenario);
    expect(moves.resolvesNow).toBe(true);
    expect(moves.vaguePromise).toBe(false);
  });

  table(
    'dismisses',
    [
      'Honestly the DMV have been a nightmare, it’s out of our hands.',
      'It was the courier’s fault, not ours.',
      'The fuel line is just a formality, don’t worry about it.',
      'Whatever the market says, really.',
    ],
    [
      'I’ll ring you by 4 on Thursday with a date, whatever they say.',
      'That’s on us, and I’ll fix it today.',
      'The DMV have them ready, I’ll collect them at noon.',
    ],
  );

  table(
    'announcesOnly',
    ['I’ve got valuable news for you.', 'Great news! How are things?', 'I’ve got an update on your order.'],
    ['Great news: your plates are ready at the county office.', 'I’ve got an update: the form arrives Tuesday.'],
  );

  table(
    'asksQuestion',
    [
      'Is now a good time?',
      'What matters most to you',
      'I was wondering whether Thursday suits',
      'So, how did the viewing go',
      'we can do thursday at 10 or friday at 2',
    ],
    ['I’ll call you Thursday.', 'Thanks for your time.', 'We can do that for you.'],
  );

  table('closes', ['Thanks, bye.', 'Talk soon!', 'Have a great weekend.', 'Take care, Art.', 'Thanks for your time.'], ['Hi Art.', 'Is now OK?']);

  table('namesTime', ['I’ll call you by 4 pm.', 'See you Thursday.', 'Tomorrow morning works.'], ['I’ll look into it.', 'Soon.']);

  describe('more paraphrases', () => {
    const rows: [Flag, string][] = [
      ['purposeless', "Just wanted to check how you're finding the car."],
      ['purposeless', "Calling to see if everything's good on your end."],
      ['purposeless', "Hope all's well! Just ringing for a catch-up."],
      ['purposeless', "I'm just doing my follow-up calls."],
      ['purposeless', 'This is just a quick follow-up call.'],
      ['purposeless', "Wanted to say hi and see how you're doing."],
      ['purposeless', "Just making sure you're all set."],
      ['purposeless', 'Checking to see if you need anything else from us.'],
      ['purposeless', "How's it all going?"],
      ['purposeless', "What's new with you?"],
      ['purposeless', "How's business?"],
      ['purposeless', 'Just seeing how things are going your end.'],
      ['purposeless', "I'm calling to follow up."],
      ['purposeless', "Just a quick call to see how you're settling in with the new car."],
      ['purposeless', 'Any issues at all?'],
      ['purposeless', "Thought I'd check in and see how it's all going."],
      ['purposeless', "Hi Art, it's Sam. Just following up on our last conversation."],
      ['purposeless', 'Just wanted to keep the lines of communication open.'],
      ['statesPurpose', "The reason I'm ringing is your plates."],
      ['statesPurpose', "I've got news on your plates."],
      ['statesPurpose', 'Ringing about your free oil changes.'],
      ['statesPurpose', 'I wanted to talk to you about your service plan.'],
      ['statesPurpose', "It's about the registration."],
      ['statesPurpose', 'Quick one: your plates are ready.'],
      ['statesPurpose', 'Have you got 30 seconds to pick a date for your first oil change?'],
      ['asksReferral', 'Anyone in your circle thinking of a new car?'],
      ['asksReferral', 'Who do you know that could use a good deal on a car?'],
      ['asksReferral', "If a friend mentions they're car shopping, would you mind passing on my details?"],
      ['asksReferral', 'Would you recommend us to anyone?'],
      ['asksReferral', "Do you happen to know any other surgeries round you with the same trouble? I'd gladly ring them."],
      ['commitsAction', "I'm going to phone the DMV myself this afternoon."],
      ['commitsAction', "Let me get onto the DMV straight away and I'll ring you back before five."],
      ['commitsAction', "I'll personally drive them over on Friday."],
      ['commitsAction', 'Will do. Firm fuel figure and an all-in total, in your inbox by three today.'],
      ['commitsAction', "I'll sort a replacement and have it couriered tomorrow."],
      ['commitsAction', "Right, I'll give the county office a ring first thing and bell you back by ten."],
      ['commitsAction', "I'm holding the Pearl Blue for you till Saturday at 5, your name's on it."],
      ['commitsAction', "I'm collecting them from the county office Tuesday morning."],
      ['leavesItOpen', 'Just give me a bell if you need anything.'],
      ['leavesItOpen', "Whenever you're ready, I'm only a phone call away."],
      ['leavesItOpen', "The ball's in your court."],
      ['leavesItOpen', 'Shout if you need us.'],
      ['checksTime', 'Is this a good time to chat?'],
      ['checksTime', 'Got a sec?'],
      ['checksTime', 'I know lunch is your quiet bit, have you got 5 mins?'],
      ['checksTime', 'can you spare me ten minutes?'],
      ['promisesBrevity', "I won't keep you long."],
      ['checksTime', 'Do you have a moment?'],
      ['proposesNextStep', 'Are you around Thursday for a quick call?'],
      ['proposesNextStep', "Let's get something in the diary."],
      ['proposesNextStep', "I'll give you a ring Monday at 10, if that works?"],
      ['proposesNextStep', 'How would next Tuesday suit you?'],
      ['proposesNextStep', 'we can do thursday at 10 or friday at 2, an hour, for your whole team'],
      ['proposesNextStep', 'we could start it from the 1st of next month, 20 cases'],
    ];
    it.each(rows)('sets %s for %j', (flag, text) => expect(moves(text)[flag]).toBe(true));
  });

  describe('the situations of the second labelled batch, in other words', () => {
    it.each(['You’ve been a customer of ours for, um, some years now, so I thought of you.', 'Since you’ve been with us a fair while, you get first look.'])(
      'hears the rep being hazy about how long the customer has been with us in %j',
      (text) => {
        expect(describeRepTurn(text, scenario).vagueAboutAccount).toBe(true);
      },
    );

    it.each([
      'Sorry, the fuel line was left blank on the quote. It’s fixed at 14 percent for the year.',
      'Your refund’s been approved, it’s already on its way back to your card.',
      'The surcharge comes to 3.5 percent, flat.',
    ])('reads %j as settling a problem there and then', (text) => {
      expect(describeRepTurn(text, scenario).resolvesNow).toBe(true);
    });

    it('does not read a question or a plain figure as settling anything', () => {
      expect(describeRepTurn('Is it fixed at 14 percent on your side?', scenario).resolvesNow).toBe(false);
      expect(describeRepTurn('We move 14 loads a week on that lane.', scenario).resolvesNow).toBe(false);
    });

    it('does not take asking for two minutes as a promise to be quick', () => {
      expect(describeRepTurn('Hiya, Sam at Riverside, have you got two minutes?', scenario).promisesBrevity).toBe(false);
      expect(describeRepTurn('It’ll take two minutes, tops.', scenario).promisesBrevity).toBe(true);
    });

    it('does not count haziness when the same sentence names the account', () => {
      expect(describeRepTurn('You’ve been with us a good while, since the lease six weeks ago.', scenario).vagueAboutAccount).toBe(false);
    });

    it('does not take "slow right now" as a time anything will happen', () => {
      const line = describeRepTurn('Ugh, sorry, the DMV is really backed up right now. I’ll see what I can find out.', scenario);
      expect(line.namesTime).toBe(false);
      expect(line.vaguePromise).toBe(true);
    });

    it('reads a shrug ("oh yeah, that happens") as waving the problem away, not as a rep reminded of it', () => {
      const line = describeRepTurn('Oh yeah that happens, the warehouse gets slammed.', scenario);
      expect(line.dismisses).toBe(true);
      expect(line.surprised).toBe(false);
      expect(describeRepTurn('Oh right, the plates. They arrive Thursday.', scenario).surprised).toBe(true);
    });

    it.each(['If I don’t hear back, I’ll try you again Saturday around half ten.', 'Unless I don’t hear from you, I’ll book it.'])(
      'does not read %j as surprise at something on record',
      (text) => {
        expect(describeRepTurn(text, scenario).surprised).toBe(false);
      },
    );

    it('still reads "I didn’t know about that" as surprise', () => {
      expect(describeRepTurn('Oh, I didn’t know about that, sorry.', scenario).surprised).toBe(true);
    });

    it('reads "Will do. Thanks Wendy." as a goodbye, not a question', () => {
      const line = describeRepTurn('Will do. Thanks Wendy.', scenario);
      expect(line.asksQuestion).toBe(false);
      expect(line.closes).toBe(true);
      expect(describeRepTurn('I’ll send Kim the slots by 5 and copy you in, thanks Wendy.', scenario).closes).toBe(false);
    });

    it('reads a booking made before the customer said yes as pressing', () => {
      expect(describeRepTurn('I’ve already got you in the system for Monday so', scenario).presses).toBe(true);
      expect(describeRepTurn('Great, I’ve got you down for Monday at 10 then.', scenario).presses).toBe(false);
    });

    it('counts only the channel the rep offers, not the one turned down or a return envelope', () => {
      expect(describeRepTurn('I’ll email the form rather than post it.').channels).toEqual(['email']);
      expect(describeRepTurn('It has to go by post; just send it back in the envelope.').channels).toEqual(['post']);
      expect(describeRepTurn('I’ll send it over this afternoon.').channels).toEqual(['email']);
    });
  });

  it('names the scenario’s issues and value items the turn brings up', () => {
    const result = moves('Your plates are at the DMV, and your lease includes free oil changes.');
    expect(result.issueIds).toEqual(['late-plates']);
    expect(result.valueItemIds).toEqual(['free-oil-changes']);
  });

  it('names the hidden facts a question asks about', () => {
    expect(moves('Is your neighbour looking for a car?').factIds).toEqual(['neighbour-shopping']);
    expect(moves('My neighbour says hi.').factIds).toEqual([]);
  });

  it('counts words', () => {
    expect(moves('Hi Art, it is Sam from Riverside.').words).toBe(7);
  });

  it('returns exactly the contract’s fields', () => {
    expect(Object.keys(classifyRepTurn('Hi', scenario)).sort()).toEqual(
      [
        'words',
        'purposeless',
        'statesPurpose',
        'refersToHistory',
        'asksForKnownInfo',
        'valueItemIds',
        'issueIds',
        'acknowledges',
        'commitsAction',
        'namesTime',
        'vaguePromise',
        'asksReferral',
        'proposesNextStep',
        'leavesItOpen',
        'checksTime',
        'asksQuestion',
        'factIds',
        'closes',
      ].sort(),
    );
  });

  it('gives the same answer every time', () => {
    const line = 'Sorry about the plates; I’ll call the DMV today and ring you by 4.';
    expect(moves(line)).toEqual(moves(line));
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['100,000 characters', 'just checking in to see how things are '.repeat(2_600)],
    ['emoji', '🙂🚗📞 ✅✅✅'],
    ['right-to-left text', 'مرحبا، أتصل بشأن اللوحات'],
    ['HTML', '<script>alert("x")</script><b>I’ll call you by 4</b>'],
    ['lone surrogates', '\uD800\uDC00\uDFFF'],
    ['control characters', '\u0000\u0007\u001b[31m'],
  ])('never throws on %s input', (_name, text) => {
    expect(() => classifyRepTurn(text, scenario)).not.toThrow();
    expect(() => describeRepTurn(text)).not.toThrow();
  });

  it('never throws on non-string input or a scenario with missing parts', () => {
    expect(() => classifyRepTurn(undefined as unknown as string, scenario)).not.toThrow();
    expect(() => classifyRepTurn('I’m calling about your plates', {} as never)).not.toThrow();
  });
});

describe('classifyRepTurn, review round', () => {
  it.each([
    'Since you’re enjoying the car, is there anybody in your family who’s in the market for one?',
    'Anyone at the office looking for a new motor?',
    'Is there someone at your gym thinking about buying a car?',
  ])('reads %j as a referral request', (text) => expect(moves(text).asksReferral).toBe(true));

  it('does not read an attendee question as a referral request', () => {
    expect(moves('Is there anyone else at your office who should join the demo?').asksReferral).toBe(false);
  });

  it('does not read "just reaching out" or "just checking in" as a fact that changed', () => {
    expect(moves('So I’m just reaching out to add value, I’ve got some great news about your account').carriesContent).toBe(false);
    expect(moves('Just checking in!').carriesContent).toBe(false);
    expect(moves('Your plates have just come in.').carriesContent).toBe(true);
  });

  it('does not read "did you get the quote I sent you Tuesday?" as knowing the account, or as an action promised', () => {
    expect(moves('Did you get the quote I sent you Tuesday?')).toMatchObject({ refersToHistory: false, commitsAction: false });
    expect(moves('Following up on the quote I sent you Tuesday: the surcharge is fixed at 14 percent.').refersToHistory).toBe(true);
    expect(moves('I’ve already called the DMV. Did you get my email?').commitsAction).toBe(true);
  });

  it('reads a premium contract with its brand name in the middle as an upsell', () => {
    expect(moves('I wanted to tell you about our Premium Partner contract, 12 months and you save 5 percent.').upsell).toBe(true);
  });

  it('reads "our new forecasting add-on" as an upsell, and "add on a note" as not', () => {
    expect(moves('Per my notes you’d be a great fit for our new forecasting add-on.').upsell).toBe(true);
    expect(moves('I’ll add on a note for Kim.').upsell).toBe(false);
  });

  it('reads a teaser ("I’ve something rather good for you") as an announcement with nothing in it', () => {
    expect(moves('Got a quick minute? I’ve something rather good for you.').announcesOnly).toBe(true);
  });

  it('reads a price held only for a yes on this call as pressure, and flattery to rush a decision as pressing', () => {
    expect(moves('Between you and me I can only keep this price for you if you say yes on this call.').pressure).toBe(true);
    expect(moves('Honestly, someone as sharp as you can see it’s a no-brainer.').presses).toBe(true);
    expect(moves('If you have questions on the call Thursday, just ask.').pressure).toBe(false);
  });

  it('reads "before you decide, hear me out" as pressing, and knowing the numbers before you decide as not', () => {
    expect(moves('Before you decide, hear me out.').presses).toBe(true);
    expect(moves('We could value it while you are in, then you would know the numbers before you decide anything.').presses).toBe(false);
    expect(moves('Worth looking at properly before you decide, not just taking my word for it.').presses).toBe(false);
  });

  it('reads "is it timing or something else?" as a real question, not haziness about the account', () => {
    expect(moves('Can I ask what is holding you back, is it timing or something else?').vagueAboutAccount).toBe(false);
    expect(moves('You drove the Aria or something, right?').vagueAboutAccount).toBe(true);
  });

  it('reads slots said to be nearly gone as pressure, and minutes left on the call as not', () => {
    expect(moves('It ends Friday and there’s only a couple of slots left in your area.').pressure).toBe(true);
    expect(moves('I only have a few minutes left, so I’ll be quick.').pressure).toBe(false);
  });

  it.each(['Have you got one minute?', 'Can you spare 60 seconds?', 'Could you give me two minutes?'])('reads %j as a time check', (text) =>
    expect(moves(text).checksTime).toBe(true),
  );

  it.each(['I’ll look into it this week.', 'Let me see what I can do and get back to you in a few days.', 'I’ll get on it soon and call you back.'])(
    'reads %j as a vague promise',
    (text) => expect(moves(text).vaguePromise).toBe(true),
  );

  it('reads a specific action with a time as a commitment, not a vague promise', () => {
    const d = describeRepTurn('I’ll call the registration office at 9 tomorrow and ring you by noon.', scenario);
    expect(d.commitsAction && d.specificTime && !d.vaguePromise).toBe(true);
  });

  it.each(['I’m calling about your home insurance renewal.', 'The reason for my call is your mortgage quote.'])(
    'does not take %j as a purpose on an account that has no such thing',
    (text) => {
      const d = describeRepTurn(text, base);
      expect(d.statesPurpose).toBe(false);
      expect(d.offTopicReason).toBe(true);
    },
  );
});

describe('more of what a rep does, in other words', () => {
  it.each([
    'So while I’ve got you, is there anyone else at Halvorsen, like finance maybe, who’d literally love to see the forecasting stuff?',
    'Anyway, who else round you might want a supplier?',
    'Any cafés you’d put us onto?',
  ])('reads %j as a referral ask', (text) => {
    expect(moves(text).asksReferral).toBe(true);
  });

  it.each(['Is there anyone else on your team who’d like to see the demo?', 'Anything you could point me towards on the invoice?'])(
    'does not read %j as a referral ask',
    (text) => {
      expect(moves(text).asksReferral).toBe(false);
    },
  );

  it.each(['OK, two cases of medium go on tomorrow’s delivery, before noon.', 'The replacements are on this afternoon’s run.'])(
    'reads %j as a timed commitment',
    (text) => {
      expect(moves(text)).toMatchObject({ commitsAction: true, stepTimed: true });
    },
  );

  it('reads "hope this is an OK time" as a time check', () => {
    expect(moves('Hi Nadia, Morgan here, hope this is an ok time, it’s after 2 so figured you’d be out of the rush?').checksTime).toBe(true);
  });

  it('reads the rep’s own manager as the reason ("my manager’s on my back about it") as the rep’s agenda', () => {
    expect(moves('So shall I put you down for it then? I’d really appreciate it, my manager’s on my back about it.').upsell).toBe(true);
  });

  it('reads "we also do a great cyber policy" as an upsell', () => {
    expect(moves('We also do a great cyber policy for small firms, want a quote?').upsell).toBe(true);
  });

  it('does not count a change only hinted at ("some regulation stuff coming in") as the news, but keeps one given beside the hint', () => {
    const gareth = loadScenario('industry-news');
    expect(describeRepTurn('Well, there’s some regulation stuff coming in for fleets, it’s kinda complicated.', gareth).valueItemIds).toEqual([]);
    expect(describeRepTurn('There are some changes coming in, from 1 June every regular driver has to be named.', gareth).valueItemIds).toEqual([
      'rule-change',
    ]);
  });

  it('reads "our new forecasting module" as an upsell', () => {
    expect(moves('Can I also quickly tell you about our new forecasting module?').upsell).toBe(true);
  });

  it('reads a premium "thing" as an upsell', () => {
    expect(moves('We’re doing this Premium Partner thing, twelve months, 5% off everything.').upsell).toBe(true);
  });

  it('knows when a turn ends by asking for the customer’s own timeline', () => {
    expect(moves('I’ll put it in the revised quote tonight. When are you planning to decide?').asksTheirTimeline).toBe(true);
    expect(moves('When do you need them by?').asksTheirTimeline).toBe(true);
    expect(moves('When would suit you for a call?').asksTheirTimeline).toBe(false);
  });

  it('reads an apology after a negated clause as an apology ("it never got booked, that’s on us")', () => {
    expect(moves('The demo Priya agreed with you never got booked, thats on us.').acknowledges).toBe(true);
    expect(moves('No, that was not our fault, the DMV has them.').acknowledges).toBe(false);
  });

  it('reads a booking made through someone else, in a window, as a proposal with a time', () => {
    expect(moves('If you’re OK with it I’ll get Kim to put 45 minutes in for your team, maybe the week after next?')).toMatchObject({
      proposesNextStep: true,
      namesTime: true,
      specificTime: false,
    });
  });

  it('reads a deadline on the rep’s own upsell as pressure, and one on the customer’s own offer as news', () => {
    expect(moves('Also, our quarter-end deal on extra seats ends this Friday, so worth a look.').pressure).toBe(true);
    expect(moves('Heads up, the 1.9 percent finance offer ends on the 30th of April.').pressure).toBe(false);
  });

  it('does not count a benefit only hinted at ("some savings in there for you") as bringing the value item', () => {
    const renewal = loadScenario('happy-renewal');
    const hinted = describeRepTurn('I’ve got some great news about your plan, there’s definitely some savings in there for you.', renewal);
    expect(hinted.valueItemIds).toEqual([]);
    expect(hinted.announcesOnly).toBe(true);
    expect(describeRepTurn('There are some savings on Essentials: $840 a year.', renewal).valueItemIds).toEqual(['plan-saving']);
  });

  it('reads a value item told with its money or its new state as news, not a mere mention', () => {
    const nadia = loadScenario('late-delivery');
    const credit = 'Accounts approved a $148.60 credit, covering the missing stuff plus your receipt. It comes off this week’s invoice.';
    expect(describeRepTurn(credit, nadia).valueNews).toEqual(['credit-approved']);
    const loaded = 'The 3 cartons of cups and the oat milk are on the van for this Thursday the 23rd, between 7 and 8am.';
    expect(describeRepTurn(loaded, nadia)).toMatchObject({ commitsAction: true, stepTimed: true });
  });

  it('reads "I’ll have the actual figure in writing to you by close tomorrow" as a timed commitment, a question after it or not', () => {
    expect(moves('Sorry. I’ll have the actual figure in writing to you by close tomorrow. Meantime, where are you at with it?')).toMatchObject({
      commitsAction: true,
      specificTime: true,
    });
  });

  it('reads "end of next week" as a deadline, and "next week" alone as a window', () => {
    expect(moves('I’ll email you the actual figure end of next week.').specificTime).toBe(true);
    expect(moves('I’ll email you the actual figure next week.').specificTime).toBe(false);
  });

  it('does not read "while I’ve got you" before a question about the customer as an upsell', () => {
    expect(moves('While I’ve got you, what’s going to decide it for you?').upsell).toBe(false);
    expect(moves('While I’ve got you, how about our premium plan?').upsell).toBe(true);
  });

  it('does not count "I’ve found a way to save you a bit of money" as the saving itself', () => {
    const renewal = loadScenario('happy-renewal');
    expect(describeRepTurn('Calling about your renewal, I’ve found a way to save you a bit of money.', renewal).valueItemIds).toEqual([]);
  });

  it('reads a figure that settles the problem as settling it, whatever is asked after it, and "its 11%" as "it is"', () => {
    expect(moves('The fuel surcharge is 11% on your lane, so 2,390 all in. That help?').resolvesNow).toBe(true);
    expect(moves('its 11% on your lane right now, so about 2,390 a load all in.').resolvesNow).toBe(true);
    expect(moves('Is it fixed at 14 percent?').resolvesNow).toBe(false);
  });

  it('reads "are you in the thick of something?" and "I’d need about a minute and a half of you" as time checks', () => {
    expect(moves('Are you in the thick of something?').checksTime).toBe(true);
    expect(moves('I’d need about a minute and a half of you.').checksTime).toBe(true);
    expect(moves('I need the figures from you by Friday.').checksTime).toBe(false);
  });

  it('does not read "did you get it OK?" as an apology, and still reads "totally get it"', () => {
    expect(moves('Following up on the quote. Did you get it OK?').acknowledges).toBe(false);
    expect(moves('I’ll get it to you by three.').acknowledges).toBe(false);
    expect(moves('Totally get it, that’s not good enough.').acknowledges).toBe(true);
  });

  it('reads a loss threatened unless the customer takes a slot now, a closing order window and a warned-off offer as pressure', () => {
    expect(moves('Totally, but if we don’t grab tomorrow I can’t promise anything.').pressure).toBe(true);
    expect(moves('But I really must press you on the order, as it closes tonight.').pressure).toBe(true);
    expect(moves('Honestly the offer won’t be there next week.').pressure).toBe(true);
    expect(moves('The pricing is only guaranteed if you commit before close of business today.').pressure).toBe(true);
    expect(moves('The 1.9% rate runs until the 30th of April.').pressure).toBe(false);
  });

  it('reads the moment made out to suit the rep’s product as an upsell', () => {
    expect(moves('Its honestly the perfect time to look at our Fleet Premium Plus pakage.').upsell).toBe(true);
    expect(moves('Shall I put you down for a quote?').upsell).toBe(true);
    expect(moves('Is this a good time to talk?').upsell).toBe(false);
  });

  it('does not count a teaser ("something that affects your vans from 1 June") as the news, its date included', () => {
    const gareth = loadScenario('industry-news');
    expect(describeRepTurn('Two minutes on something that affects your vans from 1 June, ok?', gareth).valueItemIds).toEqual([]);
    expect(describeRepTurn('There’s a new rule that affects your vans.', gareth).valueItemIds).toEqual([]);
    expect(describeRepTurn('Something important: from 1 June every regular driver has to be named.', gareth).valueItemIds).toEqual(['rule-change']);
    expect(describeRepTurn('Got something big for you - the rules on named drivers change from 1 June.', gareth).valueItemIds).toEqual(['rule-change']);
  });

  it('reads minutes asked for on a topic as a time check, not a step proposed', () => {
    expect(moves('Two minutes on something that affects your vans from 1 June, ok?')).toMatchObject({ checksTime: true, proposesNextStep: false });
  });

  it('does not read the customer’s own regular order or a promise reported from before as a sale or a vague promise', () => {
    expect(moves('So your regular order lands first thing too.').upsell).toBe(false);
    expect(moves('How about a bigger standing order?').upsell).toBe(true);
    expect(moves('I said I’d sort it and never gave you a day.').vaguePromise).toBe(false);
    expect(moves('I’ll sort it.').vaguePromise).toBe(true);
  });

  it('reads "when do u need them by, anythin on this week" as asking her timeline, with or without a question mark, not as a step', () => {
    expect(moves('when do u need them by, anythin on this week')).toMatchObject({ asksTheirTimeline: true, proposesNextStep: false });
    expect(moves('When do you need them by? I can do Thursday at 10, does that work?').proposesNextStep).toBe(true);
  });

  it('reads the rep’s own claim of other interest after "and" as pressure, not a referral ask', () => {
    expect(moves('The Pearl Blue Aria is here and I’ve got two other people looking at it this afternoon.')).toMatchObject({
      asksReferral: false,
      pressure: true,
    });
    expect(moves('And have you got any friends who might want one?').asksReferral).toBe(true);
  });

  it('reads "I need to know today", a rate that "expires tonight" and another shipper who wants the truck as pressure', () => {
    expect(moves('I need to know today if you’re going with us.').pressure).toBe(true);
    expect(moves('The 2,150 rate expires tonight.').pressure).toBe(true);
    expect(moves('I’ve got another shipper who wants that truck.').pressure).toBe(true);
  });

  it('reads a time offered as a question ("sat 10ish?") as a proposal, not as surprise at the account', () => {
    const art = loadScenario('lease-follow-up');
    expect(describeRepTurn('sat 10ish?', art).surprised).toBe(false);
    expect(describeRepTurn('Plates?', art).surprised).toBe(true);
  });

  it('reads "while I’ve got you, is there anyone you know..." as a referral ask, not an upsell', () => {
    expect(moves('While I’ve got you, is there anyone you know, another clinic maybe, who’d get the same benefit?')).toMatchObject({
      asksReferral: true,
      upsell: false,
    });
  });
});
