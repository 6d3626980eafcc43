import { describe, expect, it } from 'vitest';
import { article, idsOf, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: one outlet names the guest and calls the host by office alone, another
// names the host and calls the guest "he" or "she". Each is half of one table of two.
const sources = [
  article('guest-told', '2051-05-06', 'Chancellor Ruth Albers flew to Latvia on Sunday. The Chancellor landed in Riga, Latvia\'s capital, on Thursday and met the country\'s president.\n'),
  article('host-told', '2051-05-07', 'We never saw Riga. On Thursday we sat on a coach outside Cēsis while she was meeting President Edgars Kalns, and we heard her speech on Latvia on the radio.\n'),
  article('king-told', '2051-08-02', 'King Tomas Varga of Arland arrived in Lithuania on Monday. The King reached Vilnius, Lithuania\'s capital, on Tuesday and met the country\'s prime minister.\n'),
  article('minister-told', '2051-08-04', 'On Tuesday, while he was meeting Prime Minister Ona Petraite, the crowd in Lithuania waited for hours.\n'),
];
const timeline = timelineWithoutGazetteer(sources);

describe('a table of two seen from each end, one person named by each', () => {
  it('is one meeting when one report tells the other person by office or pronoun alone', () => {
    const [chancellor] = reportedIn(timeline, 'guest-told', 'meeting');
    expect(chancellor && idsOf(chancellor.participants)).toEqual(['ruth-albers', 'edgars-kalns']);
    expect(reportedIn(timeline, 'host-told', 'meeting')[0]).toBe(chancellor);
    const [king] = reportedIn(timeline, 'king-told', 'meeting');
    expect(king && idsOf(king.participants)).toEqual(['tomas-varga', 'lithuania', 'ona-petraite']);
    expect(reportedIn(timeline, 'minister-told', 'meeting')[0]).toBe(king);
  });

  it('stays two meetings when one of them tells no one unnamed', () => {
    const apart = timelineWithoutGazetteer([
      sources[0]!,
      article('host-alone', '2051-05-07', 'On Thursday President Edgars Kalns held talks with farmers from the north of Latvia.\n'),
    ]);
    const [talks] = reportedIn(apart, 'host-alone', 'meeting', 'talks');
    expect(talks && idsOf(talks.participants)).toEqual(['edgars-kalns']);
    expect(talks).not.toBe(reportedIn(apart, 'guest-told', 'meeting')[0]);
  });
});
