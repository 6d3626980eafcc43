// An act a named or described doer plans for a day ahead ("Ana Ruiz will unveil the statue on Friday", "The Kessel Council is due to
// rename the square on Friday") is the plan of that day (issue #8), its noun the past a later report of it done tells; a plan on a
// condition, one by a deadline, one of no day or of a day gone by, and one whose only day is its telling's, are none.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDaysRead as found, readOne, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Friday the 15th, Monday the 18th.
const others = (body: string): [string | null, string][] => found(`${body}\n`).filter(([kind]) => kind === 'other').map(([, noun, day]) => [noun, day]);
const events = (body: string): string[] => timelineWithoutGazetteer([article('a', '2058-03-13', `${body}\n`)]).events.map((e) => `${e.title} (${e.status})`);

describe('a named or described doer’s act told with a plan’s auxiliary and a day ahead is a plan of that day', () => {
  it.each([
    ['Ana Ruiz will unveil the statue on Friday.', 'unveiled', '2058-03-15'],
    ['The Kessel Council is due to rename the main square on Friday.', 'renamed', '2058-03-15'],
    ['Pope Leo is expected to celebrate Mass in Lusk on Sunday.', 'celebrated', '2058-03-17'],
    ['The Orsk Harbour Board will also publish its new tide tables on 20 March.', 'published', '2058-03-20'],
    ['The works committee is set to approve the new rota on Monday.', 'approved', '2058-03-18'],
    ['On Monday, Vela Mining is to close its last pit at Harn.', 'closed', '2058-03-18'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });

  it('titled as a headline tells a plan, and planned', () => {
    expect(events('Ana Ruiz will unveil the statue on Friday.')).toEqual(['Ana Ruiz to unveil the statue (planned)']);
  });
});

describe('a plan for later the news day, or told by its week or its month, is a plan of that time, kept at the precision told', () => {
  it.each([
    ['The Orsk Harbour Board will inspect the pier this afternoon.', 'inspected', '2058-03-13'],
    ['The works committee is due to approve the new rota later today.', 'approved', '2058-03-13'],
    ['Ana Ruiz will unveil the statue tonight.', 'unveiled', '2058-03-13'],
    ['Vela Mining will close its last pit at Harn next week.', 'closed', '2058-W12'],
    ['The Kessel Council is to publish its audit later this month.', 'published', '2058-03'],
    ['The Orsk Harbour Board will also publish its new tide tables next month.', 'published', '2058-04'],
    ['Vela Mining reopens its pit at Harn next week.', 'reopened', '2058-W12'],
  ])('%s', (body, noun, date) => {
    expect(others(body)).toEqual([[noun, date]]);
  });

  it.each([
    ['Vela Mining will close its last pit at Harn later this year.'],
    ['Ana Ruiz will unveil a statue every week.'],
    ['Ana Ruiz will unveil the statue this week if the council agrees.'],
    ['Vela Mining reopens its pit at Harn next month.'],
    ['Vela Mining closed its last pit at Harn last month.'],
    ['Ana Ruiz would have unveiled the statue this afternoon.'],
    ['The Orsk Harbour Board will inspect the pier at 11 a.m.'],
    ['Vela Mining reopens its pit at Harn this week.'],
    // A month named alone, gone by at the news day: its year would be a guess.
    ['The Orsk Harbour Board said the new tide tables would be published in February.'],
    ['Vela Mining will close its last pit at Harn in January.'],
  ])('but not: %s', (body) => {
    expect(others(body)).toEqual([]);
  });
});

describe('but not a plan on a condition, one denied, one of no day or a day gone by, nor a state or a journey', () => {
  it.each([
    ['Ana Ruiz will unveil the statue on Friday if the weather holds.'],
    ['Ana Ruiz will unveil the statue on Friday unless the council objects.'],
    ['Ana Ruiz will not unveil the statue on Friday.'],
    ['Ana Ruiz will unveil the statue by Friday.'],
    ['Ana Ruiz will unveil the statue in the coming days.'],
    ['Ana Ruiz will unveil the statue, her office said on Monday.'],
    ['Ana Ruiz will be in Lusk on Friday.'],
    ['Ana Ruiz will remain in office until Friday.'],
  ])('%s', (body) => {
    expect(others(body)).toEqual([]);
  });
});

describe('nor a telling or a gathering planned, nor the outlet’s own plan', () => {
  it.each([
    ['The Kessel Growers’ Union will brief its members on the quota on Friday.'],
    ['The Harbour Alliance will hold a short briefing for reporters on Friday.'],
    ['Orsk Mining is to host a webinar on the new rules on Monday.'],
    ['Shareholders of Kessel Steel will meet on 20 March.'],
  ])('%s', (body) => {
    expect(others(body)).toEqual([]);
  });

  it('keeps another doer’s plan in the same outlet', () => {
    const read = (body: string) => timelineWithoutGazetteer([{ ...article('a', '2058-03-13', `${body}\n`), outlet: 'The Orsk Evening Courant' }]).events.map((e) => e.title);
    expect(read('The Courant will publish a page of readers’ letters on Friday.')).toEqual([]);
    expect(read('The Orsk Evening Courant publishes a special edition on Saturday.')).toEqual([]);
    expect(read('The Orsk Harbour Board will publish its new tide tables on Friday.')).toEqual(['The Orsk Harbour Board to publish its new tide tables']);
  });
});

describe('a plan told in the passive, of what is to be done to its subject, is a plan of its day', () => {
  it.each([
    ['The treaty is scheduled to be signed on Friday.', 'Agreement signed', '2058-03-15'],
    ['The new harbour bridge is expected to be completed on 20 March.', 'completed', '2058-03-20'],
    ['Ana Ruiz will be sworn in on Monday.', 'Appointment', '2058-03-18'],
    ['The prisoners are due to be released on Saturday.', 'released', '2058-03-16'],
    ['The rescue plan will be carried out tomorrow.', 'carried', '2058-03-14'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });

  it('titled as a headline tells it, with its particle', () => {
    expect(events('The rescue plan will be carried out on Friday.')).toEqual(['The rescue plan to be carried out (planned)']);
  });

  it.each([
    ['The treaty will be signed by Friday.'],
    ['The treaty will be signed on Friday if parliament agrees.'],
    ['The treaty will not be signed on Friday.'],
    ['She will be sworn in on Monday.'],
    ['Ana Ruiz will be expected in Lusk on Friday.'],
    ["The summit's declaration will be adopted on Friday."],
    ['The new harbour bridge will be opened in the coming days.'],
  ])('but not: %s', (body) => {
    expect(others(body)).toEqual([]);
  });
});

describe('a plan told inside a saying is a plan of its day', () => {
  it.each([
    ['Port officials said the border crossing would reopen on Friday.', 'reopened', '2058-03-15'],
    ['The Kessel Council said it would rename the main square on Friday.', 'renamed', '2058-03-15'],
    ['The ministry said that the prisoners would be released on Saturday.', 'released', '2058-03-16'],
    ['Vela Mining would close its last pit at Harn on Monday, the company said.', 'closed', '2058-03-18'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });

  it('titled by the sayer a pronoun names', () => {
    expect(events('Ana Ruiz said she would unveil the statue on Friday.')).toEqual(['Ana Ruiz to unveil the statue (planned)']);
  });

  it.each([
    ['Ana Ruiz said she would unveil the statue by Friday.'],
    ['Ana Ruiz said she would not unveil the statue on Friday.'],
    ['Ana Ruiz said she would unveil the statue on Friday if the weather held.'],
    ['Ana Ruiz said that if elected she would unveil the statue on Friday.'],
    ['The Kessel Council said it would rename the square in the coming days.'],
    ['The union said its members would walk out on Friday.'],
    ['Ana Ruiz said she would be in Lusk on Friday.'],
    ['Ana Ruiz would unveil the statue on Friday.'],
  ])('but not: %s', (body) => {
    expect(others(body)).toEqual([]);
  });
});

// own-corpus-25 a1 ("said yesterday that it will switch Skype off on 5 May"), written here of a bank, a railway, a museum and a ferry line:
// a saying of its own day that tells a plan of another day is two happenings, the saying and the plan, each on its day.
describe('a plan told inside a saying of its own day, "will" or "would", with a day of its own', () => {
  it.each([
    ['Kessel Savings said yesterday that it will close its Orsk branch on 5 April.', 'closed', '2058-04-05'],
    ['Lusk Rail said on Monday that it will switch off the old signals on Saturday.', 'switched', '2058-03-16'],
    ['Ana Ruiz said yesterday she will unveil the statue on Friday.', 'unveiled', '2058-03-15'],
    ['The Orsk Ferry Company said on Monday that it would retire its oldest boat on 2 April.', 'retired', '2058-04-02'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
    expect(found(`${body}\n`).filter(([kind]) => kind === 'statement')).toHaveLength(1);
  });

  it.each([
    ['Lusk Rail said on Monday that it will fight any cut to its routes.'],
    ['Kessel Savings said yesterday that it will close its Orsk branch.'],
    ['Lusk Rail will switch off the old signals on Saturday, its chief said.'],
  ])('but no plan of the saying’s day alone: %s', (body) => {
    expect(others(body).filter(([, day]) => day !== '2058-03-16')).toEqual([]);
  });

  // Its doer is the sayer, told by its pronoun, a name or a body: a thing told by its article, with a day of its own, tells a state or a forecast to come, no act.
  it.each([
    ['Mayor Ivo Dann said on Monday that Vela Mining will close its pit at Harn on Friday.', 'closed', '2058-03-15'],
    ['Mayor Ivo Dann said on Monday that the Orsk Harbour Board will inspect the pier on Saturday.', 'inspected', '2058-03-16'],
    ['Ana Ruiz said yesterday that the works committee would approve the new rota on Friday.', 'approved', '2058-03-15'],
  ])('a named doer’s or a body’s plan told by another stands too: %s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });

  // Its people are its doer's: the sayer's only when the sayer is its doer, told by its pronoun.
  it.each([
    ['Mayor Ivo Dann said on Monday that Vela Mining will close its pit at Harn on Friday.', []],
    ['Governor Ana Rell said yesterday that Ana Ruiz would unveil the statue on Friday.', ['ana-ruiz']],
    ['Mayor Ivo Dann said on Monday that the Orsk Harbour Board will inspect the pier on Saturday.', ['orsk-harbour-board']],
    ['Ana Ruiz said yesterday she will unveil the statue on Friday.', ['ana-ruiz']],
  ])('whose people are its doer’s, never another sayer’s: %s', (body, people) => {
    expect(readOne('2058-03-13', `${body}\n`).candidates.filter((c) => c.kind === 'other').map((c) => c.participants)).toEqual([people]);
  });

  it.each([
    ['Mayor Ivo Dann said on Monday that the hospital will run out of beds on Friday.'],
    ['Mayor Ivo Dann said on Monday that the new rules will apply from Friday.'],
    ['Mayor Ivo Dann said on Monday that the shops would open on Sunday.'],
    ['The Kessel Council said on Monday that the new parking rules will take effect on 1 April.'],
    ['Governor Ana Rell said on Monday the port was safe and the ferries will sail on Friday.'],
    ['The Lusk Museum said yesterday that a new wing would open to visitors on 2 April.'],
    ['Ana Ruiz said on Monday that the old bridge will reopen on Saturday.'],
  ])('but no plan of a thing told by its article: %s', (body) => {
    expect(others(body)).toEqual([]);
    expect(found(`${body}\n`).filter(([kind]) => kind === 'statement')).toHaveLength(1);
  });

  it.each([
    ['Kessel Savings said on Monday that it will run out of cash on Friday.'],
    ['Lusk Rail said yesterday that it would run out of spare trains on Saturday.'],
    ['The ministry said the new curfew would take effect on Friday.'],
    ['The Kessel Council said that it will come into force on 1 April.'],
    ['Ana Ruiz said on Monday that they would apply from Friday.'],
  ])('nor of a state to come: %s', (body) => {
    expect(others(body)).toEqual([]);
  });
});

// Wednesday 13 March 2058, and a report of the act done on Tuesday 19 March: Friday the 15th, Monday the 18th.
describe('a plan in the passive or in a saying and the later report of the act done are one event, of the kind and noun the report has', () => {
  const told = (plan: string, report: string): string[] =>
    timelineWithoutGazetteer([article('a', '2058-03-13', `${plan}\n`), article('b', '2058-03-19', `${report}\n`)]).events.map((e) => `${e.kind} ${e.date?.start} ${e.sources.length}`);

  it.each([
    ['The treaty is scheduled to be signed in Lusk on Friday.', 'The treaty was signed in Lusk on Friday.', 'other 2058-03-15 2'],
    ['The trade accord will be signed in Orsk on Monday.', 'The trade accord was signed in Orsk on Monday.', 'other 2058-03-18 2'],
    ['Ana Ruiz will be sworn in on Monday.', 'Ana Ruiz was sworn in as mayor on Monday.', 'other 2058-03-18 2'],
    ['The ministry said Omar Vell would be sworn in on Monday.', 'Omar Vell was sworn in as governor on Monday.', 'other 2058-03-18 2'],
    ['The mediators said Hamas would free three hostages on Saturday.', 'Hamas freed three hostages on Saturday.', 'exchange 2058-03-16 1'],
    ['Hamas would release two hostages on Monday, the mediators said.', 'Hamas released two hostages on Monday.', 'exchange 2058-03-18 1'],
    ['The Kessel Council said it would rename the main square on Friday.', 'The Kessel Council renamed the main square on Friday.', 'other 2058-03-15 2'],
  ])('%s / %s', (plan, report, event) => {
    expect(told(plan, report)).toEqual([event]);
  });
});

describe('nor a forecast, a result foreseen or a condition told inside a saying', () => {
  it.each([
    ['The Met Office said it would snow in Kessel on Friday.'],
    ['The Kessel Bank said it would rain on Saturday, so the fair was moved.'],
    ['Kessel Police said the storm would hit the coast on Friday.'],
    ['Forecasters said the floods would reach Lusk on Saturday.'],
    ['The coach said Kessel City would beat Orsk on Saturday.'],
    ['Without the loan the company would close its Kessel plant on Friday, the union said.'],
    ['Unless the talks resume the union would walk out on Monday, its leader said.'],
  ])('%s', (body) => {
    expect(others(body)).toEqual([]);
  });
});

describe('a plan in the passive with its day fronted, or its subject opened by a determiner', () => {
  it.each([
    ['On Friday the treaty will be signed in Lusk.', 'Agreement signed in Lusk'],
    ['On Monday the bill will be debated in Parliament.', 'The bill to be debated'],
    ['On Saturday, the old depot will be demolished.', 'The old depot to be demolished'],
    ["This year's budget will be presented to Parliament on Tuesday.", "This year's budget to be presented"],
  ])('%s', (body, title) => {
    expect(events(body)).toEqual([`${title} (planned)`]);
  });
});

describe('a plan whose doer is told by a determiner and its noun is that doer’s plan, no name asked of it', () => {
  it.each([
    ['Each side will free fifty prisoners on Saturday.', 'freed', '2058-03-16'],
    ['Both teams will play the final in Lusk on Sunday.', 'played', '2058-03-17'],
    ['Every school in Lusk will close its doors on Monday.', 'closed', '2058-03-18'],
    ['Both unions are due to picket the Orsk depot next week.', 'picketed', '2058-W12'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });

  it('titled by the determiner and its noun', () => {
    expect(events('Each of the rebels will surrender his rifle on Saturday.')).toEqual(['Each of the rebels to surrender his rifle (planned)']);
  });

  it.each([['All of this will change on Friday.'], ['All passengers boarded the ferry on Monday.'], ['Each year the council will plant a tree on Arbor Day.'], ['Both teams will play the final in Lusk on Sunday if the pitch dries.'], ['All hell will break loose on Friday.'], ['Each year will bring new storms on Friday.'], ['Every day will bring news from the front on Saturday.'], ['Each week will end with a vote on Friday.']])('but not: %s', (body) => {
    expect(others(body)).toEqual([]);
  });
});

describe('a plan a deal’s terms tell, agreed or standing under it, is read as a plan told in a saying is', () => {
  it.each([
    ['Under the deal, the border post would reopen on Monday morning.', 'reopened', '2058-03-18'],
    ['Under the new agreement, Vela Mining would close its last pit at Harn on Monday.', 'closed', '2058-03-18'],
    ['The two sides agreed that the border post would reopen on Friday.', 'reopened', '2058-03-15'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });

  it.each([
    ['Under the deal, it would reopen the border post on Friday.'],
    ['Under the deal, the border post would have reopened on Friday.'],
    ['Under the deal, the border post would reopen on Friday if the truce held.'],
    ['Under pressure, the council would rename the square on Friday.'],
    ['Ana Ruiz agreed that it would rain on Friday.'],
  ])('but not: %s', (body) => {
    expect(others(body)).toEqual([]);
  });
});

// own-corpus-25 a2 and b2 ("The photo-scanning workshop has moved from Tuesday 20 May to Tuesday 27 May", "Our webinar …, first announced for 5 June,
// will now be held on Thursday 12 June"), written here of a fair, a fete, a vote and a tasting: a happening moved, told by its noun, is the plan of its
// new day, its first day none of it, read by its noun: the table's where a row names it, so that it titles and joins as the happening.
describe('a plan moved to a new day, told by its noun', () => {
  it.each([
    ['The book fair has been put off until Saturday.', 'Fair', '2058-03-16'],
    ['Our summer fete, first set for 8 April, will now be held on 15 April.', 'Fete', '2058-04-15'],
    ['The photo-scanning workshop has moved from 20 March to 27 March.', 'Workshop', '2058-03-27'],
    ["Our wine tasting with the growers' guild, first announced for 5 April, will now be held on 12 April, so that the new sommelier can take part.", 'Tasting', '2058-04-12'],
    ['The strike has been put off until Monday.', 'Strike', '2058-03-18'],
    ['The rocket launch has been pushed back to Friday.', 'Launch', '2058-03-15'],
    ['The referendum has been postponed until 20 June.', 'Referendum', '2058-06-20'],
    ['Our spring concert has been rescheduled to Saturday.', 'Concert', '2058-03-16'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });

  it.each([
    ['The book fair has been put off until Saturday.', 'Book fair (planned)'],
    ['The photo-scanning workshop has moved from 20 March to 27 March.', 'Photo-scanning workshop (planned)'],
    ['Our summer fete, first set for 8 April, will now be held on 15 April.', 'Summer fete (planned)'],
  ])('titled by its noun: %s', (body, title) => {
    expect(events(body)).toEqual([title]);
  });

  it('two happenings moved to one day stay two', () => {
    expect(events('The book fair has been put off until Saturday. The photo workshop has been moved to Saturday.')).toEqual(['Book fair (planned)', 'Photo workshop (planned)']);
  });

  it.each([
    ['The ferry has been delayed until Friday because of the gales.'],
    ['The shipment has been delayed until Friday.'],
    ['Our pension payment has been delayed until Friday.'],
    ['The 9.15 train has been delayed until Friday.'],
    ['The decision has been postponed until Monday.'],
    ['The new timetable has been pushed back to 1 April.'],
    ['Their delivery of the parts has been put off until Monday.'],
  ])('but not what is late that is no happening held: %s', (body) => {
    expect(others(body)).toEqual([]);
  });

  it.each([['The concert has been moved to the cathedral on Saturday.'], ['The book fair has been moved to the town hall.']])('nor a happening moved to no day ahead: %s', (body) => {
    expect(others(body)).toEqual([]);
  });

  it.each([['The price has moved to twelve dollars.'], ['Our office has moved to Station Road on Monday.'], ['The ball has moved to the left.']])('but not what moves that is no plan: %s', (body) => {
    expect(others(body)).toEqual([]);
  });
});

