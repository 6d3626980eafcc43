// A news conference its holder gives is that holder's saying of its day, dated "an hour later" by the happening told before it;
// someone the speaker calls by a name is spoken of, not a speaker.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found, readOne } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
const statementsOf = (body: string): [string, string[]][] =>
  readOne('2058-03-13', `${body}\n`)
    .candidates.filter((c) => c.kind === 'statement')
    .map((c) => [c.date.value, c.participants]);

describe('a news conference its holder gives', () => {
  it.each([
    'Governor Ilse Varga has begun her news conference at the bank’s headquarters in Lusk.',
    'Ilse Varga held a press conference in Lusk on Wednesday.',
    'Governor Ilse Varga gave a news conference on Wednesday.',
  ])('is a statement of its day: %s', (body) => {
    expect(found(body)).toEqual([['statement', null, '2058-03-13']]);
  });

  it.each([
    'Zelensky in his press conference: "Five weeks ago I lost my temper."',
    'Zelensky in his press conference: "Two months ago we were losing. We are not now."',
    'Peskov in his news conference: "Last week I was tired."',
    ])('takes no day from its own quoted words: %s', (body) => {
    expect(statementsOf(body).filter(([day]) => day !== '2058-03-13')).toEqual([]);
  });

  it('is of the day of the happening told before it when it came hours or minutes later', () => {
    const body =
      'The Bank of Kessia raised its main rate by half a point on Tuesday. Markets had expected that. What surprised them was Ilse Varga’s warning, at her press conference half an hour later, that more rises would follow.';
    expect(found(body)).toEqual([
      ['other', 'Rate decision', '2058-03-12'],
      ['statement', null, '2058-03-12'],
    ]);
  });

  it('but not one named by its day alone, nor the holder’s plans for one', () => {
    expect(found('Thursday evening’s press conference was cancelled.')).toEqual([]);
    expect(found('The conference room was booked for the press.')).toEqual([]);
  });
});

describe('a speech, an address, an appearance or a news conference told as the setting of what its speaker said', () => {
  it.each([
    ['In a speech to farmers in Lusk on Monday, Ilse Varga called the tariff "a tax on bread".', '2058-03-11'],
    ['At a press conference in Kessel on Tuesday, Omar Daler spoke for an hour about the harvest.', '2058-03-12'],
    ['Omar Daler called the ruling "a disgrace" at a news conference on Monday afternoon.', '2058-03-11'],
    ['During his speech at the port on Friday, Omar Daler thanked the dockers.', '2058-03-08'],
    ['At the coach’s press conference on Sunday, Ilse Varga defended the squad.', '2058-03-10'],
    ['In an address to farmers in Lusk on Monday, Ilse Varga called the tariff "a tax on bread".', '2058-03-11'],
    ['During a joint appearance with the mayor on Friday, Omar Daler thanked the dockers.', '2058-03-08'],
    ['At a news briefing in Kessel on Tuesday, Omar Daler spoke for an hour about the harvest.', '2058-03-12'],
  ])('is a statement of its day: %s', (body, day) => {
    expect(found(body)).toEqual([['statement', null, day]]);
  });

  it('but not a speech or a conference where no one speaks, nor one told back before the story', () => {
    expect(found('The crowd booed during his speech on Monday.')).toEqual([]);
    expect(found('Several reporters fainted at the press conference on Monday because of the heat.')).toEqual([]);
    expect(found('In a speech last year, Omar Daler had called the war a mistake.')).toEqual([]);
    // With no time of its own it is more of the happening told before, not a statement of the news day.
    expect(found('In her speech in the town square, Ilse Varga promised to govern for everyone.')).toEqual([]);
  });

  it('but not an address that is a house, nor an appearance of a player or in court', () => {
    expect(statementsOf('At the same address on Tuesday, Karl Kell was found dead.')).toEqual([]);
    expect(statementsOf('Police searched a flat at an address in Lusk on Monday.')).toEqual([]);
    expect(found('In her first appearance on Sunday, Ana Rell won the 400 metres.')).not.toContainEqual(['statement', null, '2058-03-10']);
    expect(statementsOf('In his appearance on Tuesday, Karl Kell spoke only to confirm his name.')).toEqual([]);
    expect(statementsOf('In a televised address on Monday, Governor Ana Rell announced a curfew.')).toEqual([['2058-03-11', ['ana-rell']]]);
    expect(statementsOf('In an address to the nation on Monday, Governor Ana Rell announced a curfew.')).toEqual([['2058-03-11', ['ana-rell']]]);
  });

  it.each([
    ['At a press conference on Monday, the two leaders signed the treaty.', [['other', 'Agreement signed', '2058-03-11']]],
    ['During a speech on Monday, the king abdicated.', [['other', 'Abdication', '2058-03-11']]],
    ['Omar Daler named his new cabinet at a press conference on Tuesday.', [['other', 'Appointment', '2058-03-12']]],
    ['At a news conference on Monday, Ilse Varga announced she would resign.', [['other', 'Resignation', '2058-03-11']]],
    ['At his press conference on Monday, Omar Daler named his new cabinet.', [['other', 'Appointment', '2058-03-11']]],
  ])('but is only the setting of an act its clause tells, which keeps its kind and its day: %s', (body, events) => {
    expect(found(body)).toEqual(events);
  });
});

describe('someone a speaker calls by a name, asks or is asked about', () => {
  it('who only asks, or is asked about, at the occasion is not its speaker', () => {
    expect(statementsOf('Reporters asked Omar Daler about Ilse Varga at the news conference on Monday, but he declined to comment.')).toEqual([['2058-03-11', ['omar-daler']]]);
    expect(statementsOf('Ilse Varga asked Omar Daler about the harvest at his press conference on Tuesday.')).toEqual([['2058-03-12', ['omar-daler']]]);
  });

  it('who asks an audience for something at the occasion is its speaker', () => {
    expect(statementsOf('At a news conference on Monday, Governor Ana Rell asked voters to back the port plan.')).toEqual([['2058-03-11', ['ana-rell']]]);
    expect(statementsOf('At her news conference on Monday, Governor Ana Rell pressed the council to approve the port plan.')).toEqual([['2058-03-11', ['ana-rell']]]);
    expect(statementsOf('Governor Ana Rell asked the council at a news conference on Monday to approve the port plan.')).toEqual([['2058-03-11', ['ana-rell']]]);
    expect(statementsOf('At a press conference on Tuesday, Omar Daler asked Kessel farmers to sell their grain.')).toEqual([['2058-03-12', ['omar-daler']]]);
  });

  it('is spoken of, not a speaker', () => {
    expect(statementsOf('President Omar Daler, speaking to farmers in Lusk earlier today, said he expected a cut and called Ilse Varga "too slow" again.')).toEqual([['2058-03-13', ['omar-daler']]]);
  });
});
