// Taking office told by who took it (own-corpus-3's miss, sentences written here in other words): the same act as being
// sworn in, an appointment of the day or month it names, even inside a "since" clause of another sentence's event.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

describe('someone who took office has an appointment of that day or month', () => {
  it.each([
    ['The two ministers met in Orsk on Monday, their first talks since Vera Lind took office in January.', '2058-01'],
    ['Mayor Ana Ruiz took office on 3 March after a long count.', '2058-03-03'],
    ['President Ferro took office on Tuesday.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Appointment', day]);
  });

  it('but not by a pronoun the sentence names no one for, nor offices taken by a firm, nor a plain office', () => {
    expect(found('The two leaders met on Monday, their first talks since she took office in January.').map(([, noun]) => noun)).not.toContain('Appointment');
    expect(found('The bank took offices in the old harbour on Monday.').map(([, noun]) => noun)).not.toContain('Appointment');
    expect(found('He took the office lift on Monday.').map(([, noun]) => noun)).not.toContain('Appointment');
  });
});
