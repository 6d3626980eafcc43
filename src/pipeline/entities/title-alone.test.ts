import { describe, expect, it } from 'vitest';
import { article, idsOf, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a pope named once in full, then by his title alone; a holder gone from
// the office named between them; "he" opening the next sentences of his programme.
const timeline = timelineWithoutGazetteer([
  article(
    'pope-title',
    '2051-03-12',
    'Pope Gregory XVII left Rome on Monday for his first journey abroad. On Tuesday the Pope met President Ana Ruiz in Lima.\n',
  ),
  article(
    'predecessor',
    '2051-04-02',
    'King Anders Holm of Norland begins a state visit to Chile on Thursday. King Erik Holm had planned the visit; after his death in January it fell to his son. On Friday, in Santiago, the King meets President Tomas Vidal. On Saturday he meets Foreign Minister Clara Soto in Valparaíso.\n',
  ),
  article(
    'late-chancellor',
    '2051-05-10',
    'Chancellor Ruth Albers flies to Warsaw on Monday. A street there is named after the late Chancellor Otto Brandt. On Tuesday the Chancellor holds talks with Prime Minister Jan Nowak.\n',
  ),
]);

/** Who took part in the gathering its quote opens with. */
const people = (source: string, opening: string) =>
  idsOf(reportedIn(timeline, source, 'meeting', 'talks').find((e) => e.sources.some((s) => s.quotes.some((q) => q.text.startsWith(opening))))?.participants);

describe('a title alone after the full name', () => {
  it('is the person the article named with that title', () => {
    const [meeting] = reportedIn(timeline, 'pope-title', 'meeting');
    expect(meeting && idsOf(meeting.participants)).toContain('ana-ruiz');
    expect(meeting && meeting.participants.filter((p) => p.id !== 'ana-ruiz').map((p) => p.name)).toEqual(['Gregory XVII']);
  });

  it('is not a holder the article tells as gone from the office ("after his death", "the late")', () => {
    expect(people('predecessor', 'On Friday')).toEqual(['anders-holm', 'tomas-vidal']);
    expect(people('late-chancellor', 'On Tuesday')).toEqual(['ruth-albers', 'jan-nowak']);
  });

  it('"he" opening the next sentence of the programme stays that person, after a phrase of when and where', () => {
    expect(people('predecessor', 'On Saturday')).toEqual(['anders-holm', 'clara-soto']);
  });
});
