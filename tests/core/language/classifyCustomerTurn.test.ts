import { describe, expect, it } from 'vitest';
import { loadScenario } from '../persona/personaFixtures';
import { classifyCustomerTurn, describeCustomerTurn } from '../../../src/core/language/classifyCustomerTurn';
import type { CustomerSignals } from '../../../src/core/language/moves';
import { makeScenario } from '../scoring/scenarioFactory';

const scenario = makeScenario();
const signals = (text: string): CustomerSignals => classifyCustomerTurn(text, scenario);

type Flag = { [K in keyof CustomerSignals]: CustomerSignals[K] extends boolean ? K : never }[keyof CustomerSignals];

function table(flag: Flag, yes: string[], no: string[]) {
  describe(flag, () => {
    it.each(yes)(`is set for %j`, (text) => expect(signals(text)[flag]).toBe(true));
    it.each(no)(`is not set for %j`, (text) => expect(signals(text)[flag]).toBe(false));
  });
}

describe('classifyCustomerTurn', () => {
  table(
    'satisfied',
    [
      'I love the car!',
      'Your team has been great.',
      'Honestly, I’m really enjoying it.',
      'You were brilliant on that test drive.',
      'That’s great news, thanks so much.',
      'The gloves have been great, the nurses much prefer them.',
      'This is the most useful call I’ve had from you lot.',
      'Couldn’t be happier with it.',
      'The reminders have been a godsend, hardly anyone forgets now.',
      'Well I meant it. I tell everyone about it.',
      'Glad you called.',
      'It runs like a dream.',
      'This is why I’ve stayed with you all these years.',
      'Ah, you deserved it.',
      'Our patients really love how easy it is.',
      'It’s cut our missed appointments right down.',
    ],
    [
      'Fine.',
      'Just fine.',
      'It’s OK.',
      'I’m not happy with the plates.',
      'I don’t love it, to be honest.',
      'Can you cut the price down?',
      'Not great, actually.',
      'Can’t complain.',
    ],
  );

  it('does not read a doubted promise as agreement, even with an “OK” in it', () => {
    expect(signals('That’s what you said last time. Then I got three voicemails asking if everything was OK.').agrees).toBe(false);
  });

  it('tells a time echoed back as a question from a time the customer gives', () => {
    expect(describeCustomerTurn('Today? Did it come in the colour I wanted, at least?').timeOnlyAsked).toBe(true);
    expect(describeCustomerTurn('Thursday at ten? Yes, that works.').timeOnlyAsked).toBe(false);
    expect(describeCustomerTurn('Saturday at nine is fine.').timeOnlyAsked).toBe(false);
  });

  describe('declines', () => {
    it.each([
      'No thanks.',
      'I’m not committing to a year of anything.',
      'I won’t be rushed into anything.',
      'We’re not being pushed into a contract on the phone.',
    ])('is set for %j', (text) => expect(describeCustomerTurn(text).declines).toBe(true));
    it.each(['Yes, go on.', 'I’m rushed off my feet today.', 'Can you push it back a week?'])('is not set for %j', (text) =>
      expect(describeCustomerTurn(text).declines).toBe(false),
    );
  });

  table(
    'notNow',
    [
      'Not right now.',
      'Not yet, I’m still thinking it over.',
      'I haven’t got time for a sales pitch.',
      'Could we leave it until after June?',
      'Just put it in writing, would you.',
      'Maybe later.',
      'I need to sell my car first.',
      'Call me next month.',
      'I’m not deciding anything this week.',
      'I’ll let you know.',
      'I’d have to run it past Dr. Amin.',
      'Not today. Sort my claim first.',
      'Right now isn’t great, I still haven’t sold my car.',
      'I really can’t do anything until my old car sells.',
      'I cannot commit to anything while my old car is still unsold.',
      'Maybe. I’ll see how the week goes.',
      'It’s not a good time for me to buy.',
    ],
    ['Yes, Thursday works.', 'I love it.', 'Not bad at all!', 'I’ll ask Kim to book it.'],
  );

  table(
    'firmNo',
    [
      'We went with another dealer.',
      'Please stop calling.',
      'Take me off your list.',
      'I’m not interested at all.',
      'No. I told you, I’m not buying anything. Please stop.',
      'I said not today.',
      'We signed with a different carrier last week.',
    ],
    ['Not right now.', 'Maybe next month.', 'Sounds good.', 'No problem.'],
  );

  table(
    'busy',
    [
      'I’m in the middle of something.',
      'I’m on a deadline today.',
      'Make it quick, I’m at work.',
      'I’ve got about a minute.',
      'No. I’m working, Robin.',
      'I’m driving, can’t talk long.',
      'I’m slammed today, honestly.',
      'I’ve got a truck at the dock.',
      'Sorry, I’m heading into a meeting.',
      'Quickly, I’m in the van.',
    ],
    ['It’s a busy season for us.', 'I’m not busy at all.', 'Business is good.', 'Fine, thanks.'],
  );

  table(
    'agrees',
    [
      'Yes, do that.',
      'Thursday at ten works.',
      'Saturday at nine is fine.',
      'Tomorrow at eight’s fine.',
      'Fine. By two.',
      'Sounds good to me.',
      'OK, book it.',
      'Sure, put me down.',
      'That works for me.',
      'Saturday at ten suits me.',
      'No problem.',
    ],
    ['OK, but not now.', 'Not sure about that.', 'No.', 'Um, I guess.', 'Whatever.', 'We went with someone else, sorry.', 'I’m not sure that works.'],
  );

  table(
    'asksWhy',
    [
      'Why are you calling?',
      'What’s this about?',
      'What do you need?',
      'Why should I need you?',
      'OK... following up on what?',
      'Thoughts on what?',
      'Is there something specific?',
      'What can I do for you?',
    ],
    ['Thanks for calling.', 'What time works?', 'Why not Thursday?'],
  );

  table(
    'ends',
    ['Goodbye.', 'I have to go.', 'Look, I’ve got to run. Bye.', '*hangs up*', 'Talk later.', 'No. We’re done here, I’ve got work to do.'],
    ['Hello?', 'Go on.'],
  );

  describe('more paraphrases', () => {
    const rows: [Flag, string][] = [
      ['notNow', "Now's not really a good time to think about it."],
      ['notNow', "I'm holding off for now."],
      ['notNow', 'Just email me, mate. I’m back on the road in ten.'],
      ['notNow', 'I’d rather leave it for now, I’d want to run it past the dentists.'],
      ['notNow', 'Can’t it wait till after the renewal? It’s a mad month here.'],
      ['notNow', 'I really have to go. Email me whatever it is.'],
      ['notNow', "I'll look at it after the renewal. I have to go."],
      ['notNow', "It's not great. I'm buried. Can you just email me?"],
      ['notNow', "We're not there yet."],
      ['notNow', 'Let me get back to you on that.'],
      ['notNow', 'Maybe in the spring.'],
      ['notNow', "I'll think about it."],
      ['busy', 'Can you make it quick?'],
      ['busy', "I'm just about to go into a meeting."],
      ['busy', "Now's not a great time."],
      ['busy', "I'm up to my eyes here."],
      ['satisfied', "It's been brilliant, honestly."],
      ['satisfied', 'Really happy with it, thanks.'],
      ['satisfied', "You've been a great help."],
      ['satisfied', "Honestly, best purchase I've made."],
      ['agrees', 'Go on then.'],
      ['agrees', "Yeah, let's do that."],
      ['agrees', 'Perfect, see you Thursday.'],
      ['agrees', 'Alright, Thursday it is.'],
      ['firmNo', "We've gone with someone else, sorry."],
      ['firmNo', "Don't call me again."],
      ['asksWhy', "Sorry, who is this and what's it about?"],
      ['asksWhy', "What's the call regarding?"],
      ['asksWhy', "And you're calling because...?"],
    ];
    it.each(rows)('sets %s for %j', (flag, text) => expect(signals(text)[flag]).toBe(true));
  });

  describe('the situations of the second labelled batch, in other words', () => {
    const set: [Flag, string][] = [
      ['satisfied', 'Eleven years and they have never once let us down.'],
      ['satisfied', 'Good thing you rang, I had no idea.'],
      ['satisfied', 'Honestly, can’t fault you lot.'],
      ['notNow', 'Let me have a think about it.'],
      ['notNow', 'Saturday’s tricky. I’ll mull it over and then get back to you.'],
      ['notNow', 'No need to call, I’ll be in touch if anything changes.'],
      ['notNow', 'We don’t need a follow-up call. If something comes up, we’ll reach out.'],
      ['notNow', 'I want to get the invoice fixed first.'],
      ['notNow', 'Not interested right now.'],
      ['firmNo', 'No. Not interested.'],
      ['firmNo', 'Not really interested, thanks.'],
      ['busy', 'Not now, I’m on site.'],
      ['busy', 'Thursday doesn’t work and I’m in a meeting right now, sorry.'],
    ];
    const unset: [Flag, string][] = [
      ['satisfied', 'You let me down this time.'],
      ['notNow', 'No. Not interested.'],
      ['notNow', 'Thursday at three works, I’ll call you then.'],
      ['busy', 'Thursday’s no good, I’m in meetings all day.'],
      ['busy', 'Can’t do Monday, I’m on site till six.'],
      ['busy', 'Tuesday doesn’t work, I’m at work late.'],
    ];
    it.each(set)('sets %s for %j', (flag, text) => expect(signals(text)[flag]).toBe(true));
    it.each(unset)('does not set %s for %j', (flag, text) => expect(signals(text)[flag]).toBe(false));

    it.each(['Could we sort out the invoice first?', 'Can we talk about the missing boxes first, please?'])(
      'reads %j as objecting to where the call is going',
      (text) => expect(describeCustomerTurn(text).objects).toBe(true),
    );
  });

  it('names the open issues the customer raises, in other words too', () => {
    expect(signals('By the way, I still haven’t got my license plates.').issueIds).toEqual(['late-plates']);
    expect(signals('Still waiting on my registration.').issueIds).toEqual(['late-plates']);
    expect(signals('The car is lovely.').issueIds).toEqual([]);
  });

  it('notices complaints that match no scenario issue', () => {
    expect(describeCustomerTurn('My renewal documents never came through. I’ve had to ring the office twice.').complains).toBe(true);
    expect(describeCustomerTurn('That demo was supposed to be set up a month ago. Nobody ever called back.').complains).toBe(true);
    expect(describeCustomerTurn('No problem at all, no complaints.').complains).toBe(false);
  });

  it('notices when the customer says the rep should already know', () => {
    expect(describeCustomerTurn('Kim. My assistant. It should be in your notes.').rebukesIgnorance).toBe(true);
    expect(describeCustomerTurn('On-time delivery, like I told your colleague.').rebukesIgnorance).toBe(true);
    expect(describeCustomerTurn('Four vans, like it says on my policy.').rebukesIgnorance).toBe(true);
    expect(describeCustomerTurn('Twenty a month. You’ve got all that on file, surely?').rebukesIgnorance).toBe(true);
    expect(describeCustomerTurn('Eighteen hundred. It’s your quote.').rebukesIgnorance).toBe(true);
    expect(describeCustomerTurn('Is it your quote or the broker’s?').rebukesIgnorance).toBe(false);
    expect(describeCustomerTurn('I told you, not until my car sells.').rebukesIgnorance).toBe(false);
  });

  it.each([
    'It’s twenty past eight. You know not to call me in the mornings.',
    'Go through my assistant, which your predecessor knew.',
    'It was agreed months ago. You didn’t know that?',
    'Surely you can see how many we order on your system?',
    'I sent that to you last week, with the receipt.',
  ])('hears %j as the customer pointing the rep to what the account already holds', (text) => {
    expect(describeCustomerTurn(text).rebukesIgnorance).toBe(true);
  });

  it('notices the channel the customer asks for', () => {
    expect(describeCustomerTurn('Can you email me the details? I’ll read them tonight.').wantsChannel).toBe('email');
    expect(describeCustomerTurn('Just text me.').wantsChannel).toBe('text');
    expect(describeCustomerTurn('Sounds good.').wantsChannel).toBe(null);
  });

  it('reads the channel a customer asks for against the one they turn down', () => {
    expect(describeCustomerTurn('Email, not post. It’s on my file.').wantsChannel).toBe('email');
    expect(describeCustomerTurn('Post, not email, please; I print everything.').wantsChannel).toBe('post');
    expect(describeCustomerTurn('Not by phone. By email, please.').wantsChannel).toBe('email');
    expect(describeCustomerTurn('By text, please.').wantsChannel).toBe('text');
  });

  it('does not read a report of what happened as a channel request', () => {
    expect(describeCustomerTurn('The invoice never arrived by email, so I rang twice.').wantsChannel).toBe(null);
    expect(describeCustomerTurn('My renewal came through by email last year.').wantsChannel).toBe(null);
  });

  it('returns exactly the contract’s fields', () => {
    expect(Object.keys(signals('Hi')).sort()).toEqual(['agrees', 'asksWhy', 'busy', 'ends', 'firmNo', 'issueIds', 'notNow', 'satisfied'].sort());
  });

  it.each([
    ['empty', ''],
    ['100,000 characters', 'not now '.repeat(12_500)],
    ['emoji', '😡😡😡'],
    ['right-to-left text', 'لا، ليس الآن'],
    ['HTML', '<img src=x onerror=alert(1)>not now'],
  ])('never throws on %s input', (_name, text) => {
    expect(() => classifyCustomerTurn(text, scenario)).not.toThrow();
  });
});

describe('describeCustomerTurn, listening signals', () => {
  const detail = (text: string) => describeCustomerTurn(text, scenario);

  it.each(['Hmm, good question.', 'Oh. That’s interesting.', 'I honestly don’t know yet.', 'Maybe. It depends on work.', 'Could be, we’ll see.'])(
    'reads %j as a hedge, not agreement',
    (text) => {
      expect(detail(text).hedges).toBe(true);
      expect(detail(text).agrees).toBe(false);
    },
  );

  it('does not read a nod that goes on to chase the problem, days and all, as a firm yes to a time', () => {
    const chase = describeCustomerTurn("Good. So when are my cups coming? Friday you said 'as soon as we can'. It's Tuesday.", loadScenario('late-delivery'));
    expect(chase.namesTime).toBe(true);
    expect(chase.agreesStrongly).toBe(false);
    expect(detail('Good, Tuesday works.').agreesStrongly).toBe(true);
  });

  it.each(['OK... but when?', 'Fine, but when?', 'Right. When, though?'])('reads %j as asking for the time, not agreeing', (text) => {
    expect(detail(text).asksSpecifics).toBe(true);
    expect(detail(text).agrees).toBe(false);
  });

  it.each(['OK, interesting, and Thursday works for me.', 'Good question, but yes, book it.'])('still reads %j as agreement', (text) => {
    expect(detail(text).agrees).toBe(true);
  });

  it.each(['I’m going to stop you right there.', 'Let me stop you, what do you want?', 'Can I stop you there?'])('reads %j as cutting the rep off', (text) => {
    expect(detail(text).interrupts).toBe(true);
  });

  it.each(['I haven’t got time for this. Goodbye.', 'This is a waste of my time, I’m hanging up.', 'I’m done with this call. Goodbye.'])(
    'reads %j as an impatient hang-up',
    (text) => {
      expect(detail(text).impatient).toBe(true);
      expect(detail(text).ends).toBe(true);
    },
  );

  it.each(['Yes. Not this week though, I’m snowed under till Friday.', 'Yeah go on, just not till after the launch.'])(
    'reads %j as a yes with a later time, not a brush-off',
    (text) => {
      expect(detail(text).notNow).toBe(false);
      expect(detail(text).agrees).toBe(true);
      expect(detail(text).agreesStrongly).toBe(false);
    },
  );

  it.each(['Yeah, not now, I’m driving.', 'Not this week, sorry.'])('still reads %j as not now', (text) => {
    expect(detail(text).notNow).toBe(true);
  });

  it('reads "at work" as busy only where the customer is now, not as where to bring something or until when', () => {
    expect(detail('im at work, make it quick').busy).toBe(true);
    expect(detail('Just drop them to me at work, the depot on Fifth.').busy).toBe(false);
    expect(detail('I’m at work till 6 so after that’s best.').busy).toBe(false);
  });

  it('reads "I’ve got about five minutes" as time granted, and "only two minutes" as busy', () => {
    expect(detail('I’ve got about five minutes. What’s up?').busy).toBe(false);
    expect(detail('I’ve only got two minutes, go on.').busy).toBe(true);
  });

  it('does not read a noun after "our" as a delay, or "no-shows" as a no', () => {
    const text = 'Not Wednesday, that’s our late clinic. Go on then, book it. The no-shows used to drive me mad.';
    expect(detail(text).agrees).toBe(true);
    expect(detail('Our late clinic is Wednesdays.').complains).toBe(false);
    expect(detail('The delivery was late again.').complains).toBe(true);
  });

  it('reads "nobody told me about that" as greeting news, and "nobody called me back" as a grievance', () => {
    expect(detail('Nobody told me about that. What a pain.').complains).toBe(false);
    expect(detail('Nobody called me back.').complains).toBe(true);
    expect(detail('Nobody ever told me anything about the form.').complains).toBe(true);
  });

  it('reads "I’d rather leave it. Please don’t push." as a firm no, never as "please do"', () => {
    expect(detail('I’d rather leave it. Please don’t push.')).toMatchObject({ firmNo: true, agrees: false });
    expect(detail('Please do, that’d be great.').agrees).toBe(true);
    expect(detail('I’d rather not do Tuesday, Thursday is better.').firmNo).toBe(false);
  });

  it('does not read a request for the confirmation by email as a put-off', () => {
    expect(detail('Great, could you just email me the confirmation?').notNow).toBe(false);
  });

  it('reads "I’ve still got my old car" as having it, and "I still haven’t got my plates" as a complaint', () => {
    expect(detail('Honestly? I’ve still got my old car. I can’t take on a payment till that’s sold.').complains).toBe(false);
    expect(detail('I still haven’t got my plates.').complains).toBe(true);
    expect(detail('We never got the cups.').complains).toBe(true);
  });

  it.each(['Honestly, the reminders have saved us.', 'That’s why I gave you lot a ten.'])('reads %j as satisfied', (text) => {
    expect(detail(text).satisfied).toBe(true);
  });

  it.each(['Just email me something. I have to go.', 'I said no. Get the sizes right first and then we can talk.', 'Fine, I’ll ring you if I change my mind.'])(
    'reads %j as putting the rep off',
    (text) => {
      expect(detail(text).notNow).toBe(true);
    },
  );

  it('does not read "email it and I’ll have a look" beside an agreed time as a put-off', () => {
    expect(detail('Yeah, Thursday at 7’s fine. Email it and I’ll have a look before.').notNow).toBe(false);
  });

  it('does not read a warm goodbye as impatient', () => {
    expect(detail('Thanks, see you Thursday. Bye!').impatient).toBe(false);
  });

  it('lists the days a customer offers', () => {
    expect(detail('Saturdays are my day off, or maybe Sunday.').days).toEqual(['saturday', 'sunday']);
  });
});

describe('describeCustomerTurn on complaints and new faults', () => {
  it.each([
    'I just told you I don’t have my plates, and you’re on to something else?',
    'You’re moving on to something else already?',
    'Hang on, you’re changing the subject.',
    'I literally told you I want the plates sorted first.',
  ])('reads %j as an objection, never as agreement', (text) => {
    const detail = describeCustomerTurn(text, scenario);
    expect(detail.agrees).toBe(false);
    expect(detail.objects).toBe(true);
  });

  it.each(['Saturday at 9? You’re on.', 'You’re on, see you then.'])('still reads %j as agreement', (text) => {
    expect(describeCustomerTurn(text, scenario).agrees).toBe(true);
  });

  it.each([
    'Oh, one more thing while I have you: a service light came on last week.',
    'The engine light keeps coming on.',
    'It’s started making a rattling noise at the back.',
    'The boiler has stopped working again.',
    'Two of the cases arrived damaged.',
  ])('notices %j as a new fault', (text) => {
    expect(describeCustomerTurn(text, scenario).reportsFault).toBe(true);
  });

  it.each(['The car is lovely, no problems at all.', 'The light in the showroom was nice.', "Tuesday doesn't work, I'm at work late."])(
    'does not read %j as a fault',
    (text) => {
      expect(describeCustomerTurn(text, scenario).reportsFault).toBe(false);
    },
  );
});

describe('describeCustomerTurn, asking to hear more', () => {
  it.each(['Go on then, what does it actually cover?', "Yeah I've got time, tell me more.", 'How would that work with the vans?', 'walk me thru it'])(
    'reads %j as inviting a longer answer',
    (text) => {
      expect(describeCustomerTurn(text, scenario).invitesDetail).toBe(true);
    },
  );

  it.each(['Sorry?', 'OK.', "Who's this?", 'Fine, Thursday.'])('does not read %j as inviting a longer answer', (text) => {
    expect(describeCustomerTurn(text, scenario).invitesDetail).toBe(false);
  });
});

describe('sent away, or told to stop', () => {
  it('reads "Just email it me" as putting the rep off, not as taking an offer, and "email it over" as taking it', () => {
    expect(describeCustomerTurn('Just email it me, I’m driving.', scenario)).toMatchObject({ notNow: true, agreesStrongly: false });
    expect(describeCustomerTurn('Yes, email it over.', scenario).agreesStrongly).toBe(true);
  });

  it('reads "Don’t push your luck" as pushing back on where the call is going', () => {
    expect(describeCustomerTurn('My cups aren’t even here yet. Don’t push your luck.', scenario).objects).toBe(true);
  });

  it('hears praise in "ten out of ten", "a nice surprise", "thanks, really" and "the first useful call"', () => {
    for (const text of [
      'I gave your survey ten out of ten and I meant it.',
      'Well, that’s a nice surprise.',
      'Thanks, really.',
      'That’s the first useful call I’ve had from you.',
    ])
      expect(describeCustomerTurn(text, scenario).satisfied, text).toBe(true);
  });

  it('does not hear "while you’re on" as agreeing, and still hears "you’re on"', () => {
    expect(describeCustomerTurn('And while you’re on, two cases last time were large instead of medium.', scenario).agrees).toBe(false);
    expect(describeCustomerTurn('Thursday at ten? You’re on.', scenario).agrees).toBe(true);
  });

  it('hears "put it down, and ring me after to check" as a yes, and "ring me after the launch" as a put-off', () => {
    expect(describeCustomerTurn('Fine. Put it down, and ring me after to check.', scenario)).toMatchObject({ agrees: true, notNow: false });
    expect(describeCustomerTurn('Ring me after the launch.', scenario).notNow).toBe(true);
  });

  it('hears the address for a drop-off ("I’m at work, the Dalton building on Fifth") as an answer, not as busy', () => {
    expect(describeCustomerTurn('Seriously? I’m at work, the Dalton building on Fifth. There’s a lot out back.', scenario).busy).toBe(false);
    expect(describeCustomerTurn('I’m at work, can’t talk.', scenario).busy).toBe(true);
  });
});
