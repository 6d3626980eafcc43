// An agreement made known by whoever brokered or reached it is a happening of the day of its
// announcing, one noun for every outlet's wording, so their reports merge.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const announced = (body: string) => found(body).filter(([, noun]) => noun === 'Agreement announced');

describe('an agreement announced is a happening of the announcing day', () => {
  it.each([
    // A wire's active voice, the broker as its subject.
    ["Velsland's foreign minister announced the deal in Ardun on Monday evening after weeks of shuttle diplomacy.", '2058-03-11'],
    ['Egypt announced a new accord between the two factions in Cairo on Tuesday.', '2058-03-12'],
    // An agency's passive, the truce or the deal as its subject, a place between.
    ['The truce between Nordmark and Velsland was announced in Lisse on 4 March 2058.', '2058-03-04'],
    ['The agreement was announced at the presidential palace on Tuesday.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(announced(body)).toEqual([['other', 'Agreement announced', day]]);
  });

  it('its day is the one right after its verb, though a verb of saying stands before the day', () => {
    // The day after "announced" would be a saying's ("announced on Monday that …"); here the announcing is the event.
    expect(announced('Mediators announced the deal on Monday.')).toEqual([['other', 'Agreement announced', '2058-03-11']]);
  });

  it('a truce announced on one day and in force on another gives each its own day', () => {
    const body = 'The ceasefire between Nordmark and Velsland was announced in Lisse on 4 March 2058 and entered into force on 9 March at noon.';
    expect(found(body).filter(([kind]) => kind === 'other')).toEqual([
      ['other', 'Agreement announced', '2058-03-04'],
      ['other', 'Ceasefire', '2058-03-09'],
    ]);
  });

  it('but not what is told of a deal, nor a deal denied or awaited', () => {
    expect(announced('The ministry announced details of the deal on Monday.')).toEqual([]);
    expect(announced('The minister announced on Monday that the deal was dead.')).toEqual([]);
    expect(announced('No deal was announced after the talks on Monday.')).toEqual([]);
    expect(announced('Markets will rally once an agreement is announced.')).toEqual([]);
  });

  it("and a side's own truce stays a ceasefire declared", () => {
    expect(found('The army announced a unilateral ceasefire on Monday.')).toEqual([['other', 'Ceasefire', '2058-03-11']]);
  });
});
