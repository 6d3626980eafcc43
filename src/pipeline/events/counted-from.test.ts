import { describe, expect, it } from 'vitest';
import { extractOne, readOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day status". */
const dated = (published: string, ...paragraphs: string[]): string[] => extractOne(published, `${paragraphs.join('\n\n')}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`);

// Monday 13 May 2058: the Sunday is the 12th, the Wednesday ahead the 15th, the one gone by the 8th.
const SUNDAY_TALKS = 'The UN envoy Marta Lindqvist held talks with the government in Ardan on Sunday.';

describe('"that day": the day the story has just told of', () => {
  it('dates a meeting "that day" by the day before it, not by a later clause’s day nor the story’s', () => {
    const wrong = ['meeting 2058-05-13 occurred', 'meeting 2058-05-15 planned', 'meeting 2058-05-08 occurred'];
    for (const told of [
      'Lindqvist met President Karim Ostad in Ardan that day and is due to travel on to Sefid on Wednesday, the office said in a statement.',
      'She also met Foreign Minister Nadia Sarem that day and is to fly on to Sefid on Wednesday.',
      'She also met Foreign Minister Nadia Sarem on the same day, and she will go on to Sefid on Wednesday, a spokesman said.',
    ]) {
      const events = dated('2058-05-13', SUNDAY_TALKS, told);
      expect(events).toContain('talks 2058-05-12 occurred');
      for (const w of wrong) expect(events).not.toContain(w);
    }
  });

  it('leaves a meeting on a day of its own on that day', () => {
    expect(dated('2058-05-13', SUNDAY_TALKS, 'She met Foreign Minister Nadia Sarem in Ardan on Wednesday.')).toContain('meeting 2058-05-08 occurred');
  });
});

describe('a telling recorded one day and made public on another', () => {
  // Sunday 1 April 2057: the Wednesday is 28 March, the day after it the 29th.
  it('counts "the next day" from the day of the telling, not the day it was broadcast or published', () => {
    for (const told of [
      'In an interview recorded on Wednesday and broadcast on Sunday, Goran Petrov said he would meet the Albanian prime minister in Ohrid the next day.',
      'Goran Petrov, speaking in an interview recorded on Wednesday and aired on Sunday, said he would meet the Albanian prime minister in Ohrid the following day.',
      'In remarks on Wednesday that were published by the state agency on Sunday, Petrov said he would hold talks with the Albanian prime minister in Ohrid the next day.',
    ]) {
      expect(dated('2057-04-01', told).map((e) => e.split(' ')[1])).toEqual(['2057-03-29']);
    }
  });

  it('counts from the day of a telling made that day', () => {
    expect(dated('2057-04-01', 'Petrov said on Sunday that he would meet the Albanian prime minister in Ohrid the next day.')).toEqual(['meeting 2057-04-02 planned']);
  });
});

describe('a plan counted from a journey’s day ahead', () => {
  // Monday 13 May 2058: the Wednesday ahead is the 15th, the day after it the 16th; the Wednesday gone by the 8th.
  it('counts "the following day" from the day the journey is due, past a place told by a participle adjective ("rebel-held")', () => {
    for (const told of [
      ['Lindqvist met Ostad in Ardan on Sunday and is due to travel on to the rebel-held city of Sefid on Wednesday.', 'A meeting with rebel commanders there is planned for the following day.'],
      ['She will fly to the government-held port of Qalat on Wednesday.', 'Talks with the governor are set for the next day.'],
      ['The envoy is to visit the army-held town of Sefid on Wednesday, and a meeting with the mayor is planned for the day after.'],
    ]) {
      const events = dated('2058-05-13', told.join(' '));
      expect(events.filter((e) => e.endsWith('planned')).map((e) => e.split(' ')[1])).toContain('2058-05-16');
      expect(events.join(' ')).not.toMatch(/2058-05-0[89]/);
    }
  });

  it('leaves a day the rebels held a town on in the past', () => {
    expect(dated('2058-05-13', 'Rebels held Sefid on Wednesday. A meeting with the commanders was held there the following day.')).toContain('meeting 2058-05-09 occurred');
  });
});

describe('a day counted from a date the sentence names for another thing', () => {
  // Wednesday 8 May 2058.
  it('counts the event’s day from the named date ("the day before the summit on June 12"), whichever side of the date the event stands', () => {
    for (const [told, expected] of [
      ["Lund and de Wit are due to meet again the day before the Northern Council summit on June 12, Lund's spokesman said.", 'meeting 2058-06-11 planned'],
      ['The two foreign ministers will hold talks in Skarholm on the eve of the June 12 summit.', 'talks 2058-06-11 planned'],
      ['Envoys of both sides met in Ardan two days before the May 6 ceasefire deadline.', 'meeting 2058-05-04 occurred'],
      ['The day before the June 12 summit, the two prime ministers will meet in Skarholm.', 'meeting 2058-06-11 planned'],
    ] as const) {
      expect(dated('2058-05-08', told)).toContain(expected);
    }
  });

  it('leaves an event its own day when the counted day is said of it after a comma', () => {
    expect(dated('2058-05-08', 'The two prime ministers met in Bergvik on May 2, the day before the May 3 deadline.')).toEqual(['meeting 2058-05-02 occurred']);
  });
});

describe('a day counted from the day the sentence before names', () => {
  // Wednesday 15 May 2058.
  it('counts "two days later" from a day the sentence before names for something that is no event', () => {
    for (const [told, expected] of [
      ['The standoff began on May 2 when protesters blocked the airport road. Two days later, the UN envoy Marta Lindqvist met President Karim Ostad in Ardan.', 'meeting 2058-05-04 occurred'],
      ['Protests erupted in Ardan on May 2. A week later, Lindqvist held talks with the opposition there.', 'talks 2058-05-09 occurred'],
      ['The ceasefire collapsed on Sunday, May 5. Lindqvist met Ostad in Ardan three days later.', 'meeting 2058-05-08 occurred'],
    ] as const) {
      expect(dated('2058-05-15', told)).toEqual([expected]);
    }
  });

  it('counts from the event its paragraph has dated, not a day ahead the sentence between names', () => {
    expect(dated('2058-05-15', 'Lindqvist met Ostad in Ardan on May 2. The truce is due to expire on May 20. Two days later she held talks with the rebels.')).toContain('talks 2058-05-04 occurred');
  });
});

describe('a weekday counted from an event the sentence’s own subordinate clause names', () => {
  // Monday 13 May 2058: the Sunday gone by is the 12th, the Thursday ahead the 16th.
  const story = ['Foreign Minister Nadia Sarem met the UN envoy in Ardan on Sunday.', 'The two sides’ negotiators will hold talks in Oslo on Thursday, the ministry said.'];
  it('counts "the following <weekday>" from the named event’s day, not from the story’s first day', () => {
    for (const [told, day] of [
      ['If the talks in Oslo go well, the ministers are due to meet in Bergen the following Monday, an official said.', '2058-05-20'],
      ['Once the talks in Oslo are over, the two presidents plan to hold a summit the following Wednesday.', '2058-05-22'],
    ] as const) {
      const days = dated('2058-05-13', ...story, told).map((e) => e.split(' ')[1]);
      expect(days).toContain(day);
      expect(days).toContain('2058-05-16');
    }
  });

  it('leaves a counted weekday whose sentence names no event in a subordinate clause', () => {
    expect(dated('2058-05-13', ...story, 'The ministers are due to meet in Bergen the following Monday, an official said.').map((e) => e.split(' ')[1])).not.toContain('2058-05-20');
  });
});

describe('a day counted from an event the clause names by its noun, told before with its day', () => {
  // Thursday 10 March 2061: the Friday gone by is the 4th, the Monday the 28th of February.
  it('counts from the day the sentence before gives that event, before or after the main clause', () => {
    const signed = 'The accord on river navigation was signed in Selvig on Friday.';
    expect(dated('2061-03-10', `${signed} Five days after the accord was signed, the transport ministers of Korvia and Estmark met in Tallen.`)).toContain('meeting 2061-03-09 occurred');
    expect(dated('2061-03-10', `${signed} The transport ministers of Korvia and Estmark met in Tallen five days after the accord was signed.`)).toContain('meeting 2061-03-09 occurred');
  });

  it('counts from an earlier event of that noun, in another outlet’s wording, and keeps the named event on its own day', () => {
    const events = dated('2061-03-10', 'The Selvig summit closed on Monday, February 28.', 'A week after the summit ended, its host, President Kasimir Ondrel, received the Ostrian foreign minister, Ivo Marek, in the capital.');
    expect(events).toContain('meeting 2061-03-07 occurred');
    expect(events).not.toContain('summit 2061-03-10 occurred');
  });

  it('counts a plan from a planned day', () => {
    expect(dated('2061-03-10', 'The vote is set for Sunday. Two days after the vote, the new parliament will meet in Brenn.')).toContain('meeting 2061-03-15 planned');
  });

  it('counts from the day told of the same happening by another word ("the truce" after "The ceasefire", "the vote" after "a referendum")', () => {
    // A relief agency's bulletin: the Sunday gone by is the 6th; three days into it is the 9th.
    expect(dated('2061-03-10', 'The ceasefire between Korvia and Estmark came into force on Sunday. Three days into the truce, the two sides exchanged 12 prisoners at the Tallen bridge.')).toContain('exchange 2061-03-09 occurred');
    // A diaspora weekly: two days after Sunday's referendum is Tuesday the 8th.
    expect(dated('2061-03-10', 'Voters in Dorvia backed the new charter in a referendum on Sunday. Two days after the vote, President Kasimir Ondrel met the opposition leaders in Brenn.')).toContain('meeting 2061-03-08 occurred');
  });

  it('counts from the day one was elected or voters went to the polls ("a week after the election", "the day after the election")', () => {
    // A think-tank digest: a week after 25 February is 4 March.
    expect(dated('2061-03-10', 'Lena Marr was elected president of Estmark on 25 February. A week after the election, she held talks with the Korvian premier in Tallen.')).toContain('talks 2061-03-04 occurred');
    // A local weekly: the day after Sunday the 6th is Monday the 7th.
    expect(dated('2061-03-10', 'Voters went to the polls in Ostria on Sunday. The day after the election, the outgoing premier met the winner, Dana Ferro, at the chancellery.')).toContain('meeting 2061-03-07 occurred');
  });

  it('counts from the day of a runoff told before ("ten days after the vote", "a week after the election")', () => {
    // A radio bulletin of Thursday 10 March 2061: ten days after the runoff of 20 February is 2 March.
    expect(dated('2061-03-10', 'In the runoff on 20 February, Dana Ferro beat the governor by four points. Ten days after the vote, Ferro met the outgoing president in Brenn.')).toContain('meeting 2061-03-02 occurred');
    // A weekly: a week after Sunday's runoff (the 6th) is Sunday the 13th, ahead.
    expect(dated('2061-03-10', 'Ostria chose its mayor in Sunday’s runoff. A week after the election, the new mayor will meet the council.')).toContain('meeting 2061-03-13 planned');
  });

  it('does not count from a happening of another sort ("the truce" is not "the election")', () => {
    expect(dated('2061-03-10', 'Voters went to the polls in Ostria on Sunday. Three days into the truce, the two envoys met in Selvig.')).not.toContain('meeting 2061-03-09 occurred');
  });

  it('leaves the nearest day when no earlier sentence names the event counted from', () => {
    expect(dated('2061-03-10', 'The ministers met in Tallen on Friday. Five days after the memorandum was signed, their deputies met in Selvig.')).not.toContain('meeting 2061-03-09 occurred');
  });
});

describe('a day told by its place in a stay ("on the second day of her visit")', () => {
  // Thursday 10 March 2061: Monday the 7th, Tuesday the 8th.
  it('counts from the first day the sentence gives the stay, not the news day', () => {
    expect(dated('2061-03-10', 'On the second day of her visit to Harvik, which began on Tuesday, Foreign Minister Petra Vallo met the city mayor.')).toContain('meeting 2061-03-09 occurred');
  });

  it('counts from a stay an earlier sentence tells with its day, its last day by its length', () => {
    expect(dated('2061-03-10', 'Premier Aino Lasker began a three-day visit to Dorvia on Monday. On the last day of the visit she met President Kasimir Ondrel.')).toContain('meeting 2061-03-09 occurred');
    expect(dated('2061-03-10', 'Premier Aino Lasker arrived in Dorvia on Monday for a four-day trip. On the third day of her trip, she held talks with President Kasimir Ondrel in Brenn.')).toContain('talks 2061-03-09 occurred');
  });

  it('leaves a day the sentence gives its event', () => {
    expect(dated('2061-03-10', 'Premier Aino Lasker met President Kasimir Ondrel on Tuesday, the second day of a three-day visit to Dorvia.')).toContain('meeting 2061-03-08 occurred');
  });
});

// Thursday 16 March 2062: Monday the 13th, Wednesday the 15th; 20 to 22 March the Monday to Wednesday ahead.
describe('a day of a stay told in an earlier paragraph', () => {
  it('counts "the third day of her trip" from the arrival a paragraph before, in either wording', () => {
    expect(dated('2062-03-16', 'Foreign Minister Ida Lund arrived in Dorvia on Monday for a four-day trip.', 'On the third day of her trip, Lund met President Aron Vest in Kessel.')).toEqual(['meeting 2062-03-15 occurred']);
    expect(dated('2062-03-16', 'The trade envoy Ola Brandt began a five-day tour of the northern ports on Monday, his office said.', 'Local officials welcomed the visit.', 'On the second day of the tour, Brandt held talks with harbour chiefs in Vessa.')).toContain('talks 2062-03-14 occurred');
  });
});

describe('what a sentence set inside a dated stay tells', () => {
  it('takes the stay’s days, as a plan when the stay is one', () => {
    expect(dated('2062-03-16', 'MERVA, 16 March (National Information Agency) — President Arvid Kallas will pay a state visit to the country from 20 to 22 March. Within the framework of the visit, the heads of state will hold talks in narrow and expanded formats.')).toContain('talks 2062-03-20/2062-03-22 planned');
    expect(dated('2062-03-16', 'President Ola Brandt arrived in Korvia on Monday for a three-day state visit.', 'During the visit, Brandt held talks with Premier Tomas Hale.')).toContain('talks 2062-03-13/2062-03-15 occurred');
  });

  it('leaves a sentence not set inside the stay to its own reading', () => {
    expect(dated('2062-03-16', 'President Ola Brandt arrived in Korvia on Monday for a three-day state visit.', 'After the visit, Brandt will hold talks with Premier Tomas Hale.')).not.toContain('talks 2062-03-13/2062-03-15 planned');
  });
});

describe('a gathering told by one of its days, with no day of its own', () => {
  it('runs from its first day to the news day, in either wording', () => {
    expect(dated('2062-03-16', 'Live: Northern Rim summit, day two\n09:42 Leaders have arrived at the Halden conference centre for the second day of the Northern Rim summit.')).toContain('summit 2062-03-15/2062-03-16 occurred');
    expect(dated('2062-03-16', 'Negotiators went into the third day of talks in Geneva, with no sign of a deal.')).toContain('talks 2062-03-14/2062-03-16 occurred');
  });

  it('keeps a day the sentence gives', () => {
    expect(dated('2062-03-16', 'The summit entered its third day on Monday.')).toEqual(['summit 2062-03-13 occurred']);
  });
});

describe('a happening a sequence verb sets before another ("followed talks … a week earlier")', () => {
  // Monday 13 May 2058: the Saturday is the 11th, a week before it the 4th; the Friday is the 10th.
  const SATURDAY_MEETING = 'Envoy Marta Lindqvist met President Karim Ostad in Ardan on Saturday.';
  const RESIGNED_FRIDAY = 'His chief of staff resigned on Friday after a raid on his home.';
  it('keeps the two gatherings apart and counts the object from the day of the one its subject points back at, not from the last day told', () => {
    for (const [told, day] of [
      ['The Ardan meeting followed talks in Sefid a week earlier.', '2058-05-04'],
      ['The meeting came on the heels of talks in Sefid and followed a round of consultations in Qalat two days earlier.', '2058-05-09'],
      ['That meeting was preceded by talks in Sefid three days earlier, officials said.', '2058-05-08'],
    ] as const) {
      const events = dated('2058-05-13', `${SATURDAY_MEETING} ${RESIGNED_FRIDAY}`, told);
      expect(events).toContain('meeting 2058-05-11 occurred');
      expect(events.some((e) => e.endsWith(`${day} occurred`) && /^(?:talks|meeting)/.test(e))).toBe(true);
      // Counted from the Friday of the resignation, the last day told, it would fall on the 3rd, 8th or 7th.
      expect(events.filter((e) => /^(?:talks|meeting)/.test(e))).toHaveLength(2);
    }
  });

  it('still counts a gathering with no sequence verb from the last day the story told', () => {
    expect(dated('2058-05-13', `${SATURDAY_MEETING} ${RESIGNED_FRIDAY} Lindqvist met the rebel commanders a week earlier.`)).toContain('meeting 2058-05-03 occurred');
  });
});

describe('a count from a gathering named by its place ("two days before the Berlin meeting")', () => {
  // Friday 20 May 2058: the consultations were on the 18th, two days before them the 16th.
  it('counts from the gathering told before with that place, whatever its noun, not from a later day the story names', () => {
    for (const told of [
      ['The consultations in Ardan on 18 May were the first in two years.', 'Ostad needs Sefid on side before the council on 17 June. That is why he flew to Qalat to see President Karim Haddad two days before the Ardan meeting.'],
      ['Talks in Ardan on 18 May ended without a text.', 'A day after the Ardan round, the envoy met President Karim Haddad in Qalat.'],
    ]) {
      const events = dated('2058-05-20', ...told);
      expect(events.some((e) => e.startsWith('talks 2058-05-18'))).toBe(true);
      expect(events.filter((e) => e.startsWith('meeting')).map((e) => e.split(' ')[1])).toEqual([told[1]!.includes('two days before') ? '2058-05-16' : '2058-05-19']);
    }
  });

  it('still counts from the day told with the noun itself when the count names no place ("a week after the summit ended")', () => {
    expect(dated('2058-05-20', 'The summit closed in Ardan on 12 May.', 'A week after the summit ended, its host received President Karim Haddad.')).toContain('meeting 2058-05-19 occurred');
  });
});

describe('a saying made right after a happening the article dates ("said after the vote")', () => {
  // Monday 13 May 2058: the Sunday is the 12th, the Thursday gone by the 9th. Speakers the test gazetteer knows.
  it('takes that happening’s day, not the day the sentence before names nor the news day', () => {
    // A wire story: the vote told with its tally; the sentence between names another day.
    expect(dated('2058-05-13', 'The Rada voted 300 to 80 on Thursday to ratify the accord.', 'The opposition had walked out on Tuesday. Zelenskyy said in a televised address after the vote that the country had chosen peace.')).toContain('statement 2058-05-09 occurred');
    // A regional paper: the election told by its participle, the saying a paragraph on.
    expect(dated('2058-05-13', 'Parliament elected Rustem Umerov as speaker on Thursday.', 'Umerov told reporters following the election that he would stand above the parties.')).toContain('statement 2058-05-09 occurred');
  });

  it('leaves a saying with a day of its own on it', () => {
    expect(dated('2058-05-13', 'The Rada voted 300 to 80 on Thursday to ratify the accord.', 'Zelenskyy said on Saturday, after the vote, that the country had chosen peace.')).toContain('statement 2058-05-11 occurred');
  });
});

describe('a happening whose clause ends on the one it came right after ("hosted a dinner … after the talks")', () => {
  // Monday 13 May 2058: the Saturday is the 11th, the Thursday the 9th.
  it('takes that happening’s day, not the news day', () => {
    const events = dated('2058-05-13', 'Marta Lindqvist and Karim Ostad held talks in Ardan on Saturday.', 'Ostad hosted a dinner for Lindqvist and her husband, Jon Berg, after the talks.');
    expect(events).toContain('other 2058-05-11 occurred');
    expect(events).not.toContain('other 2058-05-13 occurred');
    expect(dated('2058-05-13', 'Marta Lindqvist and Karim Ostad held talks in Ardan on Thursday.', 'Lindqvist laid a wreath at the war memorial following the talks.')).toContain('other 2058-05-09 occurred');
  });

  it('takes the day of the gathering its article told by another noun ("after the talks" of a summit)', () => {
    expect(dated('2058-05-13', 'Presidents Lindqvist and Ostad held a summit in Ardan on Saturday.', 'Ostad hosted a dinner for his guest after the talks.')).toContain('other 2058-05-11 occurred');
  });

  it('leaves a happening with a day of its own, or counted from the other, on that day', () => {
    const talks = 'Marta Lindqvist and Karim Ostad held talks in Ardan on Thursday.';
    expect(dated('2058-05-13', talks, 'Ostad hosted a dinner for Lindqvist on Saturday, after the talks.')).toContain('other 2058-05-11 occurred');
    expect(dated('2058-05-13', talks, 'Ostad hosted a dinner for Lindqvist two days after the talks.')).toContain('other 2058-05-11 occurred');
  });
});

describe('a count from a happening named by the noun of its kind or by a fortnight', () => {
  // Monday 13 May 2058; the call of 15 August is last year's.
  it('counts from an event told by its verb when the count names it by its kind ("The day after the call,")', () => {
    const events = dated('2058-05-13', 'Trump and Putin spoke by phone on 15 August.', 'The day after the call, Zelenskyy met Umerov in Kyiv. Two days after the call, Umerov met Witkoff in Geneva.');
    expect(events).toContain('meeting 2057-08-16 occurred');
    expect(events).toContain('meeting 2057-08-17 occurred');
  });

  it('counts a fortnight as fourteen days, after the happening named or the last one told', () => {
    expect(dated('2058-05-13', 'Zelenskyy and Trump held talks in Geneva on 3 March.', 'A fortnight after the talks, Zelenskyy and Trump spoke by phone.')).toContain('call 2058-03-17 occurred');
    expect(dated('2058-05-13', 'Zelenskyy and Trump held talks in Geneva on 3 March. A fortnight later, Umerov met Witkoff in Kyiv.')).toContain('meeting 2058-03-17 occurred');
  });
});

describe('a saying inside what a counted gerund acts on', () => {
  // A paper of Monday 13 May 2058, its names read as an article's are.
  const read = (body: string): string[] => readOne('2058-05-13', `${body}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`);

  it('is no statement of the day counted to', () => {
    expect(read('Governor Aram Tesk was sworn in this morning, six weeks after winning a race his rival Ana Ruiz still says was rigged.').filter((e) => e.startsWith('statement'))).toEqual([]);
    expect(read('Governor Aram Tesk beat Ana Ruiz in March. He was sworn in this morning, six weeks after winning a runoff his opponent still says was stolen.').filter((e) => e.startsWith('statement'))).toEqual([]);
  });

  it('but the gerund’s own saying is', () => {
    expect(read('Mayor Ilse Varga resigned on Friday, two days after saying that the deal was rushed.')).toContain('statement 2058-05-08 occurred');
  });
});
