// A sentence of two clauses joined by "and" or a semicolon, each with its own act and its own day, tells two happenings (issue #8): the
// clause no row reads is read as a sentence of its own, its doer the first clause's when it has none, its day its own clause's only.
import { describe, expect, it } from 'vitest';
import { article, idsOf, kindsNounsAndDaysRead as found, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Monday the 11th, Thursday the 14th, Friday the 15th, Saturday the 16th.
const read = (body: string): string[] => found(body).map(([kind, noun, day]) => `${kind} ${noun ?? ''} ${day}`.replace('  ', ' '));
const titles = (body: string): string[] => timelineWithoutGazetteer([article('a', '2058-03-13', `${body}\n`)]).events.map((e) => `${e.title} (${e.status})`);

describe('a later clause’s act, each with a day of its own clause', () => {
  it.each([
    ['Ana Ruiz met Lund on Monday and will rename the square on Friday.', ['meeting 2058-03-11', 'other renamed 2058-03-15']],
    ['The Harbour Board fined Vela Mining on Monday and will inspect the pier on Friday.', ['other fined 2058-03-11', 'other inspected 2058-03-15']],
    ['Ana Ruiz met Lund on Monday; she will rename the square on Friday.', ['meeting 2058-03-11', 'other renamed 2058-03-15']],
    ['The Harbour Board praised the crews and will inspect the pier next week.', ['other inspected 2058-W12']],
    ['Vela Mining will close its pit at Harn on Friday and reopen the Orsk mine on Saturday.', ['other closed 2058-03-15', 'other reopened 2058-03-16']],
    ['The mediators said the rebels would hand over their rifles on Thursday, and that the border post would reopen on Monday morning.', ['other handed 2058-03-14', 'other reopened 2058-03-18']],
  ])('%s', (body, events) => {
    expect(read(body)).toEqual(events);
  });

  it('titled by its own doer, or by the first clause’s when it names none', () => {
    expect(titles('Ana Ruiz met Lund on Monday, and the council will publish its audit on Friday.')).toContain('The council to publish its audit (planned)');
    expect(titles('The Harbour Board praised the crews and will inspect the pier on Friday.')).toEqual(['The Harbour Board to inspect the pier (planned)']);
  });

  it('has the first clause’s doer among its people, when its clause names none of its own', () => {
    const peopleOf = (body: string, title: string): string[] =>
      idsOf(timelineWithoutGazetteer([article('a', '2058-03-13', `${body}\n`)]).events.find((e) => e.title === title)?.participants);
    expect(peopleOf('Ana Ruiz met Lund on Monday and will rename the square on Friday.', 'Ana Ruiz to rename the square')).toEqual(['ana-ruiz']);
    expect(peopleOf('Ana Ruiz met Lund on Monday; she will unveil the statue on Friday.', 'Ana Ruiz to unveil the statue')).toEqual(['ana-ruiz']);
  });
});

describe('a later clause with a doer of its own and no day of its own, after a day that opens the sentence', () => {
  // The later clause's doer is in its own act's title only: "fined Vela Mining, and the Kessel Council …" opens a clause, no list of two.
  it.each([
    ['On Monday the Harbour Board fined Vela Mining, and the Kessel Council suspended its licence.', 'Kessel Council suspends its licence', '2058-03-11'],
    ['Late on Tuesday, the Lund Museum sold the painting, and the Orsk Gallery bought a Vermeer.', 'Orsk Gallery buys a Vermeer', '2058-03-12'],
    ['On Friday the Orsk Treasury issued a permit for the ferry line, and the Kessel Port Office issued a waiver of the harbour dues.', 'Kessel Port Office issues a waiver of the harbour dues', '2058-03-08'],
    ['On 4 March the Orsk Treasury issued a permit to Vela Mining, and the Kessel Port Office issued a waiver.', 'Kessel Port Office issues a waiver', '2058-03-04'],
    ['On March 6 the Lund Museum sold the painting, and the Orsk Gallery bought a Vermeer.', 'Orsk Gallery buys a Vermeer', '2058-03-06'],
    ['Today the Orsk Treasury issued a permit, and the Kessel Port Office issued a waiver.', 'Kessel Port Office issues a waiver', '2058-03-13'],
  ])('is an act of that day, another than the first clause’s: %s', (body, title, day) => {
    const { events } = timelineWithoutGazetteer([article('a', '2058-03-13', `${body}\n`)]);
    expect(events.map((e) => `${e.status} ${e.date.value}`)).toEqual([`occurred ${day}`, `occurred ${day}`]);
    const doer = title.split(' ').slice(0, 2).join(' ');
    expect(events.filter((e) => e.title.includes(doer)).map((e) => e.title)).toEqual([title]);
  });

  it.each([
    ['The Harbour Board fined Vela Mining on Monday, and the Kessel Council praised the crews.'],
    ['On Monday the Harbour Board fined Vela Mining, and they praised the crews.'],
    ['On Monday the Harbour Board fined Vela Mining, and the Kessel Council granted its licence years ago.'],
    ['On Monday the Harbour Board fined Vela Mining, and the Kessel Council granted its licence when the mine opened.'],
    ['Late on Tuesday, the Lund Museum sold the painting, and the Orsk Gallery bought a Vermeer back then.'],
    ['Late on Tuesday, the Lund Museum sold the painting, and the Orsk Gallery bought it at the time.'],
  ])('but not without a day opening the sentence, with only a pronoun for its doer, nor with a time of its own: %s', (body) => {
    expect(titles(body)).toHaveLength(1);
  });
});

describe('but one happening told twice, an act with no day of its own clause, or words joined, not clauses', () => {
  it.each([
    ['Ana Ruiz met Lund in Kessel on Monday, the first meeting since May.', ['meeting 2058-03-11']],
    ['Vela Mining will close its pit at Harn on Friday and lay off 300 workers.', ['other closed 2058-03-15']],
    ['Ana Ruiz opened the bridge, the school and the museum on Monday.', ['other Opening 2058-03-11']],
    ['Vell bribed the judge on Monday and will stand trial on Friday, prosecutors said.', []],
    ['Ana Ruiz will open the bridge on Friday and will close the old ferry on Saturday if the weather holds.', ['other Opening 2058-03-15']],
    ['The Harbour Board praised the crews and would inspect the pier on Friday.', []],
    ['Ana Ruiz will meet Lund and senior officials on Friday.', ['meeting 2058-03-15']],
    ['The Orsk Harbour Board will question the mayor and three pilots on Monday.', ['other questioned 2058-03-18']],
    ['Ana Ruiz signed the accord and revised annexes on Friday.', ['other Agreement signed 2058-03-08']],
  ])('%s', (body, events) => {
    expect(read(body)).toEqual(events);
  });
});

describe('a pronoun or an elided “would” that is another’s than the first clause’s doer', () => {
  it.each([
    ['Ana Ruiz met the union leaders on Monday; they walked out on Thursday.', ['meeting 2058-03-11']],
    ['The dock workers met Ana Ruiz on Monday; she will rename the square on Friday.', ['meeting 2058-03-11']],
    ['Ana Ruiz said the port would close on Friday, and would reopen on Monday.', ['other closed 2058-03-15']],
    ['The minister said that the museum would close on Friday, and would reopen on Monday.', ['other closed 2058-03-15']],
  ])('%s', (body, events) => {
    expect(read(body)).toEqual(events);
  });

  it.each([
    ['The dock workers met the board on Monday; they will picket the depot on Friday.', ['meeting 2058-03-11', 'other picketed 2058-03-15']],
    ['Vela Mining said it would close the pit on Friday, and would reopen the mine on Monday.', ['other closed 2058-03-15', 'other reopened 2058-03-18']],
  ])('but the first clause’s when they agree or the saying is its own: %s', (body, events) => {
    expect(read(body)).toEqual(events);
  });
});
