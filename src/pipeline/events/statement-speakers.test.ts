import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own: sayings whose speaker is a state, told by what they did to their object, or dated by a count from a day told before.
// Read with no gazetteer: the states are known by their names alone.
const statements = (published: string, body: string): [string, string[]][] =>
  timelineWithoutGazetteer([article('own', published, `${body}\n`)])
    .events.filter((e) => e.kind === 'statement')
    .map((e) => [e.date.value, e.participants.map((p) => p.id)]);

// Thursday 12 March 2054.
const PUBLISHED = '2054-03-12';

describe('a state that is the whole subject of a saying', () => {
  it('is its speaker, the day beside the verb the statement’s', () => {
    expect(statements(PUBLISHED, 'Norway said on Monday that it would recall its ambassador from Minsk.')).toEqual([['2054-03-09', ['norway']]]);
    expect(statements(PUBLISHED, 'In Santiago, Chile on Tuesday denied that the ruling was binding.')).toEqual([['2054-03-10', ['chile']]]);
  });

  it('but not a state that only qualifies the subject', () => {
    expect(statements(PUBLISHED, 'Norway’s fishermen said on Monday that the quotas were too low.')).toEqual([]);
  });
});

describe('a saying told by what it did to its object', () => {
  it('is a statement of the day after the object: a condemnation, a denunciation, an advisory or a statement issued', () => {
    expect(statements(PUBLISHED, 'Chile condemned the expulsion of its diplomats on Tuesday as a breach of the treaty.')).toEqual([['2054-03-10', ['chile']]]);
    expect(statements(PUBLISHED, 'Norway denounced the decision late on Sunday.')).toEqual([['2054-03-08', ['norway']]]);
    expect(statements(PUBLISHED, 'The Chilean embassy in Lima issued a travel advisory on Wednesday evening urging citizens to stay away from the border.')).toEqual([['2054-03-11', []]]);
    expect(statements(PUBLISHED, 'The foreign ministry issued a statement on Monday calling for calm.')).toEqual([['2054-03-09', []]]);
  });

  it('but "issued" only with a text of saying, and no day is not one', () => {
    expect(statements(PUBLISHED, 'The embassy issued new passports on Monday to the stranded crew.')).toEqual([]);
    expect(statements(PUBLISHED, 'Chile condemned the expulsion of its diplomats as a breach of the treaty.')).toEqual([]);
  });
});

describe('a saying dated by a count from a day told before', () => {
  it('is a statement of that day, counted on', () => {
    const sameDay = statements(PUBLISHED, 'The talks in Geneva ended on Monday. Steve Witkoff said the same day that the two sides had narrowed their differences.');
    expect(sameDay).toEqual([['2054-03-09', ['steve-witkoff']]]);
    const nextMorning = statements(PUBLISHED, 'Umerov visited a hospital in Kyiv on Monday. Dmitry Peskov told reporters the next morning that Moscow had not been informed.');
    expect(nextMorning).toEqual([['2054-03-10', ['dmitry-peskov']]]);
  });

  it('is so counted from a part of that day ("the same night", "that same day")', () => {
    expect(statements(PUBLISHED, 'The talks in Geneva ended on Monday night. Steve Witkoff said the same night that the two sides had narrowed their differences.')).toEqual([['2054-03-09', ['steve-witkoff']]]);
    expect(statements(PUBLISHED, 'Umerov visited a hospital in Kyiv on Monday. Dmitry Peskov told reporters that same day that Moscow had not been informed.')).toEqual([['2054-03-09', ['dmitry-peskov']]]);
  });

  it('is so counted when the verb of making known has the happening as its object ("announced the strike on his own channel the same afternoon")', () => {
    expect(statements(PUBLISHED, 'The Velsland navy struck a convoy near Harrin on Monday. Ora Kesk announced the strike on state television the same afternoon.')).toEqual([['2054-03-09', ['ora-kesk']]]);
    expect(statements(PUBLISHED, 'The Orvik plant closed its gates on Monday. Mayor Ilse Marr confirmed the closure the next morning.')).toEqual([['2054-03-10', ['ilse-marr']]]);
    expect(statements(PUBLISHED, 'The storm reached Lusk on Monday. The council reported the damage on the radio the same evening.').map(([day]) => day)).toEqual(['2054-03-09']);
  });

  it('is not so counted from a day the object’s own verb is told on ("said the troops withdrew the next day")', () => {
    expect(statements(PUBLISHED, 'The talks in Geneva ended on Monday. Ilse Marr said the troops withdrew the next day.').map(([day]) => day)).not.toContain('2054-03-10');
  });

  it('is not so counted when the count is the object\'s clause\'s, a verb after it ("confirmed the meeting the next day would go ahead")', () => {
    expect(statements(PUBLISHED, 'The talks in Lusk ended on Monday. Ana Marr confirmed the meeting the next day would go ahead.').map(([day]) => day)).not.toContain('2054-03-10');
    expect(statements(PUBLISHED, 'The plant shut on Monday. Ilse Marr announced the vote the following morning was cancelled.').map(([day]) => day)).not.toContain('2054-03-10');
    expect(statements(PUBLISHED, 'The strike began on Monday. The union said the next day could bring more walkouts.').map(([day]) => day)).not.toContain('2054-03-10');
  });
});

describe('a saying in a later clause of a dated chronology line', () => {
  const line = (body: string): [string, string, string][] =>
    timelineWithoutGazetteer([article('own', PUBLISHED, `KEY DATES\n\n${body}\n`)]).events.map((e) => [e.kind, e.date.value, e.participants.map((p) => p.id).join(',')]);

  it('is a statement of the line’s day after what its first clause tells', () => {
    expect(line('Mar 2 - Talks open in Geneva; Steve Witkoff says the first session went well.')).toEqual([
      ['talks', '2054-03-02', ''],
      ['statement', '2054-03-02', 'steve-witkoff'],
    ]);
  });

  it('and a gathering it tells of takes no day from the line: the day is the saying’s', () => {
    const told = line('Mar 9 - Drones hit an oil depot near Lenna; Dmitry Peskov announces a meeting in Minsk.');
    expect(told.filter(([kind]) => kind !== 'strike')).toEqual([['statement', '2054-03-09', 'dmitry-peskov']]);
  });
});
