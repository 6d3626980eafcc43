import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each dated candidate as "kind day", and the kinds of the undated ones. */
const read = (published: string, ...paragraphs: string[]): { dated: string[]; undated: string[] } => {
  const events = extractOne(published, `${paragraphs.join('\n\n')}\n`);
  return { dated: events.candidates.map((c) => `${c.kind} ${c.date.value}`), undated: events.undated.map((u) => u.kind) };
};

// Thursday 20 September 2057.
const PUBLISHED = '2057-09-20T08:00:00Z';

describe('a day counted from a happening named by its place alone', () => {
  it('counts from the day the article told the happening there, in days, weeks or months', () => {
    // A wire report: the place is a town the meeting was held in.
    expect(read(PUBLISHED, 'Presidents Tomas Kral and Ana Ruiz met in Tallen on 15 August. The talks were tense.', 'Two weeks after Tallen, Kral and Ruiz spoke by phone.').dated).toEqual(['meeting 2057-08-15', 'call 2057-08-29']);
    // A long read: the place is a room, told with the day in a sentence no trigger reads.
    expect(read(PUBLISHED, 'On 3 June the foreign ministers of Orsa and Vell were in the Blue Hall of the Palace of Nations.', 'Nine days after the Blue Hall, the two ministers met in Kestrel, and the envoys held talks the next day.').dated).toEqual(['meeting 2057-06-12']);
    // An analysis: a month, counted by the calendar.
    expect(read(PUBLISHED, 'The delegations held talks in Selvig on 16 May, the foreign ministry said.', 'The second round came later. A month after Selvig, the delegations met again in Riga.').dated).toEqual(['talks 2057-05-16', 'meeting 2057-06-16']);
  });

  it('gives no day when the article told nothing there: neither the news day nor a day counted on from the last one', () => {
    const events = read(PUBLISHED, 'The weather in the capital was bad all week.', 'Two weeks after Tallen, Kral and Ruiz spoke by phone.');
    expect(events.dated).toEqual([]);
    expect(events.undated).toEqual(['call']);
    // Told after its event, in a paper's plainer style: not the day of the last meeting told either.
    expect(read(PUBLISHED, 'Ministers met in Riga on 2 May.', 'Kral and Ruiz held talks in Orsk a week after Kestrel.')).toEqual({ dated: ['meeting 2057-05-02'], undated: ['talks'] });
    expect(read(PUBLISHED, 'Ministers met in Kestrel on 2 May.', 'Kral and Ruiz held talks in Orsk a week after Kestrel.').dated).toEqual(['meeting 2057-05-02', 'talks 2057-05-09']);
  });

  it('leaves a count from a feast the date reader knows, and from an event named by its noun, as they were', () => {
    expect(read(PUBLISHED, 'Two weeks after Christmas, the delegations met in Riga.').dated).toEqual([]);
    expect(read(PUBLISHED, 'The accord was signed in Selvig on Friday.', 'Five days after the accord was signed, the ministers met in Tallen.').dated).toContain('meeting 2057-09-19');
  });
});
