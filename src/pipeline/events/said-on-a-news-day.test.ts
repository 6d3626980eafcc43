import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own: a saying dated by a day the news names from its own, as one dated by a weekday.
// Thursday 14 August 2053: yesterday is the 13th, last night the 13th, overnight the night into the 14th.
const events = (body: string) => timelineWithoutGazetteer([article('a', '2053-08-14', `${body}\n`)]).events;
const told = (body: string) => events(body).map((e) => `${e.kind} ${e.date.value}`);
const titles = (body: string) => events(body).map((e) => `${e.title} ${e.date.value}`);

describe('a saying beside a day the news counts from itself', () => {
  it('is a statement of that day by its speaker', () => {
    expect(told('Defence minister Ivo Marek said this morning the warnings to Orsk were over.')).toEqual(['statement 2053-08-14']);
    expect(told('The harbour master, Ines Marr, said yesterday that the port would stay shut.')).toEqual(['statement 2053-08-13']);
    expect(told('Ivo Marek told reporters last night that no one had been hurt.')).toEqual(['statement 2053-08-13']);
    expect(told('The Estmark foreign ministry said today it had recalled its envoy for consultations.')).toEqual(['statement 2053-08-14']);
    expect(told('Ines Marr wrote overnight that the ferry link was suspended.')).toEqual(['statement 2053-08-13']);
  });

  it('is titled by what was said, not by its day', () => {
    expect(titles('Ivo Marek said yesterday the warnings to Orsk were over.')).toEqual(['Ivo Marek says the warnings to Orsk were over 2053-08-13']);
    expect(titles('Ivo Marek said today that the warnings to Orsk were over.')).toEqual(['Ivo Marek says the warnings to Orsk were over 2053-08-14']);
  });

  it('is no saying when the participle is its noun’s and a verb of its own follows the day', () => {
    expect(told('The Port Authority’s figures published yesterday show the ferries ran half empty.')).toEqual([]);
    expect(told('Customs Office figures published on Tuesday suggest the tariff cut imports by a third.')).toEqual([]);
  });
});
