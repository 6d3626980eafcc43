// A verb of saying told as the second predicate of an act ("met President Zelensky in the morning and announced C$2 billion in new
// military aid", own-corpus-8's client alert, in sentences written here in other words): a statement of its own by the act's subject.
import { describe, expect, it } from 'vitest';
import { article, extractOne, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day [its people]". */
const told = (body: string): string[] => extractOne('2058-03-13', `${body}\n`).candidates.map((c) => `${c.kind} ${c.date.value} [${c.participants.join(', ')}]`);
const statements = (body: string): string[] => told(body).filter((c) => c.startsWith('statement'));

// Wednesday 13 March 2058: Monday the 11th, Tuesday the 12th.
describe('a saying told as the second predicate of an act', () => {
  it('is a statement by the act’s subject on the act’s day', () => {
    expect(told('On Monday 11 March the outreach day went ahead. Trump met President Zelensky in the morning and announced $2 billion in new military aid for Ukraine.')).toEqual([
      'meeting 2058-03-11 [donald-trump, volodymyr-zelenskyy]',
      'statement 2058-03-11 [donald-trump]',
    ]);
    expect(statements('Trump hosted Zelensky at the White House on Tuesday and then said the talks had gone well.')).toEqual(['statement 2058-03-12 [donald-trump]']);
  });

  it('is titled by what was said', () => {
    const body = 'Prime Minister Oda Brandvik met President Lars Hekkel in Kessel on Tuesday and announced 40 million crowns in new flood aid for the Hekkel valley.\n';
    const titles = reportedIn(timelineWithoutGazetteer([article('brandvik', '2058-03-13', body)]), 'brandvik', 'statement').map((e) => e.title);
    expect(titles).toEqual(['Oda Brandvik announces 40 million crowns in new flood aid for the Hekkel valley']);
  });

  it('is none when its verb has a subject of its own, it is no verb of saying, or the act is only planned', () => {
    expect(told('Trump met Putin in Geneva on Tuesday, who smiled and said nothing.')).toEqual(['meeting 2058-03-12 [donald-trump, vladimir-putin]']);
    expect(statements('Putin met Witkoff in Moscow on Tuesday and Peskov said the talks had been useful.')).not.toContain('statement 2058-03-12 [vladimir-putin]');
    expect(statements('Trump met Zelensky in Geneva on Tuesday and pledged four more air defence systems before winter.')).toEqual([]);
    expect(statements('Trump will meet Putin in Geneva on Friday and announce a new round of talks.')).toEqual([]);
  });
});
