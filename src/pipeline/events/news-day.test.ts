import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day status". */
const dated = (published: string, body: string): string[] => extractOne(published, `${body}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`);

// Wednesday 8 May 2058: the Sunday before it is the 5th.
const TOLD_LONG_AGO: [string, string][] = [
  ['Ten years ago today, the leaders of Nordmark and Velsland signed the Skarholm treaty.', 'other 2048-05-08 occurred'],
  ['It was exactly 25 years ago today that Nordmark and Velsland signed the Skarholm treaty.', 'other 2033-05-08 occurred'],
  ['A decade ago today, Lund and de Wit met in Skarholm.', 'meeting 2048-05-08 occurred'],
  ['On this day ten years ago, the presidents of Nordmark and Velsland met in Oslo.', 'meeting 2048-05-08 occurred'],
  ['Five years ago on Sunday, the foreign ministers of Nordmark and Velsland signed the fisheries accord.', 'other 2053-05-05 occurred'],
];

describe('a day told as so long ago (an anniversary)', () => {
  it.each(TOLD_LONG_AGO)('dates “%s” that many years back, not on the story’s day', (text, event) => {
    expect(dated('2058-05-08', text)).toEqual([event]);
  });

  it('leaves a meeting of today counted from an old one on today', () => {
    expect(dated('2058-05-08', 'Lund and de Wit met in Skarholm today, ten years after the treaty was signed.')).toEqual(['meeting 2058-05-08 occurred']);
  });
});

describe('a weekday counted from the story’s day, opening a paragraph', () => {
  const inParagraphs = (published: string, ...paragraphs: string[]): string[] => extractOne(published, `${paragraphs.join('\n\n')}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`);
  // Wednesday 17 April 2058: the Tuesday is the 16th, the Friday before it the 12th.
  const LEDE = 'The fisheries ministers of Nordmark and Velsland met in Bergvik on Tuesday and agreed to extend their quota accord.';
  const BACKGROUND = 'The two ministers first met in Halden on March 12, and a second round of talks in Tarnby on March 28 ended without agreement.';
  it('counts "the previous Friday" in a paragraph of its own from the day of the story’s news, not from background told between', () => {
    for (const [told, expected] of [
      ['The breakthrough, according to a senior official, came in a phone call between the two ministers the previous Friday.', 'call 2058-04-12 occurred'],
      ['The two ministers had spoken by phone the previous Sunday, an aide said.', 'call 2058-04-14 occurred'],
      ['Their deputies met in Skarholm the preceding Friday to prepare the text.', 'meeting 2058-04-12 occurred'],
    ] as const) {
      expect(inParagraphs('2058-04-17', LEDE, BACKGROUND, told)).toContain(expected);
    }
  });

  it('counts "the previous day" in a paragraph of its own from the day of the story’s news too, not from the day of writing', () => {
    expect(inParagraphs('2058-04-17', LEDE, BACKGROUND, 'Both ministers had flown in from Halden, where their deputies had held talks the previous day.')).toContain('talks 2058-04-15 occurred');
    expect(inParagraphs('2058-04-17', LEDE, BACKGROUND, 'The coast guards of the two countries met in Tarnby the previous day to settle the patrol lines.')).toContain('meeting 2058-04-15 occurred');
  });

  it('counts from a day its own paragraph names', () => {
    expect(inParagraphs('2058-04-17', LEDE, `${BACKGROUND} Their deputies had met in Skarholm the previous Friday.`)).toContain('meeting 2058-03-22 occurred');
  });
});

describe('a part of the week told from the story’s day ("later that week")', () => {
  // Thursday 10 March 2061: the week of Tuesday 1 March runs from Monday 28 February to Sunday 6 March.
  const spanOf = (body: string, kind: string): string[] => extractOne('2061-03-10', `${body}\n`).candidates.filter((c) => c.kind === kind).map((c) => `${c.date.start}/${c.date.end}`);

  it('keeps the days of that week after the story’s day, in either outlet’s wording', () => {
    expect(spanOf('Rolf Ekdahl held talks with Ivo Marek in Brenn on Tuesday, March 1. Later that week he had an audience with King Alaric in Marrow.', 'meeting')).toEqual(['2061-03-02/2061-03-06']);
    expect(spanOf('The envoy Sara Lindqvist met the Korvian president in Selvig on Tuesday, March 1. Later the same week she held talks with the Estmark premier.', 'talks')).toEqual(['2061-03-02/2061-03-06']);
  });

  it('keeps the days before it for "earlier that week"', () => {
    expect(spanOf('The envoy met the rebels in Sefid on Thursday, March 3. Earlier that week she had held talks with the governor in Ardan.', 'talks')).toEqual(['2061-02-28/2061-03-02']);
  });
});

describe('a live entry telling a present state of completion ("is complete", "is over")', () => {
  // Thursday 10 March 2061.
  it('is the news of the entry’s day', () => {
    expect(dated('2061-03-10', '15:10 — The prisoner swap is complete: Korvia has handed over 30 Estmark soldiers and received 30 of its own at the Tallen bridge.')).toContain('exchange 2061-03-10 occurred');
    expect(dated('2061-03-10', 'Update: The meeting between Premier Aino Lasker and President Kasimir Ondrel is over, their aides say.')).toContain('meeting 2061-03-10 occurred');
  });

  it('is no news when the state is one still awaited ("is over by Friday", "will be complete")', () => {
    expect(dated('2061-03-10', 'The prisoner swap will be complete by Friday, Korvian officials hope.')).not.toContain('exchange 2061-03-10 occurred');
  });
});

describe('a newsletter’s day heading with no year ("Monday, March 4" and its bullets)', () => {
  // Friday 8 March 2058: the Monday before it is the 4th, the Tuesday the 5th.
  const bulletin = (...lines: string[]): string[] => extractOne('2058-03-08', `${lines.join('\n\n')}\n`).candidates.map((c) => `${c.kind} ${c.date.value}`);

  it('gives the bullets below it its day, not the day the newsletter went out', () => {
    expect(bulletin('THE WEEK IN DIPLOMACY', 'Monday, March 4', '- The foreign ministers of Estmark and Vell met in Orsa to discuss the border.', 'TUESDAY 5 MARCH', '• President Tomas Kral spoke by phone with Prime Minister Ana Ruiz.')).toEqual(['meeting 2058-03-04', 'call 2058-03-05']);
    expect(bulletin('Your morning digest', 'Tuesday 5 March', '* The two delegations held talks in Geneva.')).toEqual(['talks 2058-03-05']);
  });

  it('is no heading when the line says more than its day', () => {
    expect(bulletin('Monday, March 4 was a quiet day.', 'The two delegations held talks in Geneva.')).toEqual(['talks 2058-03-08']);
  });
});

describe('the day in force under a head: a planner’s day heading, a diary’s weekday, an entry’s clock time', () => {
  const lines = (published: string, ...paragraphs: string[]): string[] => extractOne(published, `${paragraphs.join('\n\n')}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`);
  // Monday 4 March 2058: a forward planner of the days after it.
  it('dates a planner’s items by the day heading above them, though the day is still to come and the items are told in the present', () => {
    expect(lines('2058-03-04', 'PLANNING DIARY', 'TUESDAY 5 MARCH', '10:00 Orsa — President Tomas Kral holds talks with Prime Minister Ana Ruiz.', 'WEDNESDAY 6 MARCH', '14:30 Parliament House — President Zelenskyy addresses both chambers of parliament.')).toEqual(['talks 2058-03-05 planned', 'statement 2058-03-06 planned']);
    expect(lines('2058-03-04', 'Thursday, March 7', '09:15 Vell — The foreign ministers of Estmark and Vell meet at the border crossing.')).toEqual(['meeting 2058-03-07 planned']);
  });
  it('takes no heading of a day more than a week ahead', () => {
    expect(lines('2058-03-04', 'Tuesday 26 March', '10:00 Orsa — The two delegations hold talks.')).not.toContain('talks 2058-03-26 planned');
  });
  // Saturday 9 March 2058: the Tuesday before it is the 5th, the Thursday the 7th.
  it('dates a diary’s entry by the weekday line above it, the last such day up to the article’s', () => {
    expect(lines('2058-03-09', 'Tuesday', 'In the morning the two foreign ministers held talks in Orsa.', 'Thursday', 'At noon the leaders sat side by side for a video call with the Estmark premier.').sort()).toEqual(['call 2058-03-07 occurred', 'talks 2058-03-05 occurred']);
  });
  it('reads no weekday line of a diary of the week ahead as a day gone by', () => {
    expect(lines('2058-03-09', 'The week ahead', 'Tuesday', 'The two foreign ministers hold talks in Orsa.')).not.toContain('talks 2058-03-05 occurred');
  });
  // Wednesday 6 March 2058: a reporter's thread of the day, its posts numbered, each with its clock time.
  it('dates a thread post or a live entry told in the present by its day, wherever it stands', () => {
    const filler = Array.from({ length: 9 }, (_, i) => `${i + 1}/ Smoke is still rising over the old town, post ${i + 1}.`);
    expect(lines('2058-03-06', ...filler, '10/ 21:40 — Premier Aino Lasker and President Kasimir Ondrel hold talks at the border post.')).toEqual(['talks 2058-03-06 occurred']);
    expect(lines('2058-03-06', ...filler, '18:05 GMT — Lasker and Ondrel meet at the border post, their aides say.')).toEqual(['meeting 2058-03-06 occurred']);
  });
  it('leaves undated a present told after the entry’s item, and a custom told in an entry', () => {
    expect(lines('2058-03-04', 'TUESDAY 5 MARCH', '09:00 Orsa — Ceremony at the palace. The first summit between the two governments since Tarnby in 2051.')).toEqual([]);
    expect(lines('2058-03-06', '11:20 — The two ministers meet once a month in Orsa.')).toEqual([]);
  });
});

describe('the day in force from the paragraph before: a question’s day for its answer, a day’s part told on', () => {
  const lines = (published: string, ...paragraphs: string[]): string[] => extractOne(published, `${paragraphs.join('\n\n')}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`);
  // Saturday 9 March 2058: the Monday before it is the 4th, the Tuesday the 5th, the Thursday the 7th.
  it('dates an answer’s act by the day its question names', () => {
    expect(lines('2058-03-09', 'Q: On Tuesday the minister flew to Orsa. What did she do there?', 'A: It was a long day. She held talks with the Estmark premier in the afternoon.')).toContain('talks 2058-03-05 occurred');
    expect(lines('2058-03-09', 'Q: And on Thursday you went on to Tarnby?', 'A: Yes. In the evening the minister spoke by phone with President Zelenskyy from the hotel.')).toContain('call 2058-03-07 occurred');
  });
  it('keeps an answer’s own day', () => {
    expect(lines('2058-03-09', 'Q: On Tuesday you were in Orsa. And before that?', 'A: On Monday I held talks with the premier in Tarnby.')).toEqual(['talks 2058-03-04 occurred']);
  });
  it('dates a paragraph opening on a part of the day by the day the paragraph before narrated', () => {
    expect(lines('2058-03-09', 'The summit opened in Orsa on Thursday with a speech by its host.', 'In the afternoon its host spoke by phone with President Zelenskyy.')).toContain('call 2058-03-07 occurred');
    expect(lines('2058-03-09', 'The delegations reached Tarnby on Tuesday.', 'In the evening the envoy met the mayor at the town hall.')).toContain('meeting 2058-03-05 occurred');
  });
  it('dates a time of that day opening a paragraph by the happening told before it, though a quotation between names no day', () => {
    const signing = 'The presidents of Estmark and Velsland signed a border accord in Orsa on Thursday.';
    const quoted = '"We have waited thirty years for this," the Estmark president said at the ceremony.';
    expect(lines('2058-03-09', 'x', signing, quoted, 'Earlier in the morning, the leaders of the Northern League admitted Velsland as the bloc\'s ninth member.')).toContain('other 2058-03-07 occurred');
    expect(lines('2058-03-09', 'x', signing, quoted, 'That afternoon, the Velsland president spoke by phone with President Zelenskyy.')).toContain('call 2058-03-07 occurred');
  });

  it('dates a saying opening a paragraph late or early in a day it does not name by the happening told before it, not by the news day', () => {
    // Monday 11 March 2058: the talks were on Sunday the 10th; a day the paragraph before names for a side meeting is not the story's.
    const talks = 'Police closed the lakeside road for most of Sunday as the Estmark and Velsland delegations met at the Orsa mission.';
    const aside = 'Advisers from Tarnby held their own meetings with the Velsland side at a hotel on Saturday.';
    expect(lines('2058-03-11', talks, aside, 'Late in the evening, Umerov told reporters that the day had been the most productive so far.')).toContain('statement 2058-03-10 occurred');
    expect(lines('2058-03-11', talks, aside, 'Early in the morning, Witkoff told reporters that the talks had gone well.')).toContain('statement 2058-03-10 occurred');
  });

  it('dates a paragraph opening with a time of that day inside its sentence by the happening told before it, else by the paragraph before', () => {
    // Monday 11 March 2058, of Sunday's talks.
    const talks = 'The Estmark and Velsland delegations met at the Orsa mission on Sunday.';
    expect(lines('2058-03-11', talks, 'Umerov, speaking at the mission gates late in the afternoon, told reporters that the day had been productive.')).toContain('statement 2058-03-10 occurred');
    expect(lines('2058-03-11', talks, 'Witkoff told reporters at his hotel that evening that the border road had reopened.')).toContain('statement 2058-03-10 occurred');
    // No happening told before: the paragraph before gives the day.
    const warning = 'A storm warning for the whole coast went out at about 2:45 p.m. on Sunday. By 4 p.m. the coast road had all but stopped.';
    expect(lines('2058-03-11', warning, 'Umerov, speaking at the emergency centre late in the afternoon, told reporters that the storm was dangerous.')).toContain('statement 2058-03-10 occurred');
    // A time of another day's own ("in the afternoon of 5 March") is that day's.
    expect(lines('2058-03-11', talks, 'Umerov told reporters in the afternoon of 5 March that the talks would open.')).toContain('statement 2058-03-05 occurred');
  });

  it('dates a time of that day opening a paragraph by the last day the happening’s paragraph names after it, though no rule took an event there', () => {
    // Wednesday 13 March 2058: Friday the 8th, Sunday the 10th; "walked" and "joined" report nothing the rules know.
    const days = 'On Friday the envoy met the mayor of Orsa at the harbour. The next day she walked in silence through the old town, and on Sunday morning she joined the premier for the feast.';
    expect(lines('2058-03-13', days, 'She flew to Tarnby that afternoon and was met by President Okoro.')).toContain('other 2058-03-10 occurred');
    expect(lines('2058-03-13', days, 'Later that day she held talks with the premier at his residence.')).toContain('talks 2058-03-10 occurred');
    // With no day named after it, the happening's own day still holds.
    expect(lines('2058-03-13', 'On Friday the envoy met the mayor of Orsa at the harbour. The visit was her first.', 'That afternoon she flew to Tarnby and was met by President Okoro.')).toContain('other 2058-03-08 occurred');
  });

  it('dates a paragraph opening with a plain part of a day inside its sentence by the happening told before only when that is of the news days', () => {
    // Monday 11 March 2058: Sunday's talks are the news; talks of 2 March are background.
    const talks = 'The Estmark and Velsland delegations met at the Orsa mission on Sunday.';
    expect(lines('2058-03-11', talks, 'Umerov told reporters at the mission gates in the afternoon that the day had been productive.')).toContain('statement 2058-03-10 occurred');
    const background = 'The Estmark and Velsland delegations met at the Orsa mission on 2 March.';
    expect(lines('2058-03-11', background, 'Umerov told reporters in the afternoon that the talks had failed.')).toContain('statement 2058-03-11 occurred');
    expect(lines('2058-03-11', background, 'Umerov told reporters in the afternoon that the talks had failed.')).not.toContain('statement 2058-03-02 occurred');
  });
});

describe('a programme told forward by weekdays', () => {
  const lines = (published: string, ...paragraphs: string[]): string[] => extractOne(published, `${paragraphs.join('\n\n')}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`);
  // Sunday 10 March 2058: the coming Thursday is the 14th; the run goes on to Saturday the 16th, Sunday the 17th, Monday the 18th.
  it('dates each weekday of a trip that starts after the day of writing after the day before it in the run, across paragraphs', () => {
    const trip = ['The tour opens in Orsa, where the King will be received by the Estmark premier on Thursday morning.', 'On Saturday the King visits the harbour in Tarnby.'];
    expect(lines('2058-03-10', ...trip, 'On Sunday he holds talks with President Ondrel, and in the afternoon he flies to Halden.')).toEqual(expect.arrayContaining(['talks 2058-03-17 planned']));
    expect(lines('2058-03-10', ...trip, 'On Monday he meets the mayor of Halden and addresses students in the evening.')).toEqual(expect.arrayContaining(['meeting 2058-03-18 planned']));
  });
  // Thursday 7 March 2058: the Monday ahead is the 11th, the Tuesday after it the 12th (the Tuesday gone by is the 5th).
  it('dates a weekday told after a meeting expected ahead as the one after it, not the nearest', () => {
    expect(lines('2058-03-07', 'Premier Lasker is expected to meet President Ondrel on Monday morning. Aides say talks between their foreign ministers are possible on Tuesday.')).toContain('talks 2058-03-12 planned');
    expect(lines('2058-03-07', 'The envoy will meet the Velsland premier in Orsa on Monday. A meeting with the opposition leader may follow on Tuesday.')).toContain('meeting 2058-03-12 planned');
  });
  it('leaves a day of a plan told out of order where the dates read it, ahead', () => {
    expect(lines('2058-03-07', 'The two presidents will meet in Orsa on Monday. Their foreign ministers hold talks in Tarnby on Saturday to prepare the text.')).toContain('talks 2058-03-09 planned');
    expect(lines('2058-03-07', 'The two presidents will meet in Orsa on Monday. Their envoys will hold talks in Tarnby on Sunday to prepare the text.')).toContain('talks 2058-03-10 planned');
  });
  it('leaves a weekday told in the past where its tense puts it', () => {
    expect(lines('2058-03-07', 'The envoy will meet the Velsland premier in Orsa on Monday. On Tuesday he held talks with the opposition leader in Tarnby.')).toContain('talks 2058-03-05 occurred');
  });
});

describe('an explainer’s question naming a day heads the answers of that day', () => {
  // Wednesday 13 March 2058: its Friday is the 15th.
  const read = (...paragraphs: string[]): string[] => extractOne('2058-03-13', `${paragraphs.join('\n\n')}\n`).candidates.map((c) => `${c.kind} ${c.noun ?? '-'} ${c.date.value}`);
  it('dates what the answer tells by its clock on the day asked of', () => {
    expect(read('What happens on Friday?', 'At 11 a.m. King Ivo signs the act of abdication in the palace.')).toEqual(['other Abdication 2058-03-15']);
    expect(read('What will happen on Friday?', 'At 10 a.m. the two ministers meet in Lusk.')).toEqual(['meeting - 2058-03-15']);
  });

  it('but not a question of the days around it, nor one asked in passing', () => {
    expect(read('What comes after Friday?', 'At 10 a.m. the two ministers meet in Lusk.')).toEqual(['meeting - 2058-03-13']);
    expect(read('Why did the ministers not say what happens on Friday, and at 10 a.m. the two ministers meet in Lusk?')).not.toContain('meeting - 2058-03-15');
  });
});
