// Someone appointed by the head of the state, told by the head's title and name, needs no office written. Thursday 12 March 2065 is the papers' day.
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

/** The days, statuses and nouns of the appointments one article reports. */
const appointments = (text: string): string[] =>
  readOne('2065-03-12', `${text}\n`).candidates.filter((c) => c.noun === 'Appointment').map((c) => `${c.date.value} ${c.status}`);

describe('an appointment by the head of the state', () => {
  it('is told by the head before the verb', () => {
    expect(appointments('Emperor Tamaro formally appointed Ilse Varga on Tuesday.')).toEqual(['2065-03-10 occurred']);
    expect(appointments('King Orvald then appointed Anna Lund on Monday.')).toEqual(['2065-03-09 occurred']);
  });

  it('is told by its noun with the head after it', () => {
    expect(appointments('Ilse Varga is due at the palace this evening for her formal appointment by Emperor Tamaro.')).toEqual(['2065-03-12 planned']);
  });

  it('is none for someone newly appointed', () => {
    expect(appointments('The minister received the newly appointed Ambassador of Vell on Monday.')).toEqual([]);
  });
});
