// A crisis told from its outbreak to its recovery: the disruption by its verb, the measures taken against it and what comes back.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays, kindsNounsAndDaysRead } from '../../../tests/support/pipeline.ts';

// Thursday 12 May 2061: Monday the 9th, Friday the 13th.
const found = (body: string): [string, string | null, string][] => kindsNounsAndDays(body, '2061-05-12');
const nouns = (body: string): (string | null)[] => found(body).map(([, noun]) => noun);

describe('a blackout told by its verb', () => {
  it.each([
    'A sudden collapse of the grid cut power to almost all of Orsland shortly after noon on Monday.',
    'Storms knocked out electricity across the north of Vell on Monday.',
    'Power was cut to 40,000 homes in Brell on Monday.',
    'The lights went out across Kessel on Monday evening.',
    'The blackout that struck the peninsula at 11:33 a.m. on Monday began in the south.',
  ])('%s', (body) => {
    expect(found(body)).toEqual([['other', 'Blackout', '2061-05-09']]);
  });

  it('is none when it is only feared, threatened, done by an attack or a cut in prices', () => {
    expect(nouns('Officials warned on Monday that an outage could hit the capital.')).not.toContain('Blackout');
    expect(nouns('The union threatened on Monday to cut power to the port.')).not.toContain('Blackout');
    expect(nouns('Russian drones cut power to 200,000 homes in Kharkiv on Monday.')).not.toContain('Blackout');
    expect(nouns('The government cut power prices on Monday.')).not.toContain('Blackout');
    expect(nouns('A global IT outage hit banks and airlines on Monday.')).not.toContain('Blackout');
  });

  it('has no doer: the grid operator that tells of it takes no part', () => {
    expect(kindsNounsAndDaysRead('Power was cut to 40,000 homes in Brell on Monday, grid operator Voltan said.', '2061-05-12')).toEqual([['other', 'Blackout', '2061-05-09']]);
  });
});

describe('the measures taken in a crisis', () => {
  it('reads a national emergency declared, and one lifted, each an act of its day', () => {
    expect(found('The Interior Ministry declared a national emergency on Monday afternoon in three regions.')).toEqual([['other', 'State of emergency', '2061-05-09']]);
    expect(found('The government lifted the state of emergency on Monday.')).toEqual([['other', 'State of emergency lifted', '2061-05-09']]);
    expect(found('The state of emergency was lifted at midnight on Monday.')).toEqual([['other', 'State of emergency lifted', '2061-05-09']]);
  });

  it('makes no act of a state of emergency that remains in force, nor of an emergency meeting', () => {
    expect(nouns('A state of emergency remains in force in the south on Monday.')).toEqual([]);
    expect(nouns('The council declared a national emergency meeting for Monday.')).not.toContain('State of emergency');
  });

  it('reads a body convened in a crisis as its meeting', () => {
    expect(found('Prime Minister Ana Ruiz convened the National Security Council at the palace on Monday afternoon.')).toContainEqual(['meeting', null, '2061-05-09']);
    expect(found('The premier convened a crisis committee on Monday.')).toContainEqual(['meeting', null, '2061-05-09']);
  });

  it('reads people brought to safety', () => {
    expect(found('Some 35,000 rail passengers had been brought off stranded trains on Monday.')).toEqual([['other', 'Evacuation', '2061-05-09']]);
    expect(found('Rescuers evacuated 2,000 residents from the valley on Monday.')).toEqual([['other', 'Evacuation', '2061-05-09']]);
  });

  it('reads schools, transport or an airspace shut, done or told for its day', () => {
    expect(found("Classes in the region's schools are suspended tomorrow, its government said.")).toEqual([['other', 'Closure', '2061-05-13']]);
    expect(found('The government closed its airspace on Monday.')).toEqual([['other', 'Closure', '2061-05-09']]);
    expect(found('All schools in Vell were closed on Monday.')).toEqual([['other', 'Closure', '2061-05-09']]);
  });

  it('makes no closure of a market that closed higher, of what remains or is closed, of a border, nor of one told in a relative clause on what is reopened', () => {
    expect(nouns('Stock markets closed higher on Monday.')).toEqual([]);
    expect(nouns('Schools remain closed in Vell on Monday.')).toEqual([]);
    expect(nouns('The airport is closed and the border crossings open only at times.')).toEqual([]);
    expect(nouns('The airport is closed until further notice, the operator said on Monday.')).not.toContain('Closure');
    expect(nouns('The council has reopened two underground schools that were closed last week for repairs.')).toEqual([]);
    expect(nouns('The border crossing will reopen next week.')).toEqual([]);
  });

  it('makes no closure of a trip, a head or students of a school or an airport, nor of students a university suspended', () => {
    expect(nouns('The council cancelled the school trip to Paris on Monday.')).not.toContain('Closure');
    expect(nouns("The board suspended the airport's chief executive on Monday.")).not.toContain('Closure');
    expect(nouns('Universities suspended dozens of students over the protests on Monday.')).not.toContain('Closure');
  });
});

describe('the recovery', () => {
  it.each([
    ["Electricity was restored to all of Vell's customers on Monday.", 'Power restored'],
    ['Crews restored power to the last homes on Monday.', 'Power restored'],
    ["Lusk's metro reopened at 6:30 a.m. on Monday.", 'Reopening'],
    ['Schools in Vell reopened on Monday.', 'Reopening'],
    ['The first flights took off again on Monday night, from Lusk and Brell.', 'Flights resumed'],
    ['Lusk airport handled its first departures at 7:00 a.m. on Monday.', 'Flights resumed'],
    ['Flights to Lusk resumed on Monday.', 'Flights resumed'],
    ['Most regional trains ran again on Monday.', 'Services resumed'],
    ['Ferry sailings to Lusk resumed on Monday.', 'Services resumed'],
    ["Vell's clinics returned to their normal timetable on Monday after the doctors' strike.", 'Services resumed'],
    ['The port of Lusk went back to full operations on Monday.', 'Services resumed'],
  ])('%s', (body, noun) => {
    expect(found(body)).toContainEqual(['other', noun, '2061-05-09']);
  });

  it('tells trains back and flights back apart, as two happenings of one day', () => {
    expect(nouns("Lusk's trains ran again on Monday. Lusk airport handled its first departures on Monday.")).toEqual(['Services resumed', 'Flights resumed']);
  });

  it('makes no recovery of confidence restored, a debate reopened, power only hoped for, flights only planned, a state of service or talks on flights', () => {
    expect(nouns('The minister restored confidence in the markets on Monday.')).toEqual([]);
    expect(nouns('The scandal reopened the debate on Monday.')).toEqual([]);
    expect(nouns('The operator said on Monday it expected to restore power within ten hours.')).not.toContain('Power restored');
    expect(nouns('The airline said on Monday it plans to restart flights on Friday.')).not.toContain('Flights resumed');
    expect(nouns("The city's trains were running again on Monday.")).not.toContain('Services resumed');
    expect(nouns('Talks on flights to Lusk resumed on Monday.')).not.toContain('Flights resumed');
    expect(nouns('Life in Lusk returned to normal on Monday.')).not.toContain('Services resumed');
    expect(nouns('The markets returned to normal trading levels on Monday.')).not.toContain('Services resumed');
    expect(nouns('The president returned to a normal schedule on Monday after his surgery.')).not.toContain('Services resumed');
    expect(nouns('The striker returned to full working on Monday.')).not.toContain('Services resumed');
    expect(nouns('Life in Lusk returned to its usual schedule on Monday.')).not.toContain('Services resumed');
    expect(nouns('The school board went back to its usual schedule on Tuesday.')).not.toContain('Services resumed');
  });

  it('makes no service back of emergency or security services that resumed a task, nor of a timetable cut for a strike', () => {
    expect(nouns('Emergency services resumed the search for the missing hikers on Monday.')).not.toContain('Services resumed');
    expect(nouns('Security services resumed their surveillance of the suspect on Monday.')).not.toContain('Services resumed');
    expect(nouns('Only a third of trains will run on Friday because of the strike.')).not.toContain('Services resumed');
    expect(nouns('Trains will run again on Friday, the operator said.')).toContain('Services resumed');
  });
});
